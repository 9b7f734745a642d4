/**
 * The catalogue that `npm run build` produces out of the box: every ficha and every
 * front-matter page reaches the website, the search index and the PDF.
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { expect, inject, test } from 'vitest';
import { indexedUrls } from '../../scripts/lib/build/verify-search.ts';
import { checkContent } from '../../src/lib/check/index.ts';
import { inspectPdf, pdfPageTexts } from '../../scripts/lib/pdf/inspect-pdf.ts';
import { fichaAnchor, pageUrl, practiceSlug, practiceUrl } from '../../src/lib/routes.ts';

// Built once for all end-to-end files (global-setup.ts).
const build = inject('shipped');
const { dist } = build;
// Whatever practices the content holds today: editors add practices without touching tests.
const { practices, entries } = await checkContent('content');
const codes = practices.filter((practice) => !practice.data.draft).map((p) => p.data.code);

test('the build succeeds', () => {
  expect(build.stderr).toBe('');
  expect(build.code).toBe(0);
});

test('every practice and front-matter page has a page and a search record, and nothing else has', async () => {
  const pages = await readdir(path.join(dist, 'practicas'));
  expect(pages.sort()).toEqual(codes.map(practiceSlug).sort());
  const frontMatter = entries.filter((entry) => entry.collection === 'pages').map((e) => e.id);
  expect(frontMatter.length).toBeGreaterThan(0);
  expect((await indexedUrls(path.join(dist, 'pagefind'))).sort()).toEqual(
    [...codes.map((code) => practiceUrl(code)), ...frontMatter.map((slug) => pageUrl(slug))].sort(),
  );
});

test('the PDF holds the front matter and every ficha, each with its bookmark', async () => {
  const pdf = path.join(dist, 'catalogue.pdf');
  const summary = await inspectPdf(pdf);
  const texts = await pdfPageTexts(pdf);
  for (const code of codes) {
    const page = summary.destinations.get(fichaAnchor(code));
    expect(page, code).toBeDefined();
    expect(texts[page! - 1]).toContain(code);
  }
  const bookmarks = summary.outline.map((item) => item.title);
  for (const title of [
    'Presentación',
    'Introducción',
    'Lista de acrónimos',
    'Glosario',
    'Metodología',
  ]) {
    expect(bookmarks).toContain(title);
  }
  const fichaBookmarks = summary.outline.flatMap((item) => item.items).map((item) => item.title);
  expect(fichaBookmarks.sort()).toEqual(
    practices
      .filter((practice) => !practice.data.draft)
      .map(({ data }) => `${data.code}: ${data.title}`)
      .sort(),
  );
  expect(texts[0]).toContain('Catálogo de Lecciones Aprendidas y Buenas Prácticas');
});
