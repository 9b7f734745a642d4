/**
 * Each practice's factsheet (`pdf/<slug>.pdf`) and each area's PDF (`pdf/area-<slug>.pdf`),
 * cut by the page ranges of the catalogue's destinations from the PDFs Chromium printed (the
 * whole catalogue, or its chunks). The cutting runs in a worker thread (split-worker.ts)
 * while the export merges the chunks and writes the catalogue on the main thread: both are
 * seconds of MuPDF at a thousand practices, and the browser is done by then, so each gets a
 * core.
 *
 * Why cut and not print each one: printing a factsheet as its own Chromium job keeps its tags
 * but costs 0.13–0.19 s per practice here (minutes at a thousand practices, beyond the
 * build's budget); cutting with MuPDF costs a few milliseconds each. What a cut keeps: text,
 * fonts, links (those to other fichas go to their web pages), title, author, language and one
 * bookmark; what it loses: the structure tree (tags), as every page-copying tool does.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { areaPdfFile, factsheetFile } from '../../../src/lib/routes.ts';
import { BuildError } from '../build/build-error.ts';
import { printPageAddress } from './chunk-links.ts';
import { extractPages, readPdf, writePdf, type LinkTarget, type Pdf } from './pdf-file.ts';
import { areaRanges, type PartRange } from './parts.ts';

/** A PDF Chromium printed: the whole catalogue, or a chunk of it. */
export interface PrintedFile {
  readonly file: string;
  /** Pages of the catalogue before this file's first. */
  readonly offset: number;
  readonly pageCount: number;
  /** The address it was printed from. */
  readonly printUrl: string;
}

export interface SplitJob {
  readonly siteDir: string;
  readonly printed: readonly PrintedFile[];
  readonly ranges: readonly PartRange[];
  /** Page of each named destination in the whole catalogue. */
  readonly destinations: ReadonlyMap<string, number>;
  readonly author: string;
}

export interface SplitResult {
  /** Codes of the practices whose factsheet was written. */
  readonly factsheets: readonly string[];
  readonly areaPdfs: readonly string[];
}

/** Cuts the factsheets and area PDFs on this thread. */
export async function writeSplitPdfs(job: SplitJob): Promise<SplitResult> {
  const { siteDir, ranges, destinations, author } = job;
  const sources = await Promise.all(
    job.printed.map(async (printed) => ({
      ...printed,
      pdf: await readPdf(printed.file),
      // A chunk links to another chunk's element by the print page's address (chunk-links.ts).
      printPage: printPageAddress(printed.printUrl),
    })),
  );
  try {
    /** The printed file and its page index holding page `page` of the catalogue. */
    const pageAt = (page: number): { pdf: Pdf; index: number; printPage: string } => {
      const source = sources.findLast((candidate) => candidate.offset < page)!;
      return { pdf: source.pdf, index: page - source.offset - 1, printPage: source.printPage };
    };
    const urlOf = new Map(ranges.map((range) => [range.id, range.url]));
    const linkTarget =
      ({ from, to }: PartRange) =>
      (name: string): LinkTarget => {
        const page = destinations.get(name);
        if (page !== undefined && page >= from && page <= to) return { page: page - from + 1 };
        const url = urlOf.get(name);
        return url ? { url } : undefined;
      };
    const cut = async (range: PartRange, file: string) => {
      const pages = Array.from({ length: range.to - range.from + 1 }, (_, i) =>
        pageAt(range.from + i),
      );
      const data = extractPages(
        pages,
        { title: range.title, author, lang: range.lang },
        linkTarget(range),
      );
      await writePdf(path.join(siteDir, file), data);
    };
    await mkdir(path.join(siteDir, 'pdf'), { recursive: true });
    const factsheets: string[] = [];
    for (const range of ranges.filter((part) => part.kind === 'ficha')) {
      await cut(range, factsheetFile(range.code));
      factsheets.push(range.code);
    }
    const areaPdfs: string[] = [];
    for (const range of areaRanges(ranges)) {
      await cut(range, areaPdfFile(range.code));
      areaPdfs.push(range.code);
    }
    return { factsheets, areaPdfs };
  } finally {
    for (const { pdf } of sources) pdf.destroy();
  }
}

/** Cuts the factsheets and area PDFs in a worker thread (split-worker.ts). */
export function writeSplitPdfsInWorker(job: SplitJob): Promise<SplitResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./split-worker.ts', import.meta.url), { workerData: job });
    let result: SplitResult | undefined;
    worker.on('message', (message: { result?: SplitResult; error?: string }) => {
      if (message.error !== undefined) reject(new BuildError(message.error));
      else result = message.result;
    });
    worker.on('error', reject);
    worker.on('exit', (code) => {
      if (result) resolve(result);
      else reject(new BuildError(`Cutting the factsheets stopped (exit code ${code}).`));
    });
  });
}
