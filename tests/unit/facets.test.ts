import { expect, test } from 'vitest';
import {
  decodeFacetIndex,
  encodeFacetIndex,
  facetCounts,
  facetSets,
  hasPlace,
  matching,
  paramsToSelection,
  placeSet,
  selectionToParams,
  sizeOf,
  type FacetIndex,
  type FacetSets,
  type Selection,
} from '../../src/lib/facets/model.ts';

const value = (key: string) => ({ key, label: { es: key, en: key } });
const none = [] as const;
// Three practices: two in AH (one with objectives 1 and 2), one in GN with objective 2.
const index: FacetIndex = {
  facets: {
    area: [value('AH'), value('GN')],
    kind: [value('buena-practica')],
    objective: [value('1'), value('2')],
    principle: none,
    sdg: none,
    territory: none,
    sustainability: none,
    lessonType: none,
    series: none,
    year: none,
  },
  practices: [
    { id: 'a', values: { area: [0], kind: [0], objective: [0, 1] } },
    { id: 'b', values: { area: [0], kind: [0] } },
    { id: 'c', values: { area: [1], kind: [0], objective: [1] } },
  ],
};
const sets = facetSets(index);
/** The ids of the practices a selection (and a query's places) keeps, in the list's order. */
const shown = (selection: Selection, allowed?: Uint32Array, from: FacetSets = sets) => {
  const kept = matching(from, selection, allowed);
  return index.practices.filter((_, place) => hasPlace(kept, place)).map((record) => record.id);
};

test('two values of one facet widen the list', () => {
  expect(shown({ area: new Set([0]) })).toEqual(['a', 'b']);
  expect(shown({ area: new Set([0, 1]) })).toEqual(['a', 'b', 'c']);
});

test('values of two facets narrow the list', () => {
  expect(shown({ area: new Set([0]), objective: new Set([1]) })).toEqual(['a']);
});

test('counts of a facet ignore its own selection but follow the others', () => {
  const counts = facetCounts(sets, { area: new Set([0]) });
  expect(counts.area).toEqual([2, 1]);
  expect(counts.objective).toEqual([1, 1]);
});

test('a text query limits the list and the counts to the practices it found', () => {
  const found = placeSet(3, [2]);
  expect(shown({}, found)).toEqual(['c']);
  expect(facetCounts(sets, {}, found).area).toEqual([0, 1]);
});

test('the URL restores the selection, and unknown values are ignored', () => {
  const params = selectionToParams(index, { area: new Set([1, 0]), objective: new Set([1]) });
  expect(params.toString()).toBe('area=AH%2CGN&objective=2');
  params.set('kind', 'nope');
  const restored = paramsToSelection(index, params);
  expect([...restored.area!]).toEqual([0, 1]);
  expect([...restored.objective!]).toEqual([1]);
  expect(restored.kind).toBeUndefined();
});

const download = (from: FacetIndex) =>
  decodeFacetIndex(
    JSON.parse(JSON.stringify(encodeFacetIndex(from))) as ReturnType<typeof encodeFacetIndex>,
  );

test('the downloaded form of the index decodes to the same index', () => {
  const decoded = download(index);
  expect(decoded).toEqual(sets);
  expect(shown({ objective: new Set([1]) }, undefined, decoded)).toEqual(['a', 'c']);
});

test('many values, many practices and practices without a facet survive the download', () => {
  const territories = Array.from({ length: 1300 }, (_, i) => value(`t${i}`));
  const practices = Array.from({ length: 40 }, (_, i) => ({
    id: `bp${i}_ah`,
    values: { area: [0], territory: i === 33 ? [1295, 3, 40] : [] },
  }));
  const wide: FacetIndex = {
    facets: { ...index.facets, territory: territories },
    practices: [...practices, { id: 'la2_gn', values: { area: [1] } }],
  };
  const decoded = download(wide);
  expect(decoded).toEqual(facetSets(wide));
  const having = (facet: 'territory' | 'area', value: number) =>
    wide.practices.filter((_, place) => hasPlace(decoded.members[facet][value]!, place));
  expect(having('territory', 1295).map((record) => record.id)).toEqual(['bp33_ah']);
  expect(having('territory', 40).map((record) => record.id)).toEqual(['bp33_ah']);
  expect(having('area', 1).map((record) => record.id)).toEqual(['la2_gn']);
  expect(sizeOf(matching(decoded, {}))).toBe(41);
});

test('a value outside the facet is refused with the practice it came from', () => {
  const broken: FacetIndex = {
    facets: index.facets,
    practices: [{ id: 'bp1_ah', values: { objective: [7] } }],
  };
  expect(() => encodeFacetIndex(broken)).toThrow('bp1_ah: objective has no value at position 7');
});
