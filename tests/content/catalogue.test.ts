/**
 * The shipped catalogue: valid, and still holding the whole printed IOM Ecuador catalogue. An
 * editor who adds or corrects a practice keeps these green; a lost or broken ficha turns them red.
 */
import { expect, test } from 'vitest';
import { checkContent } from '../../src/lib/check/index.ts';
import { errorsOf } from '../../src/lib/check/problem.ts';

const result = await checkContent('content');
const codes = result.practices.map((p) => p.data.code);

/** The 34 fichas of the printed catalogue (the seed), by area. */
const SEED: Record<string, string[]> = {
  AH: ['BP1_AH', 'BP2_AH', 'BP3_AH', 'BP4_AH', 'LA1_AH'],
  ISE: ['BP1_ISE', 'BP2_ISE', 'BP3_ISE', 'BP4_ISE', 'BP5_ISE', 'LA1_ISE', 'LA2_ISE'],
  PC: ['BP1_PC', 'BP2_PC', 'BP3_PC', 'BP4_PC', 'BP5_PC', 'BP6_PC', 'BP7_PC', 'BP8_PC', 'BP9_PC', 'BP10_PC'],
  GF: ['BP1_GF', 'BP2_GF', 'BP3_GF'],
  ME: ['BP1_ME', 'BP2_ME'],
  AF: ['BP1_AF', 'LA1_AF', 'LA2_AF'],
  GN: ['BP1_GN', 'LA1_GN', 'LN1_GN', 'LN2_GN'],
};

test('the shipped content has no errors', () => {
  expect(errorsOf(result.problems)).toEqual([]);
});

test.each(Object.entries(SEED))('area %s still holds every ficha of the printed catalogue', (area, seed) => {
  const published = result.practices.filter((p) => !p.data.draft && p.data.area === area);
  expect(published.map((p) => p.data.code)).toEqual(expect.arrayContaining(seed));
});

test('every kind of the printed catalogue is represented', () => {
  const kinds = new Set(result.practices.map((p) => p.data.kind));
  expect([...kinds]).toEqual(
    expect.arrayContaining(['buena-practica', 'leccion-aprendida', 'leccion-no-aprendida']),
  );
});

test('every practice file was accepted', () => {
  // Files in = practices out: the checker drops nothing without an error above.
  expect(codes.length).toBe(new Set(codes).size);
  expect(result.entries.filter((entry) => entry.collection === 'practices')).toHaveLength(codes.length);
});
