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

export function encodeFacetIndex(index: FacetIndex): FacetIndexFile {
  const count = index.practices.length;
  const bitsets = Object.fromEntries(
    FACETS.map((facet) => [facet, index.facets[facet].map(() => new Uint8Array((count + 7) >> 3))]),
  ) as Record<FacetName, Uint8Array[]>;
  index.practices.forEach((record, place) => {
    for (const facet of FACETS) {
      for (const value of record.values[facet] ?? []) {
        const bits = bitsets[facet][value];
        if (!bits) throw new RangeError(`${record.id}: ${facet} has no value at position ${value}`);
        bits[place >> 3]! |= 1 << (place & 7);
      }
    }
  });
  return {
    facets: index.facets,
    count,
    members: Object.fromEntries(
      FACETS.map((facet) => [
        facet,
        bitsets[facet].map((bits) => btoa(String.fromCharCode(...bits))),
      ]),
    ) as Record<FacetName, string[]>,
  };
}

/** The index from its downloaded form; `ids` are the practices' slugs in the list's order. */
export function decodeFacetIndex(file: FacetIndexFile, ids: readonly string[]): FacetIndex {
  if (ids.length !== file.count) {
    throw new Error(
      `The facet index describes ${file.count} practices and the page lists ${ids.length}: ` +
        'they come from different builds; publish the whole built site again.',
    );
  }
  const values = ids.map(() => ({}) as Record<FacetName, number[]>);
  for (const facet of FACETS) {
    for (const record of values) record[facet] = [];
    file.members[facet].forEach((encoded, value) => {
      const bytes = atob(encoded);
      for (let byte = 0; byte < bytes.length; byte++) {
        const bits = bytes.charCodeAt(byte);
        if (bits === 0) continue;
        for (let bit = 0; bit < 8; bit++) {
          if (bits & (1 << bit)) values[(byte << 3) + bit]?.[facet].push(value);
        }
      }
    });
  }
  return {
    facets: file.facets,
    practices: ids.map((id, place) => ({ id, values: values[place]! })),
  };
}

/** The values chosen in each facet, by position in the index. */
export type Selection = Partial<Record<FacetName, ReadonlySet<number>>>;

/** Whether a record passes every facet of `selection` except `ignore` (OR within, AND across). */
export function matches(record: FacetRecord, selection: Selection, ignore?: FacetName): boolean {
  for (const facet of FACETS) {
    const chosen = selection[facet];
    if (facet === ignore || !chosen || chosen.size === 0) continue;
    if (!(record.values[facet] ?? []).some((value) => chosen.has(value))) return false;
  }
  return true;
}

/**
 * The records that pass the selection and, when a text query ran, are among its results.
 * `allowed` is the set of ids the query found, or undefined without a query.
 */
export function filterRecords(
  records: readonly FacetRecord[],
  selection: Selection,
  allowed?: ReadonlySet<string>,
): FacetRecord[] {
  return records.filter(
    (record) => (!allowed || allowed.has(record.id)) && matches(record, selection),
  );
}

/**
 * For each facet, how many records each value would match given the other facets' selection
 * (and the text query): the number a reader sees beside the value.
 */
export function facetCounts(
  index: FacetIndex,
  selection: Selection,
  allowed?: ReadonlySet<string>,
): Record<FacetName, number[]> {
  const counts = Object.fromEntries(
    FACETS.map((facet) => [facet, index.facets[facet].map(() => 0)]),
  ) as Record<FacetName, number[]>;
  for (const record of index.practices) {
    if (allowed && !allowed.has(record.id)) continue;
    for (const facet of FACETS) {
      if (!matches(record, selection, facet)) continue;
      for (const value of record.values[facet] ?? []) counts[facet][value]! += 1;
    }
  }
  return counts;
}

/** The URL parameters of a selection: one parameter per facet, value keys joined by commas. */
export function selectionToParams(index: FacetIndex, selection: Selection): URLSearchParams {
  const params = new URLSearchParams();
  for (const facet of FACETS) {
    const chosen = [...(selection[facet] ?? [])].sort((a, b) => a - b);
    if (chosen.length > 0)
      params.set(facet, chosen.map((position) => index.facets[facet][position]!.key).join(','));
  }
  return params;
}

/** The selection a shared URL names; unknown facets and values are ignored. */
export function paramsToSelection(index: FacetIndex, params: URLSearchParams): Selection {
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
