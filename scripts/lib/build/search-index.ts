/** Writes the Pagefind search index into the built site and checks that every practice is in it. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { pageUrl, practiceUrl } from '../../../src/lib/routes.ts';
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

/**
 * Indexes `siteDir` and returns the number of pages in the index. Only pages marked
 * `data-pagefind-body` (practices and front matter) are indexed; `addDirectory` counts every
 * page it read, so the number comes from the index Pagefind wrote.
 */
export async function writeSearchIndex(
  siteDir: string,
  language: string,
  { timeoutMs = CALL_TIMEOUT_MS } = {},
): Promise<number> {
  const outputPath = path.join(siteDir, 'pagefind');
  const callPagefind = <T>(action: string, call: () => Promise<T>) =>
    callWithin(action, call, timeoutMs);
  try {
    const { index } = assertPagefindResponse(
      await callPagefind('start', () => pagefind.createIndex({ forceLanguage: language })),
      'start',
    );
    if (!index) throw new BuildError(`Pagefind could not start. ${HINT}`);
    assertPagefindResponse(
      await callPagefind('index the site', () =>
        index.addDirectory({ path: siteDir, glob: SEARCHABLE_PAGES }),
      ),
      `index ${siteDir}`,
    );
    assertPagefindResponse(
      await callPagefind('write its files', () => index.writeFiles({ outputPath })),
      'write its files',
    );
  } finally {
    // Closing a service that already died prints its error again; it has been reported.
    await callPagefind('stop', () => pagefind.close()).catch(() => undefined);
  }
  return indexedPageCount(outputPath);
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
