/**
 * Faceted filtering of the practice list, shared by the build (which writes the facet index)
 * and the browser (which filters with it). Values of one facet combine with OR, facets with
 * AND; each value's count is what the list would hold if that value were added, so counts
 * stay right after a selection. Free of Astro and DOM imports.
 */

/** The facets of the browse page, in the order the filter panel shows them. */
export const FACETS = [
  'area',
  'kind',
  'objective',
  'principle',
  'sdg',
  'territory',
  'sustainability',
  'lessonType',
  'series',
  'year',
] as const;
export type FacetName = (typeof FACETS)[number];

/** A facet value as the index stores it: its key (in URLs) and its label per language. */
export interface FacetValue {
  readonly key: string;
  readonly label: { readonly es: string; readonly en: string };
}

/** One practice in the facet index: its slug and, per facet, the positions of its values. */
export interface FacetRecord {
  readonly id: string;
  readonly values: Partial<Record<FacetName, readonly number[]>>;
}

/** What the build writes to the facet index: every facet's values, and every practice. */
export interface FacetIndex {
  readonly facets: Record<FacetName, readonly FacetValue[]>;
  readonly practices: readonly FacetRecord[];
}

/**
 * The facet index as the browser downloads it: every facet's values and, for each value, the
 * practices that have it as a bitset (bit `i % 8` of byte `i >> 3` for the practice in place
 * `i`), in base64. Practices are in the order the browse page lists them (the catalogue's
 * order, `getPractices()`), which gives their ids. At 1,000 practices that is 15 KB where a
 * line per practice took 47 KB; the browse page waits for this file before its first results.
 */
export interface FacetIndexFile {
  readonly facets: Record<FacetName, readonly FacetValue[]>;
  /** How many practices the index describes. */
  readonly count: number;
  /** Per facet, per value (in `facets` order): which practices have it. */
  readonly members: Record<FacetName, readonly string[]>;
}

/**
 * The facet index as the browser filters with it: per facet value, the places (in the list's
 * order) of the practices that have it, as a bitset of 32-bit words. Selecting and counting
 * are then a few word operations per value, with nothing made per practice.
 */
export interface FacetSets {
  readonly facets: Record<FacetName, readonly FacetValue[]>;
  /** How many practices, in the list's order. */
  readonly count: number;
  readonly members: Record<FacetName, readonly Uint32Array[]>;
}

/** A set of places among `count` practices: the ones given, or all of them. */
export function placeSet(count: number, places?: Iterable<number>): Uint32Array {
  const set = new Uint32Array((count + 31) >>> 5);
  if (places === undefined) {
    set.fill(0xffffffff);
    if (count & 31) set[set.length - 1] = (1 << (count & 31)) - 1;
  } else {
    for (const place of places) set[place >>> 5]! |= 1 << (place & 31);
  }
  return set;
}

/** Whether `place` is in `set`. */
export const hasPlace = (set: Uint32Array, place: number): boolean =>
  ((set[place >>> 5]! >>> (place & 31)) & 1) === 1;

/** How many places `set` holds. */
export function sizeOf(set: Uint32Array): number {
  let size = 0;
  for (let word of set) {
    word -= (word >>> 1) & 0x55555555;
    word = (word & 0x33333333) + ((word >>> 2) & 0x33333333);
    size += Math.imul((word + (word >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
  }
  return size;
}

/** The index's sets, from the practices' values (the build's form). */
export function facetSets(index: FacetIndex): FacetSets {
  const count = index.practices.length;
  const members = Object.fromEntries(
    FACETS.map((facet) => [facet, index.facets[facet].map(() => placeSet(count, []))]),
  ) as Record<FacetName, Uint32Array[]>;
  index.practices.forEach((record, place) => {
    for (const facet of FACETS) {
      for (const value of record.values[facet] ?? []) {
        const set = members[facet][value];
        if (!set) throw new RangeError(`${record.id}: ${facet} has no value at position ${value}`);
        set[place >>> 5]! |= 1 << (place & 31);
      }
    }
  });
  return { facets: index.facets, count, members };
}

export function encodeFacetIndex(index: FacetIndex): FacetIndexFile {
  const { facets, count, members } = facetSets(index);
  const toBase64 = (set: Uint32Array) =>
    btoa(String.fromCharCode(...littleEndianBytes(set).subarray(0, (count + 7) >>> 3)));
  return {
    facets,
    count,
    members: Object.fromEntries(
      FACETS.map((facet) => [facet, members[facet].map(toBase64)]),
    ) as Record<FacetName, string[]>,
  };
}

/** The index as the browser filters with it, from its downloaded form. */
export function decodeFacetIndex(file: FacetIndexFile): FacetSets {
  const words = (file.count + 31) >>> 5;
  const fromBase64 = (encoded: string) => {
    const text = atob(encoded);
    const bytes = new Uint8Array(words * 4);
    for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
    return fromLittleEndianBytes(bytes);
  };
  return {
    facets: file.facets,
    count: file.count,
    members: Object.fromEntries(
      FACETS.map((facet) => [facet, file.members[facet].map(fromBase64)]),
    ) as Record<FacetName, Uint32Array[]>,
  };
}

/** A bitset's bytes, lowest place first, whatever the machine's byte order. */
function littleEndianBytes(set: Uint32Array): Uint8Array {
  const bytes = new Uint8Array(set.length * 4);
  const view = new DataView(bytes.buffer);
  set.forEach((word, i) => {
    view.setUint32(i * 4, word, true);
  });
  return bytes;
}
function fromLittleEndianBytes(bytes: Uint8Array): Uint32Array {
  const view = new DataView(bytes.buffer);
  return Uint32Array.from({ length: bytes.length / 4 }, (_, i) => view.getUint32(i * 4, true));
}

/** The values chosen in each facet, by position in the index. */
export type Selection = Partial<Record<FacetName, ReadonlySet<number>>>;

/**
 * The practices that pass every facet of `selection` except `ignore` (OR within a facet, AND
 * across) and, when a text query ran, are among `allowed`, the places it found.
 */
export function matching(
  sets: FacetSets,
  selection: Selection,
  allowed?: Uint32Array,
  ignore?: FacetName,
): Uint32Array {
  const result = allowed ? allowed.slice() : placeSet(sets.count);
  for (const facet of FACETS) {
    const chosen = selection[facet];
    if (facet === ignore || !chosen || chosen.size === 0) continue;
    const either = placeSet(sets.count, []);
    for (const value of chosen) {
      const members = sets.members[facet][value];
      if (members) for (let i = 0; i < either.length; i++) either[i]! |= members[i]!;
    }
    for (let i = 0; i < result.length; i++) result[i]! &= either[i]!;
  }
  return result;
}

/**
 * For each facet, how many practices each value would match given the other facets' selection
 * (and the text query): the number a reader sees beside the value.
 */
export function facetCounts(
  sets: FacetSets,
  selection: Selection,
  allowed?: Uint32Array,
): Record<FacetName, number[]> {
  return Object.fromEntries(
    FACETS.map((facet) => {
      const others = matching(sets, selection, allowed, facet);
      return [
        facet,
        sets.members[facet].map((members) => sizeOf(members.map((word, i) => word & others[i]!))),
      ];
    }),
  ) as Record<FacetName, number[]>;
}

/** The URL parameters of a selection: one parameter per facet, value keys joined by commas. */
export function selectionToParams(
  index: Pick<FacetIndex, 'facets'>,
  selection: Selection,
): URLSearchParams {
  const params = new URLSearchParams();
  for (const facet of FACETS) {
    const chosen = [...(selection[facet] ?? [])].sort((a, b) => a - b);
    if (chosen.length > 0)
      params.set(facet, chosen.map((position) => index.facets[facet][position]!.key).join(','));
  }
  return params;
}

/** The selection a shared URL names; unknown facets and values are ignored. */
export function paramsToSelection(
  index: Pick<FacetIndex, 'facets'>,
  params: URLSearchParams,
): Selection {
  const selection: Selection = {};
  for (const facet of FACETS) {
    const keys = params.get(facet)?.split(',') ?? [];
    const positions = keys
      .map((key) => index.facets[facet].findIndex((value) => value.key === key))
      .filter((position) => position >= 0);
    if (positions.length > 0) selection[facet] = new Set(positions);
  }
  return selection;
}
