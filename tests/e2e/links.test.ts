/** No page of the shipped catalogue links to a file or an anchor the site lacks. */
import { expect, inject, test } from 'vitest';
import { findBrokenLinks, formatBrokenLinks } from '../helpers/link-check.ts';

const { dist } = inject('shipped');

test('every internal link, image and anchor of every page resolves', async () => {
  const broken = await findBrokenLinks(dist);
  expect(broken, formatBrokenLinks(broken)).toEqual([]);
});
