import { expect, test } from 'vitest';
import { pagesWithout } from '../../scripts/lib/pdf/draft.ts';

// Cover and two pages of contents, then: a front page, an area opener of two pages, two
// one-page fichas, a ficha of two pages, one more one-page ficha and the index.
const parts = ['pagina-a', 'area-ah', 'ficha-1', 'ficha-2', 'ficha-3', 'ficha-4', 'indice'];
const whole = new Map([
  ['contents', 2],
  ['pagina-a', 4],
  ['area-ah', 5],
  ['ficha-1', 7],
  ['ficha-2', 8],
  ['ficha-3', 9],
  ['note-in-ficha-3', 10],
  ['ficha-4', 11],
  ['indice', 12],
]);

test('the pages of the whole document follow from a draft without its one-page fichas', () => {
  const left = new Set(['ficha-1', 'ficha-2', 'ficha-4']);
  // The draft: cover, contents, front page, opener, ficha-3, index.
  const draft = new Map([
    ['contents', 2],
    ['pagina-a', 4],
    ['area-ah', 5],
    ['ficha-3', 7],
    ['note-in-ficha-3', 8],
    ['indice', 9],
  ]);
  expect(pagesWithout(parts, left, draft, 9)).toEqual(whole);
});

test('parts left out first and last are counted too', () => {
  const left = new Set(['pagina-a', 'ficha-4', 'indice']);
  const draft = new Map([
    ['contents', 2],
    ['area-ah', 4],
    ['ficha-1', 6],
    ['ficha-2', 7],
    ['ficha-3', 8],
    ['note-in-ficha-3', 9],
  ]);
  expect(pagesWithout(parts, left, draft, 9)).toEqual(whole);
});

test('a draft that printed no part at all still numbers every part', () => {
  const onePageParts = ['pagina-a', 'ficha-1', 'indice'];
  const draft = new Map([['contents', 2]]);
  expect(pagesWithout(onePageParts, new Set(onePageParts), draft, 3)).toEqual(
    new Map([
      ['contents', 2],
      ['pagina-a', 4],
      ['ficha-1', 5],
      ['indice', 6],
    ]),
  );
});
