import { expect, test } from 'vitest';
import { FIT_THRESHOLD } from '../../src/components/print/print-layout.ts';
import { needsFit } from '../../scripts/lib/pdf/fit-fichas.ts';

const page = 1000;

test('a ficha that would leave a few lines alone on its last page is set tighter', () => {
  expect(needsFit(page * 1.05, page)).toBe(true);
  expect(needsFit(page * (2 + FIT_THRESHOLD / 2), page)).toBe(true);
});

test('a ficha that fits its pages, or fills a fair share of the last one, is left as it is', () => {
  expect(needsFit(page * 0.9, page)).toBe(false);
  expect(needsFit(page * 2, page)).toBe(false);
  expect(needsFit(page * 1.5, page)).toBe(false);
});
