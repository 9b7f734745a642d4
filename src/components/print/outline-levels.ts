/**
 * Keeps a block's inner headings out of the PDF's bookmarks. Chromium builds the outline
 * from the accessibility tree's headings of level 1–6; a heading of level 7 (`aria-level`)
 * stays a heading for screen readers and is tagged /H in the PDF, but gets no bookmark
 * (verified in Chromium 156). The catalogue's bookmarks are then its contents: front
 * matter, areas and fichas, not every section of every ficha.
 */
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { visit } from 'unist-util-visit';

const HEADING = /^h[1-6]$/;
/** The first level Chromium leaves out of the outline. */
export const UNLISTED_LEVEL = 7;

/** The HTML with every heading at level 7, except the first one when `keepFirst` is set. */
export function unlistHeadings(html: string, { keepFirst = false } = {}): string {
  const tree: Root = fromHtml(html, { fragment: true });
  let skip = keepFirst;
  visit(tree, 'element', (node: Element) => {
    if (!HEADING.test(node.tagName)) return;
    if (skip) {
      skip = false;
      return;
    }
    node.properties.ariaLevel = String(UNLISTED_LEVEL);
  });
  return toHtml(tree);
}
