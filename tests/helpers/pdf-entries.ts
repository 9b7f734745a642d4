/**
 * What the catalogue's PDF tests read off its page numbers: the entries that show a page
 * number (the contents' and the keyword index's links) and the numbers in the footers.
 */
import { expect } from 'vitest';
import type { PdfLink, PdfSummary } from '../../scripts/lib/pdf/inspect-pdf.ts';
import { KEYWORD_INDEX_ANCHOR, pageAnchor } from '../../src/lib/routes.ts';

/**
 * The links with text on the contents pages (before the first front-matter page) and on
 * the keyword index's. A link that runs over a page break has a second, empty rectangle:
 * only the one with text is kept.
 */
export function numberedEntries(
  summary: PdfSummary,
  links: readonly PdfLink[],
): { contents: PdfLink[]; index: PdfLink[] } {
  const firstFrontPage = Math.min(
    ...[...summary.destinations]
      .filter(([name]) => name.startsWith(pageAnchor('')))
      .map(([, page]) => page),
  );
  const indexPage = summary.destinations.get(KEYWORD_INDEX_ANCHOR)!;
  const entries = links.filter((link) => link.dest && link.text);
  return {
    contents: entries.filter((link) => link.page < firstFrontPage),
    index: entries.filter((link) => link.page >= indexPage),
  };
}

/** Every entry ends with the page its link leads to. */
export function expectEntriesShowTheirPages(
  summary: PdfSummary,
  entries: readonly PdfLink[],
): void {
  for (const link of entries) {
    const page = summary.destinations.get(link.dest!);
    expect(link.text, link.dest).toMatch(new RegExp(`(^| )${page}$`));
  }
}

/** Every page after the cover shows its own number (`texts`: each page's text, in order). */
export function expectEveryPageNumbered(texts: readonly string[]): void {
  for (let page = 2; page <= texts.length; page++) {
    expect(texts[page - 1], `page ${page}`).toMatch(new RegExp(`(^| )${page}( |$)`));
  }
}
