/**
 * Lighthouse scores of built pages, as a reader's browser would get them from a server:
 * the system Chromium (the one the PDF uses) started by chrome-launcher, one page at a time.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { findBrowser } from '../pdf/find-browser.ts';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];

export interface PageAudit {
  readonly url: string;
  /** Score per category, 0–100. */
  readonly scores: Record<Category, number>;
  /** Audits that did not pass, per category, with Lighthouse's title: what to fix. */
  readonly failing: Record<Category, string[]>;
}

/**
 * Lighthouse's default run: a mid-range phone on a throttled connection, so that
 * performance is judged as most readers will meet it.
 */
export async function auditPages(urls: readonly string[]): Promise<PageAudit[]> {
  const chrome = await chromeLauncher.launch({
    chromePath: findBrowser().executable,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'],
    logLevel: 'silent',
  });
  try {
    const audits: PageAudit[] = [];
    for (const url of urls) {
      const result = await lighthouse(url, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: [...CATEGORIES],
      });
      if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
      audits.push(summarise(url, result.lhr));
    }
    return audits;
  } finally {
    chrome.kill();
  }
}

type Report = NonNullable<Awaited<ReturnType<typeof lighthouse>>>['lhr'];

function summarise(url: string, report: Report): PageAudit {
  const scores = {} as Record<Category, number>;
  const failing = {} as Record<Category, string[]>;
  for (const category of CATEGORIES) {
    const result = report.categories[category];
    scores[category] = Math.round((result?.score ?? 0) * 100);
    failing[category] = (result?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0)
      .map((ref) => report.audits[ref.id])
      .filter((audit) => audit && audit.score !== null && audit.score < 1)
      .map(
        (audit) =>
          `${audit!.id}: ${audit!.title}${audit!.displayValue ? ` (${audit!.displayValue})` : ''}`,
      );
  }
  return { url, scores, failing };
}
