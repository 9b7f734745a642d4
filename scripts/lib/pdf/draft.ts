/**
 * The first print, which only tells on which page each part starts, made cheap: every part
 * starts on a page of its own, so a ficha that fits on one page (measured in the print page,
 * laid out as on paper) takes exactly one page whatever it holds. The draft prints such
 * fichas empty (a blank page each, next to nothing to lay out and paint) and the rest in
 * full, so its destinations are the pages of the whole document. The final print checks
 * them; if a guess was wrong, the export prints once more (export-catalogue.ts).
 */
import type { Page } from 'puppeteer-core';
import { PART_ATTRIBUTE } from '../../../src/components/print/part.ts';
import { contentBoxPx, FICHA_SELECTOR } from '../../../src/components/print/print-layout.ts';

/** Share of a page a ficha may fill and still count as one page for sure. */
const ONE_PAGE_SHARE = 0.99;
const SKIP_ATTRIBUTE = 'data-draft-skip';

/** Ids of the fichas that fit on one page. */
export async function onePageFichas(page: Page, paperSize: 'A4' | 'Letter'): Promise<string[]> {
  const limit = contentBoxPx(paperSize).height * ONE_PAGE_SHARE;
  return page.$$eval(
    FICHA_SELECTOR,
    (elements, most) =>
      elements.filter((element) => element.getBoundingClientRect().height <= most).map((e) => e.id),
    limit,
  );
}

/** Empties the fichas `ids` (each keeps its own page) until `restore` is called. */
export async function emptyFichas(
  page: Page,
  ids: readonly string[],
): Promise<() => Promise<void>> {
  await page.$$eval(
    FICHA_SELECTOR,
    (elements, skipped, attribute) => {
      const set = new Set(skipped);
      for (const element of elements) if (set.has(element.id)) element.setAttribute(attribute, '');
    },
    ids,
    SKIP_ATTRIBUTE,
  );
  const style = await page.addStyleTag({
    content: `[${SKIP_ATTRIBUTE}] > * { display: none !important; }`,
  });
  return async () => {
    await style.evaluate((element) => {
      element.remove();
    });
    await page.$$eval(
      `[${SKIP_ATTRIBUTE}]`,
      (elements, attribute) => {
        for (const element of elements) element.removeAttribute(attribute);
      },
      SKIP_ATTRIBUTE,
    );
  };
}

/**
 * Ids of the parts with something wider than the printed text. Chromium shrinks every page
 * of a document to fit its widest content, so such a part, emptied in the draft, makes the
 * draft's page breaks differ from the final print's, and costs a third print.
 */
export async function widerThanPage(page: Page, paperSize: 'A4' | 'Letter'): Promise<string[]> {
  const width = contentBoxPx(paperSize).width;
  return page.$$eval(
    `[${PART_ATTRIBUTE}]`,
    (elements, most, attribute) =>
      document.documentElement.scrollWidth <= most
        ? []
        : elements
            .filter((element) =>
              [element, ...element.querySelectorAll('*')].some(
                (inner) => inner.getBoundingClientRect().right > most,
              ),
            )
            .map(
              (element) =>
                (JSON.parse(element.getAttribute(attribute) ?? '{}') as { id: string }).id,
            ),
    // A pixel of slack: the viewport is a whole number of pixels.
    width + 1,
    PART_ATTRIBUTE,
  );
}
