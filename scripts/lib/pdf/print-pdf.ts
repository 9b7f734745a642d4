/**
 * Prints one page of the built site to PDF with a system Chromium. The PDF is printed from
 * the build's own files only: every request to another address (an intranet image named in
 * a practice, a web font) is refused and reported, so nothing private reaches a public PDF
 * and the build never depends on the network.
 */
import { rename, rm } from 'node:fs/promises';
import type { HTTPRequest, Page } from 'puppeteer-core';
import { BuildError } from '../build/build-error.ts';
import { withBrowser } from './browser.ts';

export interface PrintOptions {
  readonly url: string;
  readonly outputPath: string;
  readonly paperSize: 'A4' | 'Letter';
}

export interface PrintResult {
  /** Addresses outside the local server that the page asked for and did not get, in order. */
  readonly blocked: readonly string[];
}

/** Inline data (data:, blob:) is part of the page; anything else must come from `origin`. */
export function isAllowedRequest(url: string, origin: string): boolean {
  if (!URL.canParse(url)) return false;
  const target = new URL(url);
  return target.origin === origin || target.protocol === 'data:' || target.protocol === 'blob:';
}

/** Lets the page fetch from `origin` only; returns the addresses it refused, filled as the page loads. */
async function confineTo(page: Page, origin: string): Promise<Set<string>> {
  const blocked = new Set<string>();
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
  return blocked;
}

/** Writes the PDF to a temporary path and renames it only once Chromium has finished. */
export async function printPdf({ url, outputPath, paperSize }: PrintOptions): Promise<PrintResult> {
  const partial = `${outputPath}.partial`;
  try {
    return await withBrowser(async (browser) => {
      const page = await browser.newPage();
      try {
        const blocked = await confineTo(page, new URL(url).origin);
        const errors: string[] = [];
        page.on('pageerror', (error) => errors.push(String(error)));
        const response = await page.goto(url, { waitUntil: 'networkidle0', timeout: 120_000 });
        if (!response?.ok())
          throw new BuildError(
            `The print page ${url} answered ${response?.status() ?? 'nothing'}.`,
          );
        if (errors.length > 0)
          throw new BuildError(`The print page has script errors: ${errors.join('; ')}`);
        await page.pdf({
          path: partial,
          format: paperSize,
          printBackground: true,
          preferCSSPageSize: true,
          outline: true,
          tagged: true,
          timeout: 600_000,
        });
        await rename(partial, outputPath);
        return { blocked: [...blocked] };
      } finally {
        await page.close().catch(() => undefined);
      }
    });
  } finally {
    await rm(partial, { force: true });
  }
}
