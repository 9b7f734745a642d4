import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'puppeteer-core';
import { BuildError } from '../../scripts/lib/build/build-error.ts';
import {
  bookmarkedHeadings,
  outlineOf,
  type BookmarkedHeading,
} from '../../scripts/lib/pdf/bookmarks.ts';
import { launchBrowser } from '../../scripts/lib/pdf/browser.ts';
import { mergeTaggedPdfFile } from '../../scripts/lib/pdf/merge-tagged.ts';
import { namedDestinations, openPdf, type Pdf } from '../../scripts/lib/pdf/pdf-file.ts';

const LONG_TITLE =
  'BP1_AH: Lograr acuerdos para acceder a espacios físicos temporales con el objetivo de mantener el acceso';

// The contents link to the parts, which gives them named destinations; no link leads to the
// contents' own title, and the last section's heading has no id around it.
const HTML = `<!doctype html><html lang="es"><body style="width: 30em">
  <p>Cubierta</p>
  <nav id="contents" style="break-before: page"><h1>Índice</h1>
    <a href="#presentacion">Presentación</a> <a href="#area-ah">Área</a> <a href="#ficha">Ficha</a></nav>
  <section id="presentacion" style="break-before: page"><h1>Presentación</h1><p>Texto.</p>
    <h2 aria-level="7">Una sección sin marcador</h2><p>Texto.</p></section>
  <section id="area-ah" style="break-before: page"><h1>Área (AH)</h1></section>
  <article id="ficha" style="break-before: page"><h2>${LONG_TITLE}</h2><p>Texto.</p></article>
  <div style="break-before: page"><h1>Índice de palabras clave</h1></div>
  <h2 style="display: none">Oculto</h2>
</body></html>`;

/** The outline of a PDF as titles and 1-based pages, nested. */
const outlineIn = (pdf: Pdf) => {
  const walk = (items: ReturnType<Pdf['loadOutline']>): unknown[] =>
    (items ?? []).map((item) => {
      const entry = `${item.title} @${(item.page ?? -1) + 1}`;
      return item.down ? [entry, walk(item.down)] : entry;
    });
  return walk(pdf.loadOutline());
};

describe('bookmarks', () => {
  let browser: Browser;
  let page: Page;
  let headings: BookmarkedHeading[];
  let printed: Uint8Array;

  beforeAll(async () => {
    browser = await launchBrowser({ use: 'print' });
    page = await browser.newPage();
    await page.setContent(HTML);
    // Before the print, as the export does: it gives every heading a named destination.
    headings = await bookmarkedHeadings(page);
    printed = await page.pdf({ format: 'A4', tagged: true });
  });
  afterAll(async () => {
    await browser.close();
  });

  test('the headings that get a bookmark are those of level 1–6 that are shown', () => {
    expect(headings.map(({ title, level }) => [title, level])).toEqual([
      ['Índice', 1],
      ['Presentación', 1],
      ['Área (AH)', 1],
      [LONG_TITLE, 2],
      ['Índice de palabras clave', 1],
    ]);
  });

  test('each bookmark reads as its heading, nested by level, on the page that shows it', () => {
    const pdf = openPdf(printed);
    let merged: Pdf | undefined;
    try {
      const outline = outlineOf(headings, namedDestinations(pdf));
      merged = openPdf(
        mergeTaggedPdfFile([{ data: printed, printUrl: 'http://localhost/print/' }], { outline }),
      );
      expect(outlineIn(merged)).toEqual([
        'Índice @2',
        'Presentación @3',
        ['Área (AH) @4', [`${LONG_TITLE} @5`]],
        'Índice de palabras clave @6',
      ]);
    } finally {
      pdf.destroy();
      merged?.destroy();
    }
  });

  test('a heading without a destination fails the build, naming it', () => {
    const lost = [{ title: 'Otra cosa', level: 1, anchors: ['ninguna'] }];
    expect(() => outlineOf(lost, new Map())).toThrow(BuildError);
    expect(() => outlineOf(lost, new Map())).toThrow(/"Otra cosa".*#ninguna/);
  });
});
