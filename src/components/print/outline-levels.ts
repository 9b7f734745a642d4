/**
 * Keeps a block's inner headings out of the PDF's bookmarks. The export bookmarks the
 * headings of level 1–6, as an outline from the accessibility tree would
 * (scripts/lib/pdf/bookmarks.ts); a heading of level 7 (`aria-level`) stays a heading for
 * screen readers and is tagged /H in the PDF, but gets no bookmark. The catalogue's
 * bookmarks are then its contents: front matter, areas and fichas, not every section of
 * every ficha.
 *
 * The print page marks such blocks (OutlineLevels.astro) and sets the levels in the browser
 * as it loads: parsing every ficha's HTML again at build time for it cost a second of a
 * thousand-practice build.
 */

/** The first level left out of the bookmarks. */
export const UNLISTED_LEVEL = 7;

/** The class of a block whose headings are unlisted, and the attribute that keeps its first. */
export const UNLISTED_BLOCK = { className: 'outline-unlisted', keepFirst: 'data-keep-first' };
