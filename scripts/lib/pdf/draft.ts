/**
 * The first print, which only tells on which page each part starts, made cheap: every part
 * starts on a page of its own, so a ficha that fits on one page (measured in the print page,
 * laid out as on paper) takes exactly one page whatever it holds. The draft leaves such
 * fichas out (nothing to lay out, paint or even number), and the keyword index too when it
 * comes last (no page number depends on its length), and prints the rest in full;
 * `pagesWithout` then counts one page for each part left out, which gives the pages of the
 * whole document. The final print checks them; if a guess was wrong, the export prints once
 * more (export-catalogue.ts).
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
  return page.evaluate(
    (selector, most) =>
      [...document.querySelectorAll(selector)]
        .filter((element) => element.getBoundingClientRect().height <= most)
        .map((element) => element.id),
    FICHA_SELECTOR,
    limit,
  );
}

/** Leaves the parts `ids` (elements with those ids) out of the page until `restore` is called. */
export async function leaveOut(page: Page, ids: readonly string[]): Promise<() => Promise<void>> {
  await page.evaluate(
    (left, attribute) => {
      for (const id of left) document.getElementById(id)?.setAttribute(attribute, '');
    },
    ids,
    SKIP_ATTRIBUTE,
  );
  const style = await page.addStyleTag({
    content: `[${SKIP_ATTRIBUTE}] { display: none !important; }`,
  });
  return async () => {
    await style.evaluate((element) => {
      element.remove();
    });
    await page.evaluate((attribute) => {
      for (const element of document.querySelectorAll(`[${attribute}]`))
        element.removeAttribute(attribute);
    }, SKIP_ATTRIBUTE);
  };
}

/**
 * The pages of the whole document from a draft printed without the one-page parts `left`:
 * `parts` are the ids of all parts in document order, each starting a page. A destination
 * inside a printed part moves by as many pages as there are left-out parts before it; a
 * left-out part gets the page after the part before it. Destinations before the first part
 * (the cover and the contents) stay where they are.
 */
export function pagesWithout(
  parts: readonly string[],
  left: ReadonlySet<string>,
  draft: ReadonlyMap<string, number>,
  draftPageCount: number,
): Map<string, number> {
  const printed = parts.filter((id) => !left.has(id));
  // Where each printed part starts in the draft and how many parts were left out before it.
  const shifts: { start: number; shift: number }[] = [];
  const pages = new Map<string, number>();
  let skipped = 0;
  // The first part starts after the cover and the contents, where the draft's first
  // printed part starts.
  const first = printed[0];
  let next = (first === undefined ? undefined : draft.get(first)) ?? draftPageCount + 1;
  for (const id of parts) {
    if (left.has(id)) {
      pages.set(id, next);
      next += 1;
      skipped += 1;
      continue;
    }
    const start = draft.get(id);
    if (start === undefined) continue;
    shifts.push({ start, shift: skipped });
    const following = printed[printed.indexOf(id) + 1];
    next =
      (following === undefined ? draftPageCount + 1 : (draft.get(following) ?? start + 1)) +
      skipped;
  }
  const firstPart = shifts[0]?.start ?? draftPageCount + 1;
  for (const [name, page] of draft) {
    if (page < firstPart) {
      pages.set(name, page);
      continue;
    }
    const part = shifts.findLast((candidate) => candidate.start <= page)!;
    pages.set(name, page + part.shift);
  }
  return pages;
}

/**
 * Ids of the parts with something wider than the printed text. Chromium shrinks every page
 * of a document to fit its widest content, so such a part, emptied in the draft, makes the
 * draft's page breaks differ from the final print's, and costs a third print.
 */
export async function widerThanPage(page: Page, paperSize: 'A4' | 'Letter'): Promise<string[]> {
  const width = contentBoxPx(paperSize).width;
  return page.evaluate(
    (most, attribute) =>
      document.documentElement.scrollWidth <= most
        ? []
        : [...document.querySelectorAll(`[${attribute}]`)]
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
