/**
 * The catalogue that `npm run build` produces out of the box: every ficha and every
 * front-matter page reaches the website, the search index and the PDF.
 */
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { indexedPageCount } from '../../scripts/lib/build/search-index.ts';
import { checkContent } from '../../src/lib/check/index.ts';
import { inspectPdf, pdfPageTexts } from '../../scripts/lib/pdf/inspect-pdf.ts';
import { fichaAnchor } from '../../src/lib/anchors.ts';
import { practiceSlug } from '../../src/schemas/practice.ts';
import { runBuildCli, type BuildRun } from '../helpers/run-build.ts';

let out: string;
let dist: string;
let build: BuildRun;
const { practices } = await checkContent('content');
const codes = practices.map((practice) => practice.data.code);

beforeAll(async () => {
  out = await mkdtemp(path.join(tmpdir(), 'shipped-'));
  dist = path.join(out, 'dist');
  build = await runBuildCli(['--out', dist]);
});
afterAll(async () => {
  await rm(out, { recursive: true, force: true });
});

test('the build succeeds', () => {
  expect(build.stderr).toBe('');
  expect(build.code).toBe(0);
});

test('every practice has a page and a search record', async () => {
  const pages = await readdir(path.join(dist, 'practicas'));
  expect(pages.sort()).toEqual(codes.map(practiceSlug).sort());
  expect(await indexedPageCount(path.join(dist, 'pagefind'))).toBe(codes.length);
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
  const fichaBookmarks = bookmarks.filter((title) => /^(BP|LA|LN)\d+_[A-Z]+: /.test(title));
  expect(fichaBookmarks).toHaveLength(codes.length);
  expect(texts[0]).toContain('Catálogo de Lecciones Aprendidas y Buenas Prácticas');
});
