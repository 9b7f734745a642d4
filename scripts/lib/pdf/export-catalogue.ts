/**
 * Prints the whole catalogue from the built site's /print/ page, with page numbers in its
 * contents, area tables and index (two prints, see page-numbers.ts), its document
 * information, and then cuts each practice's factsheet and each area's PDF from it. Checks
 * that practices in = fichas out = factsheets out.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { PART_ATTRIBUTE, type PrintPart } from '../../../src/components/print/part.ts';
import { BuildError } from '../build/build-error.ts';
import { serveDirectory } from '../serve.ts';
import { bookmarkedHeadings, writeBookmarks } from './bookmarks.ts';
import {
  movedTargets,
  pageNumbersOf,
  pageRefTargets,
  writePageNumbers,
  type PageMap,
} from './page-numbers.ts';
import { leaveOut, onePageFichas, pagesWithout, widerThanPage } from './draft.ts';
import { fitFichas } from './fit-fichas.ts';
import { partRanges } from './parts.ts';
import {
  namedDestinations,
  openPdf,
  setDocumentInfo,
  writePdf,
  type DocumentInfo,
  type Pdf,
} from './pdf-file.ts';
import { printToFile, withPrintPage, type PaperSize } from './print-pdf.ts';
import { writeSplitPdfs } from './split-pdfs.ts';

export interface CatalogueExport {
  readonly file: string;
  readonly summary: { readonly pageCount: number };
  /** Addresses outside the site that the print page named and the PDF went without. */
  readonly blocked: readonly string[];
  readonly factsheets: number;
  readonly areaPdfs: number;
  /** Seconds per step (load, fit, draft, final, split), for the bench. */
  readonly timings: Readonly<Record<string, number>>;
}

/** Records the seconds since the previous lap under each step's name. */
function stopwatch() {
  const timings: Record<string, number> = {};
  let last = performance.now();
  return {
    timings,
    lap: (step: string) => {
      const now = performance.now();
      timings[step] = (now - last) / 1000;
      last = now;
    },
  };
}

/** The print page's parts and document information, as it describes them. */
function readPage(page: Page): Promise<{ parts: PrintPart[]; info: DocumentInfo }> {
  // No named functions inside: a TypeScript loader that keeps names (tsx, esbuild) would wrap
  // them in a helper the browser does not have.
  return page.evaluate((attribute) => {
    const meta = Object.fromEntries(
      [...document.querySelectorAll('meta[name]')].map((element) => [
        element.getAttribute('name'),
        element.getAttribute('content') ?? undefined,
      ]),
    ) as Record<string, string | undefined>;
    return {
      parts: [...document.querySelectorAll(`[${attribute}]`)].map(
        (element) => JSON.parse(element.getAttribute(attribute) ?? '{}') as PrintPart,
      ),
      info: {
        title: document.title,
        author: meta.author ?? '',
        subject: meta.description,
        keywords: meta.keywords,
        lang: document.documentElement.lang,
      },
    };
  }, PART_ATTRIBUTE);
}

const readPdf = async (file: string) => openPdf(new Uint8Array(await readFile(file)));

/** Destinations of a PDF file, read through `read`, its MuPDF document freed afterwards. */
async function destinationsOf(
  file: string,
  read: (pdf: Pdf, destinations: Map<string, number>) => Map<string, number>,
): Promise<Map<string, number>> {
  const pdf = await readPdf(file);
  try {
    return read(pdf, namedDestinations(pdf));
  } finally {
    pdf.destroy();
  }
}

/**
 * Tightens the fichas that would leave a near-empty page, prints, writes the page numbers
 * from the destinations and prints again until they stay put: twice as a rule, three times
 * at most. The first print needs no tags, only destinations, and is cheaper without them.
 */
async function printWithPageNumbers(
  page: Page,
  partIds: readonly string[],
  work: string,
  paperSize: PaperSize,
  lap: (step: string) => void,
): Promise<{ pdf: Pdf; destinations: PageMap }> {
  await fitFichas(page, paperSize);
  const wide = await widerThanPage(page, paperSize);
  if (wide.length > 0) {
    console.log(
      `  Wider than the page, so every page is printed a little smaller: ${wide.slice(0, 5).join(', ')}. ` +
        'Make what overflows wrap (src/styles/print.css).',
    );
  }
  const onePage = await onePageFichas(page, paperSize);
  lap('fit');
  const targets = await pageRefTargets(page);
  const draft = path.join(work, 'draft.pdf');
  // No page number depends on the length of the part that comes last (the keyword index).
  const left = new Set([...onePage, ...partIds.slice(-1)]);
  const restore = await leaveOut(page, [...left]);
  await printToFile(page, draft, { paperSize, tagged: false });
  await restore();
  let numbers = pageNumbersOf(
    targets,
    await destinationsOf(draft, (pdf, destinations) =>
      pagesWithout(partIds, left, destinations, pdf.countPages()),
    ),
  );
  lap('draft print');
  const file = path.join(work, 'catalogue.pdf');
  for (let print = 2; ; print++) {
    await writePageNumbers(page, numbers);
    await printToFile(page, file, { paperSize, tagged: true });
    lap(print === 2 ? 'final print' : 'third print');
    const pdf = await readPdf(file);
    const destinations = namedDestinations(pdf);
    const moved = movedTargets(numbers, destinations);
    if (moved.length === 0) return { pdf, destinations };
    pdf.destroy();
    if (print === 3) {
      throw new BuildError(
        `The page numbers of the contents keep moving (${moved.slice(0, 5).join(', ')}): ` +
          'something in the print page changes size with its numbers. Keep every number in a .page-ref box.',
      );
    }
    console.log(
      `  ${moved.length} page numbers moved in the final print (${moved.slice(0, 3).join(', ')}…); printing once more.`,
    );
    numbers = pageNumbersOf(targets, destinations);
  }
}

export async function exportCataloguePdf(
  siteDir: string,
  fileName: string,
  paperSize: PaperSize,
  codes: readonly string[],
): Promise<CatalogueExport> {
  const work = await mkdtemp(path.join(tmpdir(), 'catalogue-pdf-'));
  const { timings, lap } = stopwatch();
  try {
    const server = await serveDirectory(siteDir);
    let printed;
    try {
      printed = await withPrintPage(`${server.url}/print/`, paperSize, async (page) => {
        lap('load');
        const described = await readPage(page);
        const partIds = described.parts.map((part) => part.id);
        return {
          ...described,
          headings: await bookmarkedHeadings(page),
          ...(await printWithPageNumbers(page, partIds, work, paperSize, lap)),
        };
      });
    } finally {
      await server.close();
    }
    const { parts, info, headings, pdf, destinations } = printed.result;
    try {
      const pageCount = pdf.countPages();
      const { ranges, missing } = partRanges(parts, (id) => destinations.get(id), pageCount);
      const fichas = ranges.filter((range) => range.kind === 'ficha').map((range) => range.code);
      assertAllThere('fichas in the PDF', codes, fichas, missing);

      lap('close browser');
      const split = await writeSplitPdfs(siteDir, pdf, ranges, destinations, info.author);
      assertAllThere('factsheets', codes, split.factsheets, []);
      lap('factsheets and area PDFs');
      // Chromium writes the title and language; MuPDF adds author, subject and keywords and
      // the bookmarks as an incremental update, which leaves the tags as Chromium wrote them.
      setDocumentInfo(pdf, info);
      writeBookmarks(pdf, headings, destinations);
      const output = path.join(siteDir, fileName);
      await writePdf(output, pdf.saveToBuffer('incremental').asUint8Array());
      lap('metadata');
      return {
        file: output,
        summary: { pageCount },
        blocked: printed.blocked,
        factsheets: split.factsheets.length,
        areaPdfs: split.areaPdfs.length,
        timings,
      };
    } finally {
      pdf.destroy();
    }
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/** Practices in = `what` out, or a BuildError naming the practices missing or extra. */
function assertAllThere(
  what: string,
  codes: readonly string[],
  found: readonly string[],
  missingDestinations: readonly string[],
): void {
  const missing = codes.filter((code) => !found.includes(code));
  const extra = found.filter((code) => !codes.includes(code));
  if (missing.length === 0 && extra.length === 0 && found.length === codes.length) return;
  throw new BuildError(
    `The PDF export made ${found.length} ${what} for ${codes.length} practices` +
      (missing.length > 0 ? `; missing: ${missing.join(', ')}` : '') +
      (extra.length > 0 ? `; not published: ${extra.join(', ')}` : '') +
      (missingDestinations.length > 0
        ? `; no page found for ${missingDestinations.join(', ')}`
        : '') +
      '.',
  );
}
