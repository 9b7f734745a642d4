import { expect, test } from 'vitest';
import { listingText } from '../../src/lib/listing-text.ts';
import type { Practice } from '../../src/schemas/practice.ts';

const practice = (title: string, summary?: string) => ({ title, summary }) as Practice;

test('a statement that fits is listed whole', () => {
  expect(listingText(practice('Lograr acuerdos con entidades locales.'), 40)).toBe(
    'Lograr acuerdos con entidades locales.',
  );
});

test('a long statement is cut at its last whole word, without trailing punctuation', () => {
  expect(
    listingText(practice('Lograr acuerdos, convenios y alianzas con entidades locales'), 30),
  ).toBe('Lograr acuerdos, convenios y…');
  expect(listingText(practice('Lograr acuerdos, convenios y alianzas'), 17)).toBe(
    'Lograr acuerdos…',
  );
});

test("the practice's own summary is preferred to its statement", () => {
  expect(listingText(practice('Un enunciado largo sobre la práctica', 'Resumen'), 20)).toBe(
    'Resumen',
  );
});

test('a word longer than half the room is cut inside the word', () => {
  expect(listingText(practice('Interinstitucionalidad territorial'), 12)).toBe('Interinstit…');
});
