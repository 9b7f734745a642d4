/**
 * Issue 7: how long a reader waits for the first results of a filtered query on the browse
 * page, and how many bytes the browser fetches for them, on a site built from `contentDir`
 * and served on localhost, in the system Chromium.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseBuildOptions } from '../build/options.ts';
import { runBuild } from '../build/run-build.ts';
import type { Browser } from 'puppeteer-core';
import { launchBrowser } from '../pdf/browser.ts';
import { fileFor, serveDirectory } from '../serve.ts';
import type { FacetIndexFile } from '../../../src/lib/facets/model.ts';
import { browseUrl, facetIndexUrl, pagefindUrl, withBase } from '../../../src/lib/routes.ts';
import { PRACTICE_SEARCH, pagefindOptions } from '../../../src/scripts/pagefind.ts';

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
  /** Whether this is the floor page (Pagefind alone), not the browse page. */
  readonly floor: boolean;
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
    const floorQuery = new URLSearchParams(QUERIES.at(-1)).get('q')!;
    await writeFile(path.join(dist, FLOOR_PAGE), await pagefindFloorPage(dist, floorQuery));
    const server = await serveDirectory(dist);
    const browser = await launchBrowser();
    try {
      // The page lists only the practices a selection keeps: the total is the facet index's.
      const practices = (
        JSON.parse(await readFile(fileFor(dist, facetIndexUrl())!, 'utf8')) as FacetIndexFile
      ).count;
      const figures: BrowseQueryFigures[] = [];
      for (const query of [...QUERIES.map((q) => `${browseUrl()}${q}`), `/${FLOOR_PAGE}`]) {
        const runs: Omit<BrowseQueryFigures, 'url' | 'floor'>[] = [];
        for (let run = 0; run < RUNS; run++) {
          const { urls, ...seen } = await timeColdVisit(browser, `${server.url}${query}`);
          runs.push({ ...seen, practices, gzipBytes: await gzippedSize(dist, urls) });
        }
        // The median run, so that one slow start-up does not speak for the page.
        const median = runs.sort((a, b) => a.milliseconds - b.milliseconds)[Math.floor(RUNS / 2)]!;
        figures.push({ ...median, url: query, floor: query.endsWith(FLOOR_PAGE) });
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

/**
 * One first visit to `url` in a fresh browser context (nothing cached): the time to the page's
 * `browse-results` mark, the practices then listed, and every byte fetched until then.
 */
async function timeColdVisit(browser: Browser, url: string) {
  const context = await browser.createBrowserContext();
  try {
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
    // Should Pagefind search in a web worker, the worker fetches its WebAssembly and index itself.
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
    // The mark is set once the frame that paints the list is done.
    await page.waitForFunction(() => performance.getEntriesByName('browse-results').length > 0, {
      timeout: 30_000,
    });
    const seen = await page.evaluate(() => ({
      milliseconds: performance.getEntriesByName('browse-results')[0]?.startTime ?? NaN,
      shown: document.querySelectorAll('.practice-list li:not([hidden])').length,
    }));
    return { ...seen, bytes, urls: [...urls.values()] };
  } finally {
    await context.close();
  }
}

/**
 * The floor under a text query's first results: a page with nothing but Pagefind, started as
 * the browse page starts it, running the same search (the browse page's `PRACTICE_SEARCH`) in
 * the site's language, marked once the results are in hand. Not part of the site.
 */
const FLOOR_PAGE = 'bench-pagefind-floor.html';
async function pagefindFloorPage(dist: string, query: string): Promise<string> {
  const browsePage = await readFile(path.join(fileFor(dist, browseUrl())!, 'index.html'), 'utf8');
  const lang = /<html[^>]* lang="([^"]+)"/.exec(browsePage)?.[1] ?? 'es';
  const search = [
    `const pagefind = await import(${JSON.stringify(pagefindUrl('pagefind.js'))});`,
    `await pagefind.options(${JSON.stringify(pagefindOptions(withBase('/')))});`,
    `await pagefind.search(${JSON.stringify(query)}, ${JSON.stringify(PRACTICE_SEARCH)});`,
    "performance.mark('browse-results');",
  ].join('\n');
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Pagefind</title></head><body><script type="module">\n${search}\n</script></body></html>\n`;
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
  const weight = (figures: BrowseQueryFigures) =>
    `${(figures.bytes / 1024).toFixed(0)} KB fetched uncompressed, ` +
    `${(figures.gzipBytes / 1024).toFixed(0)} KB gzipped`;
  return all.flatMap((figures) =>
    figures.floor
      ? [
          'browse: the floor under a text query, Pagefind alone on an empty page (cold start, same search)',
          `  results in hand after ${figures.milliseconds.toFixed(0)} ms, ${weight(figures)}`,
        ]
      : [
          `browse: first results of a filtered query (${figures.url})`,
          `  ${figures.shown} of ${figures.practices} practices shown after ${figures.milliseconds.toFixed(0)} ms ` +
            `(target ≤ 300 ms), ${weight(figures)} (target ≤ 400 KB)`,
        ],
  );
}
