/**
 * Bookmark titles that read as the print page's headings. Chromium makes a bookmark for
 * every heading of level 1–6 (outline-levels.ts keeps the rest at level 7), nested by level
 * and in document order, but builds each title from the text it paints for the heading: a
 * heading painted as the first text of a page other than the first comes out doubled
 * ("PresentaciónPresentación", Chromium 156, whatever the heading's box, colour or margins),
 * and a line break drops the space between its words. The export reads the headings' text
 * from the print page and writes it over Chromium's titles, in the printed document itself:
 * tags, language and the bookmarks' destinations stay as Chromium wrote them.
 */
import type { PDFObject } from 'mupdf';
import type { Page } from 'puppeteer-core';
import { UNLISTED_LEVEL } from '../../../src/components/print/outline-levels.ts';
import { BuildError } from '../build/build-error.ts';
import type { Pdf } from './pdf-file.ts';

/** The text of every heading Chromium makes a bookmark of, in document order. */
export function bookmarkedHeadings(page: Page): Promise<string[]> {
  // No named functions inside: a TypeScript loader that keeps names (tsx, esbuild) would wrap
  // them in a helper the browser does not have.
  return page.evaluate(
    (unlisted) =>
      [...document.querySelectorAll('h1, h2, h3, h4, h5, h6, [role="heading"]')]
        .filter((element) => {
          const tag = /^H([1-6])$/.exec(element.tagName)?.[1];
          // A role="heading" without aria-level is level 2, as in the accessibility tree.
          const level = Number(element.getAttribute('aria-level') ?? tag ?? 2);
          return level < unlisted && element.getClientRects().length > 0;
        })
        .map((element) => element.textContent.replace(/\s+/g, ' ').trim()),
    UNLISTED_LEVEL,
  );
}

/** The outline's items, depth first (document order for Chromium's outline). */
function outlineItems(pdf: Pdf, most: number): PDFObject[] {
  const items: PDFObject[] = [];
  const visit = (first: PDFObject) => {
    for (let item = first; item.isDictionary() && items.length <= most; item = item.get('Next')) {
      items.push(item);
      visit(item.get('First'));
    }
  };
  visit(pdf.getTrailer().get('Root').get('Outlines').get('First'));
  return items;
}

const withoutSpaces = (text: string) => text.replace(/\s+/g, '');

/**
 * Sets the title of each of Chromium's bookmarks to its heading's text. Fails if the
 * bookmarks are not the headings, in number or in order: each printed title, doubled or
 * not, holds its heading's words.
 */
export function setBookmarkTitles(pdf: Pdf, headings: readonly string[]): void {
  const items = outlineItems(pdf, headings.length);
  if (items.length !== headings.length) {
    throw new BuildError(
      `The PDF has ${items.length > headings.length ? 'more than ' : ''}${items.length} bookmarks ` +
        `for the ${headings.length} headings of level 1–6 in the print page. ` +
        `Keep every other heading at aria-level ${UNLISTED_LEVEL} (src/components/print/OutlineLevels.astro).`,
    );
  }
  for (const [index, item] of items.entries()) {
    const heading = headings[index]!;
    const printed = item.get('Title').asString();
    if (!withoutSpaces(printed).includes(withoutSpaces(heading))) {
      throw new BuildError(
        `Bookmark ${index + 1} of the PDF reads "${printed}" where the print page has the heading ` +
          `"${heading}": the bookmarks do not follow the headings.`,
      );
    }
    item.put('Title', pdf.newString(heading));
  }
}
