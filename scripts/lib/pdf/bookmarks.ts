/**
 * The catalogue's bookmarks, written by the export rather than by Chromium: the print page's
 * headings of level 1–6 (outline-levels.ts keeps the rest at level 7), nested by level and in
 * document order, each pointing at the page of its named destination.
 *
 * Chromium can build the outline itself (`page.pdf({ outline: true })`), but at a thousand
 * practices that cost about 8 s of the final print, and its titles came from the text it
 * painted: a heading opening a page other than the first came out doubled
 * ("PresentaciónPresentación", Chromium 156) and a line break dropped a space. Written here,
 * each title is the heading's own text and the print stays cheaper; the tags, language and
 * destinations stay as Chromium wrote them.
 */
import type { Page } from 'puppeteer-core';
import { UNLISTED_LEVEL } from '../../../src/components/print/outline-levels.ts';
import { BuildError } from '../build/build-error.ts';
import type { Pdf } from './pdf-file.ts';

export interface BookmarkedHeading {
  readonly title: string;
  /** 1–6, from the tag or aria-level. */
  readonly level: number;
  /** Ids of the heading and of the elements around it, nearest first: where a link lands. */
  readonly anchors: readonly string[];
}

/** Every heading of level 1–6 the print page shows, in document order. */
export function bookmarkedHeadings(page: Page): Promise<BookmarkedHeading[]> {
  // No named functions inside: a TypeScript loader that keeps names (tsx, esbuild) would wrap
  // them in a helper the browser does not have.
  return page.evaluate((unlisted) => {
    const headings: { title: string; level: number; anchors: string[] }[] = [];
    for (const element of document.querySelectorAll('h1, h2, h3, h4, h5, h6, [role="heading"]')) {
      const tag = /^H([1-6])$/.exec(element.tagName)?.[1];
      // A role="heading" without aria-level is level 2, as in the accessibility tree.
      const level = Number(element.getAttribute('aria-level') ?? tag ?? 2);
      if (level >= unlisted || element.getClientRects().length === 0) continue;
      const anchors: string[] = [];
      for (let at: Element | null = element; at; at = at.parentElement) {
        if (at.id) anchors.push(at.id);
      }
      headings.push({
        title: element.textContent.replace(/\s+/g, ' ').trim(),
        level,
        anchors,
      });
    }
    return headings;
  }, UNLISTED_LEVEL);
}

/**
 * The page of each heading: that of the nearest anchor with a named destination (Chromium
 * writes one for every element a link points to). A heading no link leads to (the contents'
 * own title) is found by its text, from the page of the heading before it on.
 */
export function headingPages(
  pdf: Pdf,
  headings: readonly BookmarkedHeading[],
  destinations: ReadonlyMap<string, number>,
): number[] {
  const pageCount = pdf.countPages();
  const pages: number[] = [];
  for (const heading of headings) {
    const anchor = heading.anchors.find((id) => destinations.has(id));
    let page = anchor === undefined ? undefined : destinations.get(anchor);
    const from = pages.at(-1) ?? 1;
    for (let candidate = from; page === undefined && candidate <= pageCount; candidate++) {
      if (pdf.loadPage(candidate - 1).search(heading.title, '').length > 0) page = candidate;
    }
    if (page === undefined) {
      throw new BuildError(
        `The PDF does not show the heading "${heading.title}", which should have a bookmark.`,
      );
    }
    pages.push(page);
  }
  return pages;
}

/**
 * Replaces the PDF's outline with one bookmark per heading, a heading nested under the
 * nearest heading of a lower level before it.
 */
export function writeBookmarks(
  pdf: Pdf,
  headings: readonly BookmarkedHeading[],
  destinations: ReadonlyMap<string, number>,
): void {
  const pages = headingPages(pdf, headings, destinations);
  pdf.getTrailer().get('Root').delete('Outlines');
  const iterator = pdf.outlineIterator();
  // The levels of the bookmarks the iterator is inside of, outermost first.
  const open: number[] = [];
  for (const [index, heading] of headings.entries()) {
    while (open.length > 0 && open.at(-1)! >= heading.level) {
      // Back onto the parent, and past it.
      iterator.up();
      iterator.next();
      open.pop();
    }
    iterator.insert({ title: heading.title, uri: `#page=${pages[index]!}`, open: true });
    const next = headings[index + 1];
    if (next && next.level > heading.level) {
      // Step back onto the bookmark just written and into its (empty) list of children.
      iterator.prev();
      iterator.down();
      open.push(heading.level);
    }
  }
}
