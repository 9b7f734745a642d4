/**
 * Keeps a block's inner headings out of the PDF's bookmarks. Chromium builds the outline
 * from the accessibility tree's headings of level 1–6; a heading of level 7 (`aria-level`)
 * stays a heading for screen readers and is tagged /H in the PDF, but gets no bookmark
 * (verified in Chromium 156). The catalogue's bookmarks are then its contents: front
 * matter, areas and fichas, not every section of every ficha.
 *
 * The print page marks such blocks (OutlineLevels.astro) and sets the levels in the browser
 * as it loads: parsing every ficha's HTML again at build time for it cost a second of a
 * thousand-practice build.
 */

/** The first level Chromium leaves out of the outline. */
export const UNLISTED_LEVEL = 7;

/** The class of a block whose headings are unlisted, and the attribute that keeps its first. */
export const UNLISTED_BLOCK = { className: 'outline-unlisted', keepFirst: 'data-keep-first' };
