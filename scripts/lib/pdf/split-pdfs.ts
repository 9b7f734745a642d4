/**
 * Each practice's factsheet (`pdf/<slug>.pdf`) and each area's PDF (`pdf/area-<slug>.pdf`),
 * cut with their tags (cut-tagged.ts) by the page ranges of the catalogue's destinations
 * from the chunks Chromium printed (an area's fichas may lie in several), in two worker
 * threads while the export merges the chunks on the main thread.
 *
 * Why cut and not print each one: printing a factsheet as its own Chromium job costs
 * 0.13–0.19 s per practice here (minutes at a thousand practices, beyond the build's
 * budget); cutting costs a few milliseconds each (about 6 processor-seconds for a thousand
 * factsheets and their area PDFs). A cut keeps text, fonts, tags (the
 * structure of the pages' content), links (those to other fichas go to their web pages),
 * title, author, language and one bookmark.
 */
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { areaPdfFile, factsheetFile } from '../../../src/lib/routes.ts';
import { BuildError } from '../build/build-error.ts';
import { printPageAddress } from './chunk-links.ts';
import { cutTaggedPages, taggedSource, type CutPiece, type TaggedSource } from './cut-tagged.ts';
import { writePdf, type LinkTarget } from './pdf-file.ts';
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
  /** The areas (codes) whose PDF and fichas' factsheets this job cuts; all if absent. */
  readonly areas?: readonly string[];
}

export interface SplitResult {
  /** Codes of the practices whose factsheet was written. */
  readonly factsheets: readonly string[];
  readonly areaPdfs: readonly string[];
}

/**
 * Where a link of a cut to a named destination goes: a page of the cut, or the web page of
 * the part the destination is in.
 */
function linkTargets({
  ranges,
  destinations,
}: SplitJob): (cut: PartRange) => (name: string) => LinkTarget {
  const urlOf = new Map(ranges.map((range) => [range.id, range.url]));
  return ({ from, to }) =>
    (name) => {
      const page = destinations.get(name);
      if (page !== undefined && page >= from && page <= to) return { page: page - from + 1 };
      const url = urlOf.get(name);
      return url ? { url } : undefined;
    };
}

/** The ranges a job cuts: its areas, and the fichas within them (or, without areas, every ficha). */
function rangesOf(job: SplitJob): { fichas: PartRange[]; areas: PartRange[] } {
  const fichas = job.ranges.filter((range) => range.kind === 'ficha');
  const every = areaRanges(job.ranges);
  if (!job.areas) return { fichas, areas: every };
  const areas = every.filter((area) => job.areas!.includes(area.code));
  return {
    fichas: fichas.filter((ficha) =>
      areas.some((area) => ficha.from >= area.from && ficha.to <= area.to),
    ),
    areas,
  };
}

/** The pieces of the printed files that hold catalogue pages `from` to `to`. */
function piecesOf(sources: readonly OpenChunk[], { from, to }: PartRange): CutPiece[] {
  return sources
    .filter(({ printed }) => printed.offset < to && printed.offset + printed.pageCount >= from)
    .map(({ printed, source }) => ({
      source,
      first: Math.max(from, printed.offset + 1) - printed.offset - 1,
      last: Math.min(to, printed.offset + printed.pageCount) - printed.offset - 1,
    }));
}

interface OpenChunk {
  readonly printed: PrintedFile;
  readonly source: TaggedSource;
}

/**
 * Cuts the job's factsheets and area PDFs on this thread, from the printed files in order:
 * each file it needs is read once, and closed when no area still to cut needs it.
 */
export async function writeSplitPdfs(job: SplitJob): Promise<SplitResult> {
  await mkdir(path.join(job.siteDir, 'pdf'), { recursive: true });
  const linkTarget = linkTargets(job);
  const cut = async (sources: readonly OpenChunk[], range: PartRange, file: string) => {
    const data = cutTaggedPages(
      piecesOf(sources, range),
      { title: range.title, author: job.author, lang: range.lang },
      linkTarget(range),
    );
    await writePdf(path.join(job.siteDir, file), data);
  };
  const endOf = (printed: PrintedFile) => printed.offset + printed.pageCount;
  const endsIn = (printed: PrintedFile) => (range: PartRange) =>
    range.to > printed.offset && range.to <= endOf(printed);
  const { fichas, areas } = rangesOf(job);
  const result = { factsheets: [] as string[], areaPdfs: [] as string[] };
  let open: OpenChunk[] = [];
  try {
    for (const printed of job.printed) {
      const needed = [...fichas, ...areas].some(
        (range) => range.from <= endOf(printed) && range.to > printed.offset,
      );
      if (!needed) continue;
      open.push({
        printed,
        source: taggedSource(
          new Uint8Array(await readFile(printed.file)),
          `the chunk printed from ${printed.printUrl}`,
          // A chunk links to another chunk's element by the print page's address (chunk-links.ts).
          printPageAddress(printed.printUrl),
        ),
      });
      const current = open.slice(-1);
      for (const range of fichas.filter(endsIn(printed))) {
        if (range.from <= printed.offset)
          throw new Error(`The ficha ${range.code} runs from one printed chunk into the next.`);
        await cut(current, range, factsheetFile(range.code));
        result.factsheets.push(range.code);
      }
      for (const range of areas.filter(endsIn(printed))) {
        await cut(open, range, areaPdfFile(range.code));
        result.areaPdfs.push(range.code);
      }
      // Kept only while an area still to cut starts in it or before it.
      const firstNeeded = Math.min(
        ...areas.filter((area) => area.to > endOf(printed)).map((area) => area.from),
      );
      const closed = open.filter(({ printed: file }) => endOf(file) < firstNeeded);
      for (const { source } of closed) source.destroy();
      open = open.filter((chunk) => !closed.includes(chunk));
    }
  } finally {
    for (const { source } of open) source.destroy();
  }
  return result;
}

/**
 * Cuts the factsheets and area PDFs in two worker threads (split-worker.ts), each for the
 * areas of about half the pages: they run beside the merge, so three threads share the two
 * cores until it ends, and both cores cut after it. (At 1,000 practices, one worker went on
 * cutting for 4–5 s after the merge, with a core idle.)
 */
export async function writeSplitPdfsInWorkers(job: SplitJob): Promise<SplitResult> {
  const areas = areaRanges(job.ranges);
  const half = areas.reduce((pages, area) => pages + area.to - area.from + 1, 0) / 2;
  let pages = 0;
  const first: string[] = [];
  for (const area of areas) {
    if (pages >= half) break;
    first.push(area.code);
    pages += area.to - area.from + 1;
  }
  const second = areas.map((area) => area.code).filter((code) => !first.includes(code));
  // Fichas outside every area (none, as the print page is made) are the first job's.
  const jobs =
    second.length > 0
      ? [
          { ...job, areas: first },
          { ...job, areas: second },
        ]
      : [job];
  const results = await Promise.all(jobs.map(writeSplitPdfsInWorker));
  return {
    factsheets: results.flatMap((result) => result.factsheets),
    areaPdfs: results.flatMap((result) => result.areaPdfs),
  };
}

/** Cuts the factsheets and area PDFs in a worker thread (split-worker.ts). */
function writeSplitPdfsInWorker(job: SplitJob): Promise<SplitResult> {
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
