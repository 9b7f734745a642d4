import { expect, test } from 'vitest';
import { relatedPractices } from '../../src/lib/related.ts';
import type { Practice } from '../../src/schemas/practice.ts';

/** A practice with only what relatedness reads; the rest of the schema does not matter here. */
function entry(code: string, area: string, fields: Partial<Practice> = {}): { data: Practice } {
  return {
    data: {
      code,
      area,
      related: [],
      keywords: [],
      gcmObjectives: [],
      gcmSecondaryObjectives: [],
      ...fields,
    } as unknown as Practice,
  };
}

const self = entry('BP1_AH', 'AH', { gcmObjectives: [7], keywords: ['Alojamiento'], related: ['LN1_GN'] });
const sameObjective = entry('BP2_PC', 'PC', { gcmObjectives: [7] });
const sameObjectiveAndArea = entry('BP2_AH', 'AH', { gcmObjectives: [7] });
const sameKeyword = entry('BP3_PC', 'PC', { keywords: ['alojamiento'] });
const sameAreaOnly = entry('BP4_AH', 'AH');
const chosen = entry('LN1_GN', 'GN');
const all = [self, sameObjective, sameObjectiveAndArea, sameKeyword, sameAreaOnly, chosen];
const codes = (list: { data: Practice }[]) => list.map((item) => item.data.code);

test("the entry's own related list comes first, then the best matches", () => {
  expect(codes(relatedPractices(self, all))).toEqual(['LN1_GN', 'BP2_AH', 'BP2_PC', 'BP3_PC']);
});

test('sharing only the area does not make a practice related', () => {
  expect(codes(relatedPractices(self, all))).not.toContain('BP4_AH');
});

test('keywords match whatever their case or accents', () => {
  expect(codes(relatedPractices(sameKeyword, all))).toContain('BP1_AH');
});
