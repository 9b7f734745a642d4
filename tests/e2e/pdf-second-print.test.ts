/**
 * When the measured pages are wrong, the print catches it and prints again. Here a ficha of
 * the shipped print page gets a forced page break, which the measure cannot see (columns
 * ignore page breaks, measure-pages.ts): that ficha takes a page more than measured, and
 * every number after it moves. Exported whole and in chunks, the catalogue must still show
 * the right numbers, after a second print.
 */
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, inject, test } from 'vitest';
import { exportCataloguePdf } from '../../scripts/lib/pdf/export-catalogue.ts';
import { inspectPdf, pdfLinks, pdfPageTexts } from '../../scripts/lib/pdf/inspect-pdf.ts';
import { fichaAnchor } from '../../src/lib/routes.ts';
import {
  numberedEntries,
  expectEntriesShowTheirPages,
  expectEveryPageNumbered,
} from '../helpers/pdf-entries.ts';

const { dist } = inject('shipped');
const work = await mkdtemp(path.join(tmpdir(), 'second-print-'));
afterAll(() => rm(work, { recursive: true, force: true }));

/** A copy of the shipped site whose print page breaks the page inside ficha `code`. */
async function siteWithHiddenBreak(name: string, code: string): Promise<string> {
  const site = path.join(work, name);
  await cp(dist, site, { recursive: true });
  await rm(path.join(site, 'pdf'), { recursive: true });
  const file = path.join(site, 'print', 'index.html');
  const html = await readFile(file, 'utf8');
  const ficha = html.indexOf(`id="${fichaAnchor(code)}"`);
  const header = html.indexOf('</header>', ficha) + '</header>'.length;
  expect(ficha).toBeGreaterThan(0);
  await writeFile(
    file,
    `${html.slice(0, header)}<div style="break-before: page"></div>${html.slice(header)}`,
  );
  return site;
}

const codes = (await readdir(path.join(dist, 'practicas'))).map((slug) => slug.toUpperCase());
const shipped = await inspectPdf(path.join(dist, 'catalogue.pdf'));

/** The shipped catalogue with the hidden break, exported as `how` says, read back. */
async function exportWithHiddenBreak(how: string, fichasPerChunk: number) {
  const site = await siteWithHiddenBreak(how.replace(/ /g, '-'), 'BP1_PC');
  const exported = await exportCataloguePdf(site, 'catalogue.pdf', 'A4', codes, {
    fichasPerChunk,
  });
  return {
    how,
    exported,
    summary: await inspectPdf(exported.file),
    texts: (await pdfPageTexts(exported.file)).map((text) => text.replace(/\s+/g, ' ')),
    links: await pdfLinks(exported.file),
  };
}

const cases = [
  await exportWithHiddenBreak('printed whole', 200),
  await exportWithHiddenBreak('printed in chunks', 8),
];

describe.each(cases)(
  'a ficha longer than measured, $how',
  ({ exported, summary, texts, links }) => {
    test('is printed a second time, one page longer', () => {
      expect(Object.keys(exported.timings).some((step) => step.startsWith('second print'))).toBe(
        true,
      );
      expect(summary.pageCount).toBe(shipped.pageCount + 1);
    });

    test('every page shows its own number, and every contents and index entry its heading’s page', () => {
      expect(texts).toHaveLength(summary.pageCount);
      expectEveryPageNumbered(texts);
      const moved = codes.filter(
        (code) =>
          summary.destinations.get(fichaAnchor(code)) !==
          shipped.destinations.get(fichaAnchor(code)),
      );
      expect(moved.length).toBeGreaterThan(5);
      const { contents, index } = numberedEntries(summary, links);
      const numbered = [...contents, ...index];
      expect(numbered.length).toBeGreaterThan(codes.length * 2);
      expectEntriesShowTheirPages(summary, numbered);
    });
  },
);
