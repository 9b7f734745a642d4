/**
 * Prints pages of the built site to PDF with a system Chromium. The PDF is printed from
 * the build's own files only: every request to another address (an intranet image named in
 * a practice, a web font) is refused and reported, so nothing private reaches a public PDF
 * and the build never depends on the network.
 */
import { rename, rm } from 'node:fs/promises';
import type { HTTPRequest, Page } from 'puppeteer-core';
import { contentBoxPx, type PaperSize } from '../../../src/components/print/print-layout.ts';
import { BuildError } from '../build/build-error.ts';
import { ChromiumStoppedError, withBrowser } from './browser.ts';

export type { PaperSize } from '../../../src/components/print/print-layout.ts';

export interface PrintResult<T> {
  readonly result: T;
  /** Addresses outside the local server that the page asked for and did not get, in order. */
  readonly blocked: readonly string[];
}

/** Inline data (data:, blob:) is part of the page; anything else must come from `origin`. */
export function isAllowedRequest(url: string, origin: string): boolean {
  if (!URL.canParse(url)) return false;
  const target = new URL(url);
  return target.origin === origin || target.protocol === 'data:' || target.protocol === 'blob:';
}

/** Lets the page fetch from `origin` only; adds the addresses it refused to `blocked` as the page loads. */
async function confineTo(page: Page, origin: string, blocked: Set<string>): Promise<void> {
  await page.setRequestInterception(true);
  page.on('request', (request: HTTPRequest) => {
    if (request.isInterceptResolutionHandled()) return;
    if (isAllowedRequest(request.url(), origin)) {
      void request.continue();
    } else {
      blocked.add(request.url());
      void request.abort('blockedbyclient');
    }
  });
}

/** Opens `url` in a confined tab, its fonts loaded, and fails on an error status or a script error. */
async function openPrintPage(
  page: Page,
  url: string,
  paperSize: PaperSize,
  blocked: Set<string>,
): Promise<Page> {
  // Laid out from the start as on paper (print styles, the text's width), so that what the
  // export measures before printing needs no second layout of a long document.
  const box = contentBoxPx(paperSize);
  await page.emulateMediaType('print');
  await page.setViewport({ width: Math.floor(box.width), height: Math.floor(box.height) });
  await confineTo(page, new URL(url).origin, blocked);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  // The load event waits for the page's images and stylesheets, and the fonts are awaited
  // below; waiting for the network to stay idle would add half a second for nothing.
  const response = await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
  if (!response?.ok())
    throw new BuildError(`The print page ${url} answered ${response?.status() ?? 'nothing'}.`);
  if (errors.length > 0)
    throw new BuildError(`The print page has script errors: ${errors.join('; ')}`);
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  return page;
}

/** A browser to print pages of one origin from, each in a tab of its own. */
export interface PrintSession {
  /** Opens `url` in a new tab, loaded as on paper; the caller closes it, or the browser's end does. */
  open(url: string): Promise<Page>;
  /** Opens `url` as `open` does, runs `work` on it and closes it. */
  withPage<T>(url: string, work: (page: Page) => Promise<T>): Promise<T>;
}

/**
 * Runs `work` with a fresh browser confined to `origin`, closed afterwards whatever
 * happens. Chromium stopping mid-way (a crash, not a fault of the page) is retried once.
 */
export async function withPrintBrowser<T>(
  origin: string,
  paperSize: PaperSize,
  work: (session: PrintSession) => Promise<T>,
): Promise<PrintResult<T>> {
  const attempt = () =>
    withBrowser(
      async (browser) => {
        const blocked = new Set<string>();
        // The tab the browser starts with serves first: a new one costs half a second more.
        let spare: Page | undefined = (await browser.pages())[0];
        const open = async (url: string) => {
          const tab = spare ?? (await browser.newPage());
          spare = undefined;
          return openPrintPage(tab, url, paperSize, blocked);
        };
        const session: PrintSession = {
          open,
          withPage: async (url, onPage) => {
            const page = await open(url);
            try {
              return await onPage(page);
            } finally {
              await page.close().catch(() => undefined);
            }
          },
        };
        return { result: await work(session), blocked: [...blocked] };
      },
      { confineTo: origin, use: 'print' },
    );
  try {
    return await attempt();
  } catch (error) {
    if (!(error instanceof ChromiumStoppedError)) throw error;
    console.log('  Chromium stopped while printing; trying once more…');
    return attempt();
  }
}

/** Runs `work` on the loaded print page `url` in a fresh browser (see withPrintBrowser). */
export async function withPrintPage<T>(
  url: string,
  paperSize: PaperSize,
  work: (page: Page) => Promise<T>,
): Promise<PrintResult<T>> {
  return withPrintBrowser(new URL(url).origin, paperSize, (session) => session.withPage(url, work));
}

export interface PrintToFileOptions {
  readonly paperSize: PaperSize;
  /**
   * A tagged PDF, as the catalogue is printed (the bench's floor is not). Bookmarks are
   * written by the export (bookmarks.ts), not by Chromium.
   */
  readonly tagged: boolean;
}

/** Prints the loaded page to a temporary path and renames it only once Chromium has finished. */
export async function printToFile(
  page: Page,
  outputPath: string,
  { paperSize, tagged }: PrintToFileOptions,
): Promise<void> {
  const partial = `${outputPath}.partial`;
  try {
    await page.pdf({
      path: partial,
      format: paperSize,
      printBackground: true,
      preferCSSPageSize: true,
      outline: false,
      tagged,
      // A long catalogue takes minutes; the build's own interrupt handling stops it.
      timeout: 0,
    });
    await rename(partial, outputPath);
  } finally {
    await rm(partial, { force: true });
  }
}
