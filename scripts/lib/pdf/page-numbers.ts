/**
 * Page numbers for the contents, the area tables and the keyword index. Chromium has no
 * `target-counter()`: the export measures where each element will land (measure-pages.ts),
 * writes the numbers into the loaded page and prints; Chromium writes a named destination
 * for every element a link points to, on the page where it landed, which checks the
 * numbers. The numbers sit in fixed-width boxes (`.page-ref`), so writing them cannot move
 * the text.
 */
import type { Page } from 'puppeteer-core';
import { PAGE_REF_ATTRIBUTE } from '../../../src/lib/routes.ts';
import { BuildError } from '../build/build-error.ts';

export type PageMap = ReadonlyMap<string, number>;

/** The page of every target, or a BuildError naming the targets the PDF does not have. */
export function pageNumbersOf(
  targets: Iterable<string>,
  destinations: PageMap,
): Map<string, number> {
  const numbers = new Map<string, number>();
  const missing: string[] = [];
  for (const target of new Set(targets)) {
    const page = destinations.get(target);
    if (page === undefined) missing.push(target);
    else numbers.set(target, page);
  }
  if (missing.length > 0) {
    throw new BuildError(
      `The PDF has no page for ${missing.join(', ')}, which the contents or the index point to. ` +
        'Every element a page number points to needs a link to it in the print page.',
    );
  }
  return numbers;
}

/** Targets whose page in `after` differs from the number written from `before`. */
export function movedTargets(written: PageMap, after: PageMap): string[] {
  return [...written].filter(([target, page]) => after.get(target) !== page).map(([t]) => t);
}

/** The ids the page's numbers point to, in document order. */
export function pageRefTargets(page: Page): Promise<string[]> {
  return page.evaluate(
    (attribute) =>
      [...document.querySelectorAll(`[${attribute}]`)].map(
        (element) => element.getAttribute(attribute) ?? '',
      ),
    PAGE_REF_ATTRIBUTE,
  );
}

/** Writes each number into the loaded print page. */
export async function writePageNumbers(page: Page, numbers: PageMap): Promise<void> {
  await page.evaluate(
    (attribute, entries) => {
      const pages = new Map(entries);
      for (const element of document.querySelectorAll(`[${attribute}]`)) {
        element.textContent = String(pages.get(element.getAttribute(attribute) ?? '') ?? '');
      }
    },
    PAGE_REF_ATTRIBUTE,
    [...numbers],
  );
}
