import { expect, test } from 'vitest';
import {
  codeMismatch,
  isGoodPractice,
  isLesson,
  isRepositoryPractice,
  practiceSchema,
  practiceSlug,
} from '../../src/schemas/practice.ts';
import { gcmObjectives } from '../../src/vocabularies/gcm-objectives.ts';
import { gcmPrinciples } from '../../src/vocabularies/gcm-principles.ts';
import { sdgs } from '../../src/vocabularies/sdgs.ts';

const lesson = {
  kind: 'leccion-aprendida',
  code: 'LA3_ISE',
  area: 'ISE',
  title: 'Una lección',
  lessonType: 'positiva',
  criteria: {
    importante: 'si',
    util: 'no',
    equitativo: 'medianamente',
    economico: 'no-determinable',
  },
};

test('vocabularies have every objective, principle and goal, numbered in order', () => {
  expect(gcmObjectives.map((o) => o.number)).toEqual(Array.from({ length: 23 }, (_, i) => i + 1));
  expect(gcmPrinciples.map((p) => p.key).join('')).toBe('abcdefghij');
  expect(sdgs.map((s) => s.number)).toEqual(Array.from({ length: 17 }, (_, i) => i + 1));
  for (const objective of gcmObjectives)
    expect(objective.title.es.length * objective.title.en.length).toBeGreaterThan(0);
});

test('a lesson parses with defaults and is told apart by its kind', () => {
  const practice = practiceSchema.parse(lesson);
  expect(isLesson(practice)).toBe(true);
  expect(isGoodPractice(practice)).toBe(false);
  expect(isRepositoryPractice(practice)).toBe(false);
  expect(practice.lang).toBe('es');
  expect(practice.gcmObjectives).toEqual([]);
});

test('the schema itself rejects a code inconsistent with its kind', () => {
  const result = practiceSchema.safeParse({ ...lesson, code: 'BP3_ISE' });
  expect(result.success).toBe(false);
});

test('catalogue codes must carry their kind and area; repository practices are free', () => {
  expect(codeMismatch('buena-practica', 'BP10_PC', 'PC')).toBeUndefined();
  expect(codeMismatch('leccion-no-aprendida', 'LA1_GN', 'GN')).toEqual({
    reason: 'kind',
    prefix: 'LN',
  });
  expect(codeMismatch('buena-practica', 'BP1_AH', 'GN')).toEqual({ reason: 'area' });
  expect(codeMismatch('buena-practica', 'bp1-ah', 'AH')).toEqual({
    reason: 'pattern',
    expected: 'BP<n>_AH',
  });
  expect(codeMismatch('practica', 'anything-goes', 'GN')).toBeUndefined();
});

test('page URLs come from the code', () => {
  expect(practiceSlug('BP1_AH')).toBe('bp1_ah');
});
