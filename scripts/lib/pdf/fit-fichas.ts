/**
 * Avoids near-empty pages: before the print, measures each ficha of the print page
 * laid out at the width of the printed text. One that would leave less than FIT_THRESHOLD
 * of a page on its last page gets FIT_CLASS (slightly tighter lines and spacing), which
 * takes those lines back onto the page before. A measure, not a print: it costs a layout.
 */
import type { Page } from 'puppeteer-core';
import {
  contentBoxPx,
  FICHA_SELECTOR,
  FIT_CLASS,
  FIT_THRESHOLD,
  type PaperSize,
} from '../../../src/components/print/print-layout.ts';

/** Fraction of its last page that a block `height` tall fills; 0 when it ends on a page's foot. */
export function lastPageShare(height: number, pageHeight: number): number {
  return (height / pageHeight) % 1;
}

/** Whether a ficha this tall should be set tighter. */
export function needsFit(height: number, pageHeight: number): boolean {
  const share = lastPageShare(height, pageHeight);
  return height > pageHeight && share > 0 && share < FIT_THRESHOLD;
}

/**
 * Marks the fichas to tighten and returns their codes. The page must already be laid out as
 * on paper (print-pdf.ts opens it so): measuring then costs no layout of its own.
 */
export async function fitFichas(page: Page, paperSize: PaperSize): Promise<string[]> {
  const { height: pageHeight } = contentBoxPx(paperSize);
  // One evaluation over all fichas: `$$eval` would make a handle for each element first.
  const heights = await page.evaluate(
    (selector) =>
      [...document.querySelectorAll(selector)].map(
        (element) =>
          [
            element.getAttribute('data-code') ?? '',
            element.getBoundingClientRect().height,
          ] as const,
      ),
    FICHA_SELECTOR,
  );
  const codes = heights.filter(([, height]) => needsFit(height, pageHeight)).map(([code]) => code);
  await page.evaluate(
    (selector, fit, className) => {
      const set = new Set(fit);
      for (const element of document.querySelectorAll(selector)) {
        if (set.has(element.getAttribute('data-code') ?? '')) element.classList.add(className);
      }
    },
    FICHA_SELECTOR,
    codes,
    FIT_CLASS,
  );
  return codes;
}
