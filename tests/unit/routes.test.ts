import { readdirSync } from 'node:fs';
import { expect, test } from 'vitest';
import {
  browseUrl,
  PAGE_SLUG,
  practicePdfUrl,
  practiceUrl,
  reservedSlugs,
  taxonomyUrl,
  textSlug,
} from '../../src/lib/routes.ts';

/**
 * First path segments the site publishes from src/pages/: folders and page files whose name
 * could also be a front-matter page's (dynamic routes and files such as feed.xml cannot).
 */
function pageSegments(dir: string): string[] {
  return readdirSync(dir)
    .map((name) => name.replace(/\.(astro|ts|md|mdx)$/, ''))
    .filter((name) => !name.startsWith('[') && PAGE_SLUG.test(name));
}

test('every first path segment of src/pages/ is a reserved page name', () => {
  const segments = [...pageSegments('src/pages'), ...pageSegments('src/pages/en')];
  expect(segments.filter((segment) => !reservedSlugs.includes(segment))).toEqual([]);
});

test('every reserved page name is a route in src/pages/ or a folder the build writes', () => {
  // Written into the site by the build, or served beside it, rather than by a page.
  const notPages = ['pagefind', '_astro', 'admin', 'pdf', 'en', 'index'];
  const segments = new Set(pageSegments('src/pages'));
  expect(
    reservedSlugs.filter((slug) => !segments.has(slug) && !notPages.includes(slug)),
  ).toEqual([]);
});

test('English pages live under /en/, Spanish ones at the root', () => {
  expect(practiceUrl('BP1_AH')).toBe('/practicas/bp1_ah/');
  expect(practiceUrl('BP1_AH', 'en')).toBe('/en/practicas/bp1_ah/');
  expect(browseUrl('en').startsWith('/en/')).toBe(true);
});

test('a practice PDF is named after its slug, whatever the interface language', () => {
  expect(practicePdfUrl('LA2_ISE')).toBe('/pdf/la2_ise.pdf');
});

test('free-text taxonomy values get accent-free slugs that group spellings', () => {
  expect(textSlug('Tulcán')).toBe('tulcan');
  expect(taxonomyUrl('keyword', 'Movilidad Humana')).toBe(taxonomyUrl('keyword', 'movilidad humana'));
  expect(taxonomyUrl('objective', 7, 'en')).toBe('/en/objetivos/7/');
});
