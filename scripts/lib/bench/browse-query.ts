/**
 * Issue 7: how long a reader waits for the first results of a filtered query on the browse
 * page, and how many bytes the browser fetches for them, on a site built from `contentDir`
 * and served on localhost, in the system Chromium.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseBuildOptions } from '../build/options.ts';
import { runBuild } from '../build/run-build.ts';
import { launchBrowser } from '../pdf/browser.ts';
import { fileFor, serveDirectory } from '../serve.ts';
import type { FacetIndexFile } from '../../../src/lib/facets/model.ts';
import { browseUrl, facetIndexUrl } from '../../../src/lib/routes.ts';

export interface BrowseQueryFigures {
  readonly practices: number;
  readonly shown: number;
  /**
   * From navigation start to the first filtered list on screen (the page's `browse-results`
   * mark, set after the frame that paints it).
   */
  readonly milliseconds: number;
  /**
   * Bytes over the wire for the page and everything it and Pagefind's worker loaded until then
   * (served uncompressed).
   */
  readonly bytes: number;
  /** The same files gzipped, as a static host (GitHub Pages, Netlify, S3+CDN) sends them. */
  readonly gzipBytes: number;
  readonly url: string;
}

/**
 * A filter in two facets, then the same with a text query: the heaviest first view the page
 * has, where Pagefind must start before any result shows.
 */
const QUERIES = [
  '?area=AH,PC&kind=buena-practica',
  '?area=AH,PC&kind=buena-practica&q=alojamiento',
];
const RUNS = 5;

export async function measureBrowseQuery(
  root: string,
  contentDir: string,
): Promise<BrowseQueryFigures[]> {
  const out = await mkdtemp(path.join(tmpdir(), 'bench-browse-'));
  const dist = path.join(out, 'dist');
  try {
    await runBuild({ ...parseBuildOptions([], root), contentDir, outDir: dist, skipPdf: true });
    const server = await serveDirectory(dist);
    const browser = await launchBrowser();
    try {
      // The page lists only the practices a selection keeps: the total is the facet index's.
      const practices = (
        JSON.parse(await readFile(fileFor(dist, facetIndexUrl())!, 'utf8')) as FacetIndexFile
      ).count;
      const figures: BrowseQueryFigures[] = [];
      for (const query of QUERIES) {
        const url = `${server.url}${browseUrl()}${query}`;
        const runs: Omit<BrowseQueryFigures, 'url'>[] = [];
        for (let run = 0; run < RUNS; run++) {
          // A fresh context per run: nothing cached, as for a first visit.
          const context = await browser.createBrowserContext();
          const page = await context.newPage();
          const cdp = await page.createCDPSession();
          await cdp.send('Network.enable');
          let bytes = 0;
          const urls = new Map<string, string>();
          cdp.on('Network.requestWillBeSent', (event) => {
            urls.set(event.requestId, event.request.url);
          });
          cdp.on('Network.loadingFinished', (event) => {
            bytes += event.encodedDataLength;
          });
          // Pagefind searches in a web worker, which fetches its WebAssembly and index itself.
          page.on('workercreated', (worker) => {
            const client = worker.client;
            client.on('Network.requestWillBeSent', (event) => {
              urls.set(event.requestId, event.request.url);
            });
            client.on('Network.loadingFinished', (event) => {
              bytes += event.encodedDataLength;
            });
            void client.send('Network.enable');
          });
          await page.goto(url);
          await page.waitForSelector('.browse--ready', { timeout: 30_000 });
          // The mark is set once the frame that paints the list is done.
          await page.waitForFunction(
            () => performance.getEntriesByName('browse-results').length > 0,
          );
          const seen = await page.evaluate(() => ({
            milliseconds: performance.getEntriesByName('browse-results')[0]?.startTime ?? NaN,
            shown: [...document.querySelectorAll<HTMLLIElement>('.practice-list li')].filter(
              (li) => !li.hidden,
            ).length,
          }));
          runs.push({
            ...seen,
            practices,
            bytes,
            gzipBytes: await gzippedSize(dist, [...urls.values()]),
          });
          await context.close();
        }
        // The median run, so that one slow start-up does not speak for the page.
        const median = runs.sort((a, b) => a.milliseconds - b.milliseconds)[Math.floor(RUNS / 2)]!;
        figures.push({ ...median, url: `${browseUrl()}${query}` });
      }
      return figures;
    } finally {
      await browser.close();
      await server.close();
    }
  } finally {
    await rm(out, { recursive: true, force: true });
  }
}

/** What the files behind `urls` weigh gzipped (level 6, as common static hosts use). */
async function gzippedSize(dist: string, urls: readonly string[]): Promise<number> {
  let total = 0;
  for (const url of new Set(urls)) {
    let file = fileFor(dist, new URL(url).pathname);
    if (file === undefined) continue;
    if (file.endsWith('/')) file = path.join(file, 'index.html');
    const bytes = await readFile(file).catch(() => readFile(path.join(file, 'index.html')));
    total += gzipSync(bytes).length;
  }
  return total;
}

export function formatBrowseQuery(all: readonly BrowseQueryFigures[]): string[] {
  return all.flatMap((figures) => [
    `browse: first results of a filtered query (${figures.url})`,
    `  ${figures.shown} of ${figures.practices} practices shown after ${figures.milliseconds.toFixed(0)} ms ` +
      `(target ≤ 300 ms), ${(figures.bytes / 1024).toFixed(0)} KB fetched uncompressed, ` +
      `${(figures.gzipBytes / 1024).toFixed(0)} KB gzipped (target ≤ 400 KB)`,
  ]);
}
