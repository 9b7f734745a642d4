import { expect, test } from 'vitest';
import { areaRanges, partRanges, type PrintPart } from '../../scripts/lib/pdf/parts.ts';

const part = (kind: PrintPart['kind'], id: string, code = ''): PrintPart => ({
  kind,
  id,
  code,
  title: id,
  lang: 'es',
  url: '',
});
const parts = [
  part('front', 'pagina-presentacion'),
  part('area', 'area-ah', 'AH'),
  part('ficha', 'ficha-bp1_ah', 'BP1_AH'),
  part('ficha', 'ficha-bp2_ah', 'BP2_AH'),
  part('area', 'area-gn', 'GN'),
  part('ficha', 'ficha-ln1_gn', 'LN1_GN'),
  part('index', 'indice'),
];
const pages = new Map([
  ['pagina-presentacion', 3],
  ['area-ah', 5],
  ['ficha-bp1_ah', 6],
  ['ficha-bp2_ah', 8],
  ['area-gn', 9],
  ['ficha-ln1_gn', 10],
  ['indice', 12],
]);

test('each part runs from its destination to the page before the next part', () => {
  const { ranges, missing } = partRanges(parts, (id) => pages.get(id), 13);
  expect(missing).toEqual([]);
  expect(ranges.map(({ id, from, to }) => [id, from, to])).toEqual([
    ['pagina-presentacion', 3, 4],
    ['area-ah', 5, 5],
    ['ficha-bp1_ah', 6, 7],
    ['ficha-bp2_ah', 8, 8],
    ['area-gn', 9, 9],
    ['ficha-ln1_gn', 10, 11],
    ['indice', 12, 13],
  ]);
});

test("an area's PDF holds its opener and its fichas, not the next area or the index", () => {
  const { ranges } = partRanges(parts, (id) => pages.get(id), 13);
  expect(areaRanges(ranges).map(({ code, from, to }) => [code, from, to])).toEqual([
    ['AH', 5, 8],
    ['GN', 9, 11],
  ]);
});

test('a part without a destination is reported, not given a range', () => {
  const { ranges, missing } = partRanges(
    parts,
    (id) => (id === 'ficha-bp2_ah' ? undefined : pages.get(id)),
    13,
  );
  expect(missing).toEqual(['ficha-bp2_ah']);
  expect(ranges.find((range) => range.id === 'ficha-bp1_ah')?.to).toBe(8);
});
