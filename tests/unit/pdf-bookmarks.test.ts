import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'puppeteer-core';
import { BuildError } from '../../scripts/lib/build/build-error.ts';
import { bookmarkedHeadings, setBookmarkTitles } from '../../scripts/lib/pdf/bookmarks.ts';
import { launchBrowser } from '../../scripts/lib/pdf/browser.ts';
import { openPdf, type Pdf } from '../../scripts/lib/pdf/pdf-file.ts';

const LONG_TITLE =
  'BP1_AH: Lograr acuerdos para acceder a espacios físicos temporales con el objetivo de mantener el acceso';

const HTML = `<!doctype html><html lang="es"><body style="width: 30em">
  <p>Cubierta</p>
  <section style="break-before: page"><h1>Presentación</h1><p>Texto.</p>
    <h2 aria-level="7">Una sección sin marcador</h2><p>Texto.</p></section>
  <section style="break-before: page"><h1>Área (AH)</h1>
    <h2>${LONG_TITLE}</h2><p>Texto.</p></section>
  <h2 style="display: none">Oculto</h2>
</body></html>`;

const titles = (pdf: Pdf) => {
  const saved = openPdf(pdf.saveToBuffer('incremental').asUint8Array());
  try {
    const walk = (items: ReturnType<Pdf['loadOutline']>): unknown[] =>
      (items ?? []).map((item) => (item.down ? [item.title, walk(item.down)] : item.title));
    return walk(saved.loadOutline());
  } finally {
    saved.destroy();
  }
};

describe('bookmark titles', () => {
  let browser: Browser;
  let page: Page;
  let printed: Uint8Array;

  beforeAll(async () => {
    browser = await launchBrowser();
    page = await browser.newPage();
    await page.setContent(HTML);
    printed = await page.pdf({ format: 'A4', outline: true, tagged: true });
  });
  afterAll(async () => {
    await browser.close();
  });

  test('the headings that get a bookmark are those of level 1–6 that are shown', async () => {
    expect(await bookmarkedHeadings(page)).toEqual(['Presentación', 'Área (AH)', LONG_TITLE]);
  });

  test('each bookmark reads as its heading, nested as Chromium nested it', async () => {
    const pdf = openPdf(printed);
    try {
      setBookmarkTitles(pdf, await bookmarkedHeadings(page));
      expect(titles(pdf)).toEqual(['Presentación', ['Área (AH)', [LONG_TITLE]]]);
    } finally {
      pdf.destroy();
    }
  });

  test('bookmarks that are not the headings fail the build, naming both', () => {
    const pdf = openPdf(printed);
    try {
      expect(() => {
        setBookmarkTitles(pdf, ['Presentación', 'Otra cosa', LONG_TITLE]);
      }).toThrow(/reads "Área \(AH\)".*"Otra cosa"/);
      expect(() => {
        setBookmarkTitles(pdf, ['Presentación']);
      }).toThrow(BuildError);
    } finally {
      pdf.destroy();
    }
  });
});
