/**
 * Prints the whole catalogue from the built site's /print/ page, with page numbers in its
 * contents, area tables and index (page-numbers.ts), its document information, and cuts
 * each practice's factsheet and each area's PDF from the printed files. Checks that
 * practices in = fichas out = factsheets out.
 *
 * The print page prints in chunks (chunks.ts; a small catalogue is one), two at a time in
 * tabs of one browser, which keeps both cores busy and each print small: each chunk,
 * measured once loaded (measure-pages.ts), gives its page count, so the first page number
 * of the chunks after it; then each chunk prints tagged with the numbers written in, and
 * the chunks are merged into one tagged PDF (merge-tagged.ts).
 */
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { BuildError } from '../build/build-error.ts';
import { removedOnExit } from '../build/interrupt.ts';
import { serveDirectory } from '../serve.ts';
import { bookmarkedHeadings, outlineOf } from './bookmarks.ts';
import {
  chunkHtml,
  cutPrintPage,
  FICHAS_PER_CHUNK,
  planChunks,
  type Chunk,
  type CutPrintPage,
} from './chunks.ts';
import { fitFichas } from './fit-fichas.ts';
import { mergeTaggedPdfFile } from './merge-tagged.ts';
import { movedTargets, pageNumbersOf, writePageNumbers, type PageMap } from './page-numbers.ts';
import { partRanges } from './parts.ts';
import {
  destinationsOf,
  linkAcrossChunks,
  pageContents,
  planPages,
  type PageContents,
} from './print-chunk.ts';
import type { PageLayout } from './measure-pages.ts';
import { writePdf } from './pdf-file.ts';
import { printToFile, withPrintBrowser, type PaperSize, type PrintSession } from './print-pdf.ts';
import { writeSplitPdfsInWorkers, type PrintedFile } from './split-pdfs.ts';

export interface CatalogueExport {
  readonly file: string;
  readonly summary: { readonly pageCount: number };
  /** Addresses outside the site that the print page named and the PDF went without. */
  readonly blocked: readonly string[];
  readonly factsheets: number;
  readonly areaPdfs: number;
  /** How many documents the catalogue was printed in. */
  readonly chunks: number;
  /** Seconds per step (load, measure, final, split…), for the bench. */
  readonly timings: Readonly<Record<string, number>>;
}

export interface ExportOptions {
  /** Fichas a chunk holds at most (FICHAS_PER_CHUNK); the tests make it small. */
  readonly fichasPerChunk?: number;
}

/** Prints, and tabs open, at once: one for each of the machine's two cores. */
const PRINTS_AT_ONCE = 2;

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

/**
 * Runs tasks `limit` at a time. Each turn asks `next` for a task; `next` may instead say to
 * wait until a running task ends, or that no task is left. After a failure no task starts.
 */
async function inTurns(limit: number, next: () => Promise<void> | 'wait' | 'done'): Promise<void> {
  let failed = false;
  let wake = () => {};
  let ended = new Promise<void>((resolve) => (wake = resolve));
  const turn = async () => {
    while (!failed) {
      const task = next();
      if (task === 'done') return;
      if (task === 'wait') {
        await ended;
        continue;
      }
      try {
        await task;
      } catch (error) {
        failed = true;
        throw error;
      } finally {
        const woken = wake;
        ended = new Promise((resolve) => (wake = resolve));
        woken();
      }
    }
  };
  await Promise.all(Array.from({ length: limit }, turn));
}

/** The printed catalogue, in one file or in chunks, before its bookmarks and information. */
interface Printed {
  readonly contents: PageContents;
  readonly files: readonly PrintedFile[];
  /** Page of each named destination in the whole catalogue. */
  readonly destinations: PageMap;
}

function assertSettled(moved: readonly string[], print: number): void {
  if (moved.length === 0) return;
  if (print === 2) {
    throw new BuildError(
      `The page numbers of the contents keep moving (${moved.slice(0, 5).join(', ')}): ` +
        'something in the print page changes size with its numbers. Keep every number in a .page-ref box.',
    );
  }
  console.log(
    `  ${moved.length} page numbers moved in the print (${moved.slice(0, 3).join(', ')}…); printing once more.`,
  );
}

/** Each chunk's first page number: the pages of the chunks before it. */
const offsetsOf = (pageCounts: readonly number[]): number[] =>
  pageCounts.map((_, index) => pageCounts.slice(0, index).reduce((sum, count) => sum + count, 0));

/** Destinations of the whole catalogue from each chunk's, counted from its own first page. */
function inWhole(pages: readonly PageMap[], offsets: readonly number[]): Map<string, number> {
  const whole = new Map<string, number>();
  for (const [index, chunk] of pages.entries()) {
    for (const [name, page] of chunk) whole.set(name, page + offsets[index]!);
  }
  return whole;
}

/** One chunk's final print, and where its destinations are, counted from its first page. */
interface ChunkPrint extends PrintedFile {
  readonly pages: PageMap;
}

/** Numbers a loaded chunk's pages from `offset` + 1, writes the numbers in and prints it tagged. */
async function printFinal(
  page: Page,
  offset: number,
  numbers: PageMap,
  file: string,
  paperSize: PaperSize,
): Promise<ChunkPrint> {
  await page.addStyleTag({ content: `html { counter-reset: page ${offset}; }` });
  await writePageNumbers(page, numbers);
  await printToFile(page, file, { paperSize, tagged: true });
  const { destinations, pageCount } = await destinationsOf(file);
  return { file, printUrl: page.url(), offset, pages: destinations, pageCount };
}

/** A measured chunk: what it holds and where, and its tab, kept open for its final print. */
interface ChunkPlan {
  readonly page: Page;
  readonly contents: PageContents;
  readonly layout: PageLayout;
}

/**
 * The catalogue in chunks, two at a time: each chunk loaded and measured in order (its page
 * count, so the first page number of the chunks after it), and each chunk's final print,
 * tagged with the numbers written in, as soon as the measures have given every number it
 * shows (the contents and the index: once all are measured). Then it reprints (once) the
 * chunks whose numbers or first page moved, and merges them. A chunk's tab stays open from
 * its measure to its print: loading it again would cost more than the memory it holds, and
 * printing each chunk as soon as it can keeps few tabs open at once.
 */
async function printChunks(
  session: PrintSession,
  origin: string,
  cut: CutPrintPage,
  chunks: readonly Chunk[],
  documents: Map<string, string>,
  work: string,
  paperSize: PaperSize,
  lap: (step: string) => void,
): Promise<Printed> {
  const indexes = chunks.map((_, index) => index);
  const html = chunks.map((chunk) => chunkHtml(cut, chunk));
  /**
   * Loads chunk `index`, served only while it loads, readied for the merge: its links, and
   * its bookmarked headings, which get their named destinations on every load.
   */
  const openChunk = async (index: number) => {
    const address = `/print/?chunk=${index}`;
    documents.set(address, html[index]!);
    try {
      const page = await session.open(origin + address);
      await linkAcrossChunks(page, `${origin}/print/`);
      return { page, headings: await bookmarkedHeadings(page) };
    } finally {
      documents.delete(address);
    }
  };
  const planChunk = async (index: number): Promise<ChunkPlan> => {
    const { page, headings } = await openChunk(index);
    const contents = await pageContents(page, headings);
    return { page, contents, layout: await planPages(page, paperSize) };
  };
  const file = (index: number) => path.join(work, `chunk-${index}.pdf`);
  const plans: ChunkPlan[] = [];
  const finals: ChunkPrint[] = [];
  /** Chunks 0 to `planned` − 1 are measured; the next to measure; the chunks claimed for a final print. */
  let planned = 0;
  let nextPlan = 0;
  const claimed = new Set<number>();
  /** Where each link target of the measured chunks is, by chunk. */
  const chunkOf = new Map<string, number>();
  /** Whether the page of `target` in the whole catalogue is known: the chunks up to its own are measured. */
  const known = (target: string) => {
    const index = chunkOf.get(target);
    return index !== undefined && index < planned;
  };
  const printable = (index: number) =>
    index < planned &&
    !claimed.has(index) &&
    (planned === chunks.length || plans[index]!.contents.targets.every(known));
  const printChunk = async (index: number) => {
    const { page, contents } = plans[index]!;
    const done = plans.slice(0, planned);
    const offsets = offsetsOf(done.map(({ layout }) => layout.pageCount));
    const whole = inWhole(
      done.map(({ layout }) => layout.pages),
      offsets,
    );
    try {
      const numbers = pageNumbersOf(contents.targets, whole);
      finals[index] = await printFinal(page, offsets[index]!, numbers, file(index), paperSize);
    } finally {
      await page.close();
    }
  };
  await inTurns(PRINTS_AT_ONCE, () => {
    // The longest first: the short contents chunk, printable only at the end, then fills
    // in beside the last long one.
    const ready = indexes
      .filter(printable)
      .sort((a, b) => plans[b]!.layout.pageCount - plans[a]!.layout.pageCount)[0];
    if (ready !== undefined) {
      claimed.add(ready);
      return printChunk(ready);
    }
    if (nextPlan < chunks.length) {
      const index = nextPlan++;
      return planChunk(index).then((plan) => {
        plans[index] = plan;
        for (const name of plan.layout.pages.keys()) chunkOf.set(name, index);
        while (plans[planned]) planned += 1;
      });
    }
    return claimed.size === chunks.length ? 'done' : 'wait';
  });
  lap('measures and final prints');
  const targets = plans.flatMap(({ contents }) => contents.targets);
  let written = pageNumbersOf(
    targets,
    inWhole(
      plans.map(({ layout }) => layout.pages),
      offsetsOf(plans.map(({ layout }) => layout.pageCount)),
    ),
  );
  for (let print = 1; ; print++) {
    const settled = offsetsOf(finals.map((chunk) => chunk.pageCount));
    const destinations = inWhole(
      finals.map((chunk) => chunk.pages),
      settled,
    );
    // A chunk printed from another first page than the chunks before it now end on.
    const shifted = indexes.filter((index) => finals[index]!.offset !== settled[index]);
    const moved = movedTargets(written, destinations);
    if (moved.length === 0 && shifted.length === 0) {
      const contents = wholeContents(plans.map((plan) => plan.contents));
      return { contents, files: finals, destinations };
    }
    assertSettled(
      [...moved, ...shifted.map((index) => `the first page of chunk ${index + 1}`)],
      print,
    );
    const numbers = pageNumbersOf(targets, destinations);
    const again = indexes.filter(
      (index) =>
        shifted.includes(index) ||
        plans[index]!.contents.targets.some(
          (target) => numbers.get(target) !== written.get(target),
        ),
    );
    written = numbers;
    const reprint = async (index: number) => {
      const { page } = await openChunk(index);
      try {
        await fitFichas(page, paperSize);
        finals[index] = await printFinal(page, settled[index]!, numbers, file(index), paperSize);
      } finally {
        await page.close();
      }
    };
    await inTurns(PRINTS_AT_ONCE, () => (again.length > 0 ? reprint(again.shift()!) : 'done'));
    lap('second prints');
  }
}

/**
 * Writes the catalogue: the printed files as one tagged PDF (merge-tagged.ts; a single file
 * goes through it too), with its bookmarks and document information.
 */
async function writeCatalogue(
  files: readonly PrintedFile[],
  contents: PageContents,
  destinations: PageMap,
  output: string,
): Promise<void> {
  const parts = await Promise.all(
    files.map(async ({ file, printUrl }) => ({
      data: new Uint8Array(await readFile(file)),
      printUrl,
    })),
  );
  const outline = outlineOf(contents.headings, destinations);
  await writePdf(output, mergeTaggedPdfFile(parts, { outline, info: contents.info }));
}

/** What the chunks hold, as one page would describe it. */
function wholeContents(chunks: readonly PageContents[]): PageContents {
  return {
    parts: chunks.flatMap((chunk) => chunk.parts),
    info: chunks[0]!.info,
    headings: chunks.flatMap((chunk) => chunk.headings),
    targets: chunks.flatMap((chunk) => chunk.targets),
  };
}

export async function exportCataloguePdf(
  siteDir: string,
  fileName: string,
  paperSize: PaperSize,
  codes: readonly string[],
  { fichasPerChunk = FICHAS_PER_CHUNK }: ExportOptions = {},
): Promise<CatalogueExport> {
  const work = await mkdtemp(path.join(tmpdir(), 'catalogue-pdf-'));
  // The chunks' PDFs (tens of MB) go here: a stopped build must not leave them behind.
  const removeWork = removedOnExit(work);
  const { timings, lap } = stopwatch();
  try {
    const cut = cutPrintPage(await readFile(path.join(siteDir, 'print', 'index.html'), 'utf8'));
    const chunks = planChunks(
      cut.blocks.map((block) => block.kind),
      fichasPerChunk,
    );
    const documents = new Map<string, string>();
    const server = await serveDirectory(siteDir, documents);
    let printed;
    try {
      // A catalogue of no more fichas than a chunk holds is one chunk: the whole print page.
      printed = await withPrintBrowser(server.url, paperSize, (session) =>
        printChunks(session, server.url, cut, chunks, documents, work, paperSize, lap),
      );
    } finally {
      await server.close();
    }
    const { contents, files, destinations } = printed.result;
    const pageCount = files.reduce((sum, printedFile) => sum + printedFile.pageCount, 0);
    const { ranges, missing } = partRanges(contents.parts, (id) => destinations.get(id), pageCount);
    const fichas = ranges.filter((range) => range.kind === 'ficha').map((range) => range.code);
    assertAllThere('fichas in the PDF', codes, fichas, missing);
    lap('close browser');

    // The factsheets are cut in worker threads while this one writes the catalogue.
    const splitting = writeSplitPdfsInWorkers({
      siteDir,
      printed: files,
      ranges,
      destinations,
      author: contents.info.author,
    });
    const output = path.join(siteDir, fileName);
    const [catalogue, factsheets] = await Promise.allSettled([
      writeCatalogue(files, contents, destinations, output).then(() => {
        lap('merge, bookmarks and information');
      }),
      splitting,
    ]);
    if (catalogue.status === 'rejected') throw catalogue.reason;
    if (factsheets.status === 'rejected') throw factsheets.reason;
    const split = factsheets.value;
    assertAllThere('factsheets', codes, split.factsheets, []);
    lap('factsheets and area PDFs, after the catalogue');
    return {
      file: output,
      summary: { pageCount },
      blocked: printed.blocked,
      factsheets: split.factsheets.length,
      areaPdfs: split.areaPdfs.length,
      chunks: chunks.length,
      timings,
    };
  } finally {
    await removeWork();
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
