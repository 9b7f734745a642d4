/** The shipped catalogue: complete, valid, and in the right areas. A lost file fails here. */
import { expect, test } from 'vitest';
import { checkContent } from '../../src/lib/check/index.ts';

const result = await checkContent('content');

test('the shipped content passes every check', () => {
  expect(result.problems).toEqual([]);
});

test('the catalogue has exactly its 34 fichas', () => {
  expect(result.practices.map((p) => p.data.code).sort()).toEqual(
    [
      'BP1_AH', 'BP2_AH', 'BP3_AH', 'BP4_AH', 'LA1_AH',
      'BP1_ISE', 'BP2_ISE', 'BP3_ISE', 'BP4_ISE', 'BP5_ISE', 'LA1_ISE', 'LA2_ISE',
      'BP1_PC', 'BP2_PC', 'BP3_PC', 'BP4_PC', 'BP5_PC', 'BP6_PC', 'BP7_PC', 'BP8_PC', 'BP9_PC', 'BP10_PC',
      'BP1_GF', 'BP2_GF', 'BP3_GF',
      'BP1_ME', 'BP2_ME',
      'BP1_AF', 'LA1_AF', 'LA2_AF',
      'BP1_GN', 'LA1_GN', 'LN1_GN', 'LN2_GN',
    ].sort(),
  );
});

test('each area has the fichas of the printed catalogue', () => {
  const counts: Record<string, number> = {};
  for (const practice of result.practices) counts[practice.data.area] = (counts[practice.data.area] ?? 0) + 1;
  expect(counts).toEqual({ AH: 5, ISE: 7, PC: 10, GF: 3, ME: 2, AF: 3, GN: 4 });
});

test('every kind of the catalogue is represented', () => {
  const kinds = new Set(result.practices.map((p) => p.data.kind));
  expect([...kinds].sort()).toEqual(['buena-practica', 'leccion-aprendida', 'leccion-no-aprendida']);
});

test('no shipped practice is a draft', () => {
  expect(result.practices.filter((p) => p.data.draft)).toEqual([]);
});
