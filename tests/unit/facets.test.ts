import { expect, test } from 'vitest';
import {
  decodeFacetIndex,
  encodeFacetIndex,
  facetCounts,
  filterRecords,
  paramsToSelection,
  selectionToParams,
  type FacetIndex,
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
const ids = (records: readonly { id: string }[]) => records.map((record) => record.id);

test('two values of one facet widen the list', () => {
  expect(ids(filterRecords(index.practices, { area: new Set([0]) }))).toEqual(['a', 'b']);
  expect(ids(filterRecords(index.practices, { area: new Set([0, 1]) }))).toEqual(['a', 'b', 'c']);
});

test('values of two facets narrow the list', () => {
  const selection = { area: new Set([0]), objective: new Set([1]) };
  expect(ids(filterRecords(index.practices, selection))).toEqual(['a']);
});

test('counts of a facet ignore its own selection but follow the others', () => {
  const counts = facetCounts(index, { area: new Set([0]) });
  expect(counts.area).toEqual([2, 1]);
  expect(counts.objective).toEqual([1, 1]);
});

test('a text query limits the list and the counts to the practices it found', () => {
  const found = new Set(['c']);
  expect(ids(filterRecords(index.practices, {}, found))).toEqual(['c']);
  expect(facetCounts(index, {}, found).area).toEqual([0, 1]);
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

test('the downloaded form of the index decodes to the same index', () => {
  const decoded = decodeFacetIndex(
    JSON.parse(JSON.stringify(encodeFacetIndex(index))) as ReturnType<typeof encodeFacetIndex>,
    ids(index.practices),
  );
  expect(ids(decoded.practices)).toEqual(['a', 'b', 'c']);
  expect(decoded.practices.map((record) => record.values.objective)).toEqual([[0, 1], [], [1]]);
  expect(ids(filterRecords(decoded.practices, { objective: new Set([1]) }))).toEqual(['a', 'c']);
});

test('many values, many practices and practices without a facet survive the download', () => {
  const territories = Array.from({ length: 1300 }, (_, i) => value(`t${i}`));
  const practices = Array.from({ length: 21 }, (_, i) => ({
    id: `bp${i}_ah`,
    values: { area: [0], territory: i === 20 ? [1295, 3, 40] : [] },
  }));
  const wide: FacetIndex = {
    facets: { ...index.facets, territory: territories },
    practices: [...practices, { id: 'la2_gn', values: { area: [1] } }],
  };
  const decoded = decodeFacetIndex(
    JSON.parse(JSON.stringify(encodeFacetIndex(wide))) as ReturnType<typeof encodeFacetIndex>,
    ids(wide.practices),
  );
  expect(decoded.practices[20]!.values.territory).toEqual([3, 40, 1295]);
  expect(decoded.practices[19]!.values.territory).toEqual([]);
  expect(decoded.practices[21]!.values.area).toEqual([1]);
  expect(decoded.practices[21]!.id).toBe('la2_gn');
});

test('an index from another build than the page is refused with a reason', () => {
  const file = encodeFacetIndex(index);
  expect(() => decodeFacetIndex(file, ['a', 'b'])).toThrow(
    'The facet index describes 3 practices and the page lists 2',
  );
});
