import { expect, test, vi } from 'vitest';
import {
  codeMismatch,
  isGoodPractice,
  isLesson,
  isRepositoryPractice,
  practiceSchema,
} from '../../src/schemas/practice.ts';
import { practiceSlug } from '../../src/lib/routes.ts';
import { gcmObjectives } from '../../src/vocabularies/gcm-objectives.ts';
import { gcmPrinciples } from '../../src/vocabularies/gcm-principles.ts';
import { sdgs } from '../../src/vocabularies/sdgs.ts';
import { factsOf } from '../../src/lib/facts/index.ts';

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

/** A UN Network repository entry as the tester found it: no dates, no type, no organisation. */
const sparseRepositoryEntry = {
  kind: 'practica',
  code: 'PR1_GN',
  area: 'GN',
  lang: 'en',
  title: 'Migration information portal',
  resources: [{ title: 'Radio spot', type: 'media' }],
  relatedOutside: [{ title: 'A practice named by title only' }],
};

test('a repository entry with empty source fields parses without invented values', () => {
  const practice = practiceSchema.parse(sparseRepositoryEntry);
  expect(isRepositoryPractice(practice)).toBe(true);
  if (!isRepositoryPractice(practice)) return;
  expect(practice.startYear).toBeUndefined();
  expect(practice.practiceType).toBeUndefined();
  expect(practice.implementingOrganisations).toEqual([]);
});

test('the facts of a sparse repository entry say "Not recorded" instead of hiding the gaps', () => {
  const practice = practiceSchema.parse({ ...sparseRepositoryEntry, endYear: 'no-registra' });
  const facts = Object.fromEntries(factsOf(practice, 'en').map((f) => [f.label, f.value]));
  expect(facts).toMatchObject({
    'Type of practice': 'Not recorded',
    'Start year': 'Not recorded',
    'End year': 'Not recorded',
    'Main implementing organisations': 'Not recorded',
    'Related practices outside the catalogue': 'A practice named by title only',
  });
});

test('an organisation may carry its full name, shown after its short name', () => {
  const practice = practiceSchema.parse({
    ...sparseRepositoryEntry,
    implementingOrganisations: [
      { name: 'IOM', fullName: 'International Organization for Migration' },
      'UNHCR',
    ],
  });
  const facts = factsOf(practice, 'es');
  expect(facts).toContainEqual({
    label: 'Organizaciones ejecutoras',
    value: 'IOM (International Organization for Migration); UNHCR',
  });
});

test('a resource type outside the list is refused', () => {
  const result = practiceSchema.safeParse({
    ...sparseRepositoryEntry,
    resources: [{ title: 'Poster', type: 'poster' }],
  });
  expect(result.success).toBe(false);
});

test('a draft and its review show in previews only', () => {
  const practice = practiceSchema.parse({
    ...sparseRepositoryEntry,
    draft: true,
    review: { reviewers: ['Ana Pérez'], date: '2024-05-20', status: 'cambios-solicitados' },
  });
  const labels = () => factsOf(practice, 'en').map((fact) => `${fact.label}: ${fact.value}`);
  vi.stubEnv('CATALOGUE_DRAFTS', '');
  expect(labels().join('\n')).not.toContain('Review');
  vi.stubEnv('CATALOGUE_DRAFTS', '1');
  expect(labels()).toEqual(
    expect.arrayContaining(['Draft: Yes', 'Review: Changes requested · Ana Pérez · 20 May 2024']),
  );
  vi.unstubAllEnvs();
});
