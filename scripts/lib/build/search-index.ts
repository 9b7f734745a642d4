/** Writes the Pagefind search index: from pages as Astro renders them, or from a built site. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import * as pagefind from 'pagefind';
import type { PagefindIndex } from 'pagefind';
import { pageUrl, practiceUrl } from '../../../src/lib/routes.ts';
import { setSearchFeed, type SearchFeed } from '../../../src/lib/search-feed.ts';
import { BuildError, firstLine } from './build-error.ts';

const HINT =
  'Pagefind runs a program installed with the project; `npm ci` reinstalls it ' +
  '(PAGEFIND_BINARY_PATH, if set, must name a working pagefind).';

/** Pagefind reports failures as values; turn them into one clear error. */
function assertPagefindResponse<T extends { errors: string[] }>(response: T, action: string): T {
  if (response.errors.length > 0) {
    throw new BuildError(`Pagefind could not ${action}: ${response.errors.join('; ')}`);
  }
  return response;
}

/**
 * Pagefind's Node API talks to a pagefind program. When that program cannot start or dies,
 * the API prints "Service stopped …" with a stack trace and may leave its promise pending
 * (the process then exits as if nothing happened). While a call runs, the library's printing
 * is caught, a dead service fails the call at once with what it said, and a timer keeps the
 * process alive until the call is answered.
 */
async function callWithin<T>(
  action: string,
  call: () => Promise<T>,
  timeoutMs: number,
): Promise<T> {
  const printed: string[] = [];
  const consoleError = console.error;
  let timer: NodeJS.Timeout | undefined;
  try {
    return await new Promise<T>((resolve, reject) => {
      // A program that dies quietly never answers; the timer also keeps the process alive.
      timer = setTimeout(() => {
        reject(
          new Error(
            `no answer within ${timeoutMs / 1000} s (the pagefind program may have stopped)`,
          ),
        );
      }, timeoutMs);
      console.error = (...args: unknown[]) => {
        const [first, error] = args;
        printed.push(args.map((arg) => firstLine(arg)).join(' '));
        if (first === 'Service stopped')
          reject(error instanceof Error ? error : new Error(String(error)));
      };
      call().then(resolve, reject);
    });
  } catch (error) {
    if (error instanceof BuildError) throw error;
    throw new BuildError(`Pagefind could not ${action}: ${firstLine(error)}. ${HINT}`, {
      cause: printed.length > 0 ? new Error(printed.join('\n'), { cause: error }) : error,
    });
  } finally {
    console.error = consoleError;
    clearTimeout(timer);
  }
}

/** How long one Pagefind call may take: the shipped catalogue needs a fraction of a second. */
const CALL_TIMEOUT_MS = 120_000;

/**
 * The pages that can hold searchable content: practice pages and the top-level pages (the
 * front matter among them), from the routes. Pagefind indexes only pages marked
 * `data-pagefind-body`, but it reads and parses every file it is given: at 1,000 practices the
 * other pages (English interface, taxonomies, areas) are more than half the site.
 */
const SEARCHABLE_PAGES = `{${practiceUrl('*').slice(1)},${pageUrl('*').slice(1)}}index.html`;

/** A Pagefind index being made: pages go in as they come; `write` ends it. */
export interface SearchIndexing {
  /** Adds a rendered page (a SearchFeed: search-feed.ts); its outcome is awaited by `write`. */
  readonly add: SearchFeed;
  /** Adds the searchable pages of a site already built in `siteDir`. */
  addSite(siteDir: string): void;
  /**
   * Waits for the pages added so far, writes the index into `siteDir`, stops Pagefind and
   * returns the number of pages in the index, read from what Pagefind wrote. Fails with one
   * message if Pagefind could not start or index a page.
   */
  write(siteDir: string): Promise<number>;
  /** Stops Pagefind without writing (after a failure); does nothing once written. */
  stop(): Promise<void>;
}

/**
 * Starts Pagefind. Pages can be added at once, while the website is still being built. A
 * Pagefind that cannot start is reported by `write`, as the search step's failure.
 */
export async function startSearchIndexing(
  language: string,
  { timeoutMs = CALL_TIMEOUT_MS } = {},
): Promise<SearchIndexing> {
  const callPagefind = <T>(action: string, call: () => Promise<T>) =>
    callWithin(action, call, timeoutMs);
  let index: PagefindIndex | undefined;
  let startFailure: BuildError | undefined;
  try {
    const started = assertPagefindResponse(
      await callPagefind('start', () => pagefind.createIndex({ forceLanguage: language })),
      'start',
    );
    if (!started.index) throw new BuildError(`Pagefind could not start. ${HINT}`);
    index = started.index;
  } catch (error) {
    // callWithin and assertPagefindResponse fail with a BuildError that says what to do.
    startFailure = error instanceof BuildError ? error : new BuildError(firstLine(error));
  }
  // Each page's errors, gathered as they come: a rejection waits for `write`, not the process.
  const added: Promise<string[]>[] = [];
  const gather = (result: Promise<{ errors: string[] }>) => {
    added.push(
      result.then(
        ({ errors }) => errors,
        (error: unknown) => [firstLine(error)],
      ),
    );
  };
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    // Closing a service that already died prints its error again; it has been reported.
    await callPagefind('stop', () => pagefind.close()).catch(() => undefined);
  };
  return {
    add: (url, content) => {
      if (index) gather(index.addHTMLFile({ url, content }));
    },
    addSite: (siteDir) => {
      if (index) gather(index.addDirectory({ path: siteDir, glob: SEARCHABLE_PAGES }));
    },
    async write(siteDir) {
      const outputPath = path.join(siteDir, 'pagefind');
      try {
        const ready = index;
        if (!ready) throw startFailure ?? new BuildError(`Pagefind could not start. ${HINT}`);
        const errors = (await callPagefind('index the site', () => Promise.all(added))).flat();
        if (errors.length > 0)
          throw new BuildError(`Pagefind could not index ${siteDir}: ${errors.join('; ')}`);
        assertPagefindResponse(
          await callPagefind('write its files', () => ready.writeFiles({ outputPath })),
          'write its files',
        );
      } finally {
        await stop();
      }
      return indexedPageCount(outputPath);
    },
    stop,
  };
}

/** Runs `build` (Astro's) with each page it renders handed to `indexing` (search-feed.ts). */
export async function feedingSearch<T>(
  indexing: SearchIndexing,
  build: () => Promise<T>,
): Promise<T> {
  setSearchFeed(indexing.add);
  try {
    return await build();
  } finally {
    setSearchFeed(undefined);
  }
}

/** Indexes the site built in `siteDir` and returns the number of pages in the index. */
export async function writeSearchIndex(
  siteDir: string,
  language: string,
  options: { timeoutMs?: number } = {},
): Promise<number> {
  const indexing = await startSearchIndexing(language, options);
  indexing.addSite(siteDir);
  return indexing.write(siteDir);
}

/** Pages in a written Pagefind index, from its entry file. */
export async function indexedPageCount(pagefindDir: string): Promise<number> {
  const entry = JSON.parse(
    await readFile(path.join(pagefindDir, 'pagefind-entry.json'), 'utf8'),
  ) as {
    languages: Record<string, { page_count: number }>;
  };
  return Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
}
