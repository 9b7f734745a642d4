/**
 * The PDFs of the shipped catalogue, read back as a reader's tools would (pdfjs, poppler):
 * page numbers of the contents and the index, bookmarks, fonts, tags and metadata, one
 * factsheet per practice holding that practice and no other, and no unsafe links.
 */
import { execFileSync } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { readFile } from 'node:fs/promises';
import { describe, expect, inject, test } from 'vitest';
import {
  inspectPdf,
  pdfLinks,
  pdfPageTexts,
  pdfTaggedPages,
} from '../../scripts/lib/pdf/inspect-pdf.ts';
import { checkContent } from '../../src/lib/check/index.ts';
import {
  absoluteUrl,
  areaAnchor,
  areaPdfFile,
  areaUrl,
  factsheetFile,
  fichaAnchor,
  practiceUrl,
} from '../../src/lib/routes.ts';
import { numberedEntries } from '../helpers/pdf-entries.ts';

const { dist, stdout } = inject('shipped');
const catalogue = path.join(dist, 'catalogue.pdf');
const { practices, settings } = await checkContent('content');
const siteUrl = settings!.siteUrl;
const areaCodes = (await readdir('content/areas')).map((file) => path.basename(file, '.md'));
const published = practices.filter((practice) => !practice.data.draft).map((p) => p.data);
const codes = published.map((practice) => practice.code);

const summary = await inspectPdf(catalogue);
const texts = (await pdfPageTexts(catalogue)).map((text) => text.replace(/\s+/g, ' '));
const links = await pdfLinks(catalogue);
/** The words a heading starts with, as the page's text shows them. */
const opening = (text: string) => text.replace(/\s+/g, ' ').slice(0, 30);

async function pdfInfo(file: string) {
  const document = await getDocument({ data: new Uint8Array(await readFile(file)), verbosity: 0 })
    .promise;
  try {
    const { info } = (await document.getMetadata()) as unknown as { info: Record<string, unknown> };
    return { info, markInfo: await document.getMarkInfo(), pages: document.numPages };
  } finally {
    await document.destroy();
  }
}

describe('the catalogue', () => {
  const { contents, index } = numberedEntries(summary, links);

  test('every contents entry shows the page its heading is printed on, and links there', () => {
    expect(contents.length).toBeGreaterThan(codes.length);
    for (const link of contents) {
      const page = summary.destinations.get(link.dest!);
      expect(link.text, link.dest).toMatch(new RegExp(` ${page}$`));
      // The page's own number, in its footer, is the same.
      expect(texts[page! - 1], link.dest).toMatch(new RegExp(`(^| )${page}( |$)`));
    }
    for (const code of codes) {
      const entry = contents.find((link) => link.dest === fichaAnchor(code));
      expect(entry?.text, code).toContain(code);
      const page = summary.destinations.get(fichaAnchor(code))!;
      expect(texts[page - 1]).toContain(`${code}: `);
    }
  });

  test('every keyword index entry shows the page of its practice', () => {
    expect(index.length).toBeGreaterThan(0);
    for (const link of index) {
      const page = summary.destinations.get(link.dest!)!;
      expect(Number(/(\d+)$/.exec(link.text)?.[1]), `${link.dest} ${link.text}`).toBe(page);
      const code = codes.find((candidate) => fichaAnchor(candidate) === link.dest);
      expect(texts[page - 1], link.dest).toContain(`${code}: `);
    }
  });

  const bookmarks = [...summary.outline, ...summary.outline.flatMap((item) => item.items)];

  test('the bookmarks are the contents: front matter and areas, each practice under its area', () => {
    const practiceBookmarks = summary.outline.flatMap((item) => item.items);
    expect(practiceBookmarks.map((item) => item.title).sort()).toEqual(
      published.map((practice) => `${practice.code}: ${practice.title}`).sort(),
    );
    expect(practiceBookmarks.every((item) => item.items.length === 0)).toBe(true);
    for (const area of summary.outline.filter((item) => item.items.length > 0)) {
      const code = /\((\w+)\)$/.exec(area.title)?.[1];
      expect(
        area.items.every((item) => item.title.includes(`_${code}:`)),
        area.title,
      ).toBe(true);
    }
    expect(summary.outline.length).toBeLessThan(codes.length);
  });

  // Chromium builds a bookmark's title from the text it paints: a heading that opens a page
  // came out doubled ("PresentaciónPresentación"), and a line break dropped a space.
  test('every bookmark title reads as its heading, on the page it points to', () => {
    expect(bookmarks.length).toBeGreaterThan(codes.length);
    for (const item of bookmarks) {
      expect(texts[item.page! - 1], item.title).toContain(item.title);
    }
    expect(summary.outline.at(-1)?.title).toBe('Índice de palabras clave');
  });

  test('is tagged, in the catalogue language, with title, author, subject and keywords', async () => {
    const { info, markInfo } = await pdfInfo(catalogue);
    expect(markInfo?.Marked).toBe(true);
    expect(info.Language).toBe('es');
    expect(info.Title).toContain('Catálogo de Lecciones Aprendidas');
    expect(info.Author).toBe('OIM Ecuador');
    expect(info.Subject).toBeTruthy();
    expect(String(info.Keywords)).toContain(published[0]!.keywords[0]);
  });

  test('embeds every font it uses', () => {
    const fonts = execFileSync('pdffonts', [catalogue], { encoding: 'utf8' })
      .split('\n')
      .slice(2)
      .filter(Boolean);
    expect(fonts.length).toBeGreaterThan(0);
    for (const line of fonts) expect(line, line).toMatch(/ yes +yes +(yes|no) +\d+ +\d+$/);
    expect(fonts.join('\n')).toContain('SourceSans3');
    expect(fonts.join('\n')).not.toContain('DejaVu');
  });

  // Chromium shrinks every page to fit anything wider than the text (a long link once did),
  // which moves the page breaks from where they were measured: a second print.
  test('prints at full size, once, with the page numbers measured before the print', () => {
    expect(stdout).not.toContain('Wider than the page');
    expect(stdout).not.toContain('printing once more');
  });

  test('fits the printed catalogue: at most 84 A4 pages, contents and index included', () => {
    expect(summary.pageCount).toBeLessThanOrEqual(84);
    expect(texts[0]).not.toMatch(/\b1$/);
  });
});

describe('factsheets and area PDFs', () => {
  test('one factsheet per practice, and one PDF per area', async () => {
    const files = await readdir(path.join(dist, 'pdf'));
    expect(files.filter((file) => !file.startsWith('area-')).sort()).toEqual(
      codes.map((code) => path.basename(factsheetFile(code))).sort(),
    );
    expect(files.filter((file) => file.startsWith('area-')).sort()).toEqual(
      areaCodes.map((code) => path.basename(areaPdfFile(code))).sort(),
    );
  });

  test('each factsheet holds its own practice, its web address and nothing of the next', async () => {
    for (const [position, practice] of published.entries()) {
      const file = path.join(dist, factsheetFile(practice.code));
      const text = (await pdfPageTexts(file)).join(' ').replace(/\s+/g, ' ');
      expect(text, practice.code).toContain(`${practice.code}: ${opening(practice.title)}`);
      expect(text).toContain(`/practicas/${practice.code.toLowerCase()}/`);
      const next = published[position + 1];
      if (next) expect(text, practice.code).not.toContain(`${next.code}: `);
      const { info } = await pdfInfo(file);
      expect(info.Title).toBe(`${practice.code}: ${practice.title}`);
      expect(info.Language).toBe(practice.lang);
      const { outline } = await inspectPdf(file);
      expect(outline.map((item) => [item.title, item.page])).toEqual([[info.Title, 1]]);
    }
  });

  test('each factsheet and area PDF is tagged: all its text in the structure tree, the ficha’s title its heading', async () => {
    const expectTagged = async (file: string) => {
      expect((await pdfInfo(file)).markInfo?.Marked, file).toBe(true);
      const pages = await pdfTaggedPages(file);
      for (const page of pages) {
        expect(page.top, file).toEqual(['Document']);
        expect(page.untagged, file).toEqual([]);
      }
      return pages.flatMap((page) => page.elements);
    };
    for (const [position, practice] of published.entries()) {
      const elements = await expectTagged(path.join(dist, factsheetFile(practice.code)));
      const [title] = elements.filter((element) => /^H\d$/.test(element.role));
      expect(title?.text, practice.code).toContain(`${practice.code}: ${opening(practice.title)}`);
      const next = published[position + 1];
      if (next)
        expect(elements.map((element) => element.text).join(' ')).not.toContain(`${next.code}: `);
    }
    for (const code of areaCodes) {
      const elements = await expectTagged(path.join(dist, areaPdfFile(code)));
      const headings = elements.filter((element) => /^H\d$/.test(element.role));
      const fichas = published.filter((practice) => practice.area === code);
      expect(fichas.length, code).toBeGreaterThan(0);
      for (const practice of fichas)
        expect(headings.map((heading) => heading.text).join(' '), code).toContain(
          `${practice.code}: ${opening(practice.title)}`,
        );
    }
  });

  test('a footnote link of a ficha leads to that ficha’s own note', () => {
    const starts = codes.map((code) => summary.destinations.get(fichaAnchor(code))!);
    const fichaAt = (page: number) => starts.filter((start) => start <= page).length;
    const footnotes = links.filter((link) => link.dest?.includes('user-content-fn-'));
    // The shipped catalogue has notes numbered 1 in several practices.
    expect(footnotes.length).toBeGreaterThan(5);
    for (const link of footnotes) {
      const page = summary.destinations.get(link.dest!)!;
      expect(fichaAt(page), `${link.dest} on page ${link.page}`).toBe(fichaAt(link.page));
    }
  });

  test('each factsheet keeps the links of its ficha in the catalogue', async () => {
    // A link to another part of the catalogue (a related practice) leads, in a factsheet,
    // to that part's web page.
    const webPageOf = new Map([
      ...codes.map((code) => [fichaAnchor(code), absoluteUrl(siteUrl, practiceUrl(code))] as const),
      ...areaCodes.map((code) => [areaAnchor(code), absoluteUrl(siteUrl, areaUrl(code))] as const),
    ]);
    const urls = (list: readonly { url?: string | undefined }[]) =>
      list.flatMap((link) => (link.url ? [link.url] : [])).sort();
    let kept = 0;
    for (const practice of published) {
      const file = path.join(dist, factsheetFile(practice.code));
      const first = summary.destinations.get(fichaAnchor(practice.code))!;
      const last = first + (await inspectPdf(file)).pageCount - 1;
      const inCatalogue = links
        .filter((link) => link.page >= first && link.page <= last)
        .map((link) => {
          const page = link.dest ? summary.destinations.get(link.dest) : undefined;
          const outside = page !== undefined && (page < first || page > last);
          return outside ? { url: webPageOf.get(link.dest!) } : link;
        });
      const inFactsheet = await pdfLinks(file);
      expect(inFactsheet, practice.code).toHaveLength(inCatalogue.length);
      expect(urls(inFactsheet), practice.code).toEqual(urls(inCatalogue));
      kept += inFactsheet.length;
    }
    // Every factsheet links at least to its web page.
    expect(kept).toBeGreaterThanOrEqual(published.length);
  });

  test('no PDF has a javascript: or file: link, nor a link to a destination it lacks', async () => {
    const files = (await readdir(path.join(dist, 'pdf'))).map((file) =>
      path.join(dist, 'pdf', file),
    );
    for (const file of [catalogue, ...files]) {
      const { destinations } = await inspectPdf(file);
      for (const link of await pdfLinks(file)) {
        if (link.url) expect(link.url, file).toMatch(/^(https?|mailto):/);
        if (link.dest) expect(destinations.has(link.dest), `${file} ${link.dest}`).toBe(true);
      }
    }
  });
});
