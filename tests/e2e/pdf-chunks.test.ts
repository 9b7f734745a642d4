/**
 * The shipped catalogue exported in chunks (eight fichas at most each, as a catalogue of a
 * thousand is printed with 200), read back as a reader would: the same pages as the
 * catalogue printed whole, page numbers right across the chunks' seams, links inside the
 * PDF, tags from every chunk, bookmarks and one factsheet per practice.
 */
import { execFileSync } from 'node:child_process';
import { cp, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, inject, test } from 'vitest';
import { exportCataloguePdf } from '../../scripts/lib/pdf/export-catalogue.ts';
import { inspectPdf, pdfLinks, pdfPageTexts } from '../../scripts/lib/pdf/inspect-pdf.ts';
import { checkContent } from '../../src/lib/check/index.ts';
import { factsheetFile, fichaAnchor } from '../../src/lib/routes.ts';
import {
  numberedEntries,
  expectEntriesShowTheirPages,
  expectEveryPageNumbered,
} from '../helpers/pdf-entries.ts';

const { dist } = inject('shipped');
const { practices } = await checkContent('content');
const published = practices.filter((practice) => !practice.data.draft).map((p) => p.data);
const codes = published.map((practice) => practice.code);

// A copy of the shipped site, so the other test files keep reading its own PDFs.
const site = path.join(await mkdtemp(path.join(tmpdir(), 'chunked-')), 'dist');
await cp(dist, site, { recursive: true });
await rm(path.join(site, 'pdf'), { recursive: true });
afterAll(() => rm(path.dirname(site), { recursive: true, force: true }));

const exported = await exportCataloguePdf(site, 'catalogue.pdf', 'A4', codes, {
  fichasPerChunk: 8,
});
const catalogue = exported.file;
const whole = await inspectPdf(path.join(dist, 'catalogue.pdf'));
const summary = await inspectPdf(catalogue);
const texts = (await pdfPageTexts(catalogue)).map((text) => text.replace(/\s+/g, ' '));
const links = await pdfLinks(catalogue);

/** The headings of level 1 and 2 in the PDF's structure tree, as poppler lists them. */
function taggedHeadings(file: string): string[] {
  const lines = execFileSync('pdfinfo', ['-struct-text', file], {
    encoding: 'utf8',
    // Poppler warns about each structure type it does not know (Strong).
    stdio: ['ignore', 'pipe', 'ignore'],
    maxBuffer: 64 * 1024 * 1024,
  }).split('\n');
  const headings: string[] = [];
  for (const [index, line] of lines.entries()) {
    const tag = /^\s*(H[12]) \(block\)$/.exec(line)?.[1];
    if (!tag) continue;
    // The heading's text: the quoted lines below it, up to its next element.
    let text = '';
    for (const next of lines.slice(index + 1).map((inner) => inner.trim())) {
      if (next.startsWith('"')) text += next.slice(1, -1);
      else if (next !== 'NonStruct') break;
    }
    headings.push(`${tag} ${text}`);
  }
  return headings;
}

describe('the catalogue printed in chunks', () => {
  test('was printed in several chunks, with the pages of the catalogue printed whole', () => {
    expect(exported.chunks).toBeGreaterThanOrEqual(5);
    expect(summary.pageCount).toBe(whole.pageCount);
    expect(summary.destinations).toEqual(whole.destinations);
    // Each chunk printed once: its pages were measured right.
    expect(Object.keys(exported.timings)).not.toContain('second prints');
  });

  test('every page after the cover shows its own number', () => {
    expect(texts).toHaveLength(summary.pageCount);
    expectEveryPageNumbered(texts);
  });

  test('every contents and index entry shows the page of its heading, and links there', () => {
    const { contents, index } = numberedEntries(summary, links);
    const numbered = [...contents, ...index];
    expect(numbered.length).toBeGreaterThan(codes.length * 2);
    expectEntriesShowTheirPages(summary, numbered);
    for (const code of codes) {
      const page = summary.destinations.get(fichaAnchor(code))!;
      expect(texts[page - 1], code).toContain(`${code}: `);
    }
  });

  test('links between chunks stay inside the PDF', () => {
    const inside = links.filter((link) => link.dest);
    expect(inside.length).toBeGreaterThan(codes.length * 2);
    for (const link of inside) expect(summary.destinations.has(link.dest!), link.dest).toBe(true);
    expect(links.filter((link) => link.url?.includes('/print/'))).toEqual([]);
  });

  test('is tagged from its first chunk to its last', () => {
    const headings = taggedHeadings(catalogue);
    expect(headings[0]).toBe('H1 Índice');
    expect(headings.at(-1)).toBe('H1 Índice de palabras clave');
    // Each ficha's title, wherever its chunk.
    const fichas = headings.filter((heading) => heading.startsWith('H2 '));
    expect(fichas.map((heading) => heading.slice(3).split(':')[0]).sort()).toEqual(
      [...codes].sort(),
    );
  });

  test('has the bookmarks of the catalogue printed whole', () => {
    const titles = (items: typeof summary.outline): unknown[] =>
      items.map((item) => [item.title, item.page, titles(item.items)]);
    expect(titles(summary.outline)).toEqual(titles(whole.outline));
    expect(summary.outline.flatMap((item) => item.items)).toHaveLength(codes.length);
  });

  test('makes one factsheet per practice', async () => {
    expect(exported.factsheets).toBe(codes.length);
    const files = await readdir(path.join(site, 'pdf'));
    for (const code of codes) expect(files).toContain(path.basename(factsheetFile(code)));
  });

  // Cut from the chunks' own PDFs, whose links to other chunks lead to the local print page.
  test('cuts factsheets and area PDFs with the pages and links of those cut from the catalogue printed whole', async () => {
    const files = (await readdir(path.join(site, 'pdf'))).sort();
    expect(files).toEqual((await readdir(path.join(dist, 'pdf'))).sort());
    for (const file of files) {
      const [chunked, printedWhole] = [path.join(site, 'pdf', file), path.join(dist, 'pdf', file)];
      expect((await inspectPdf(chunked)).pageCount, file).toBe(
        (await inspectPdf(printedWhole)).pageCount,
      );
      expect(await pdfLinks(chunked), file).toEqual(await pdfLinks(printedWhole));
    }
  });
});
