/**
 * The catalogue's bookmarks, written by the export rather than by Chromium: the print page's
 * headings of level 1–6 (outline-levels.ts keeps the rest at level 7), nested by level and in
 * document order, each pointing at the page of its named destination. The merge writes them
 * (merge-tagged.ts) with the rest of the file.
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

export interface BookmarkedHeading {
  readonly title: string;
  /** 1–6, from the tag or aria-level. */
  readonly level: number;
  /** Ids of the heading and of the elements around it, nearest first: where a link lands. */
  readonly anchors: readonly string[];
}

/** A bookmark: its title, its 1-based page and the bookmarks nested under it. */
export interface OutlineItem {
  readonly title: string;
  readonly page: number;
  readonly kids: readonly OutlineItem[];
}

/** Id prefix for a bookmarked heading with no id of its own or around it. */
const HEADING_ID = 'bookmark-heading-';

/**
 * Every heading of level 1–6 the print page shows, in document order, each given a named
 * destination to its nearest id: Chromium writes one for every element a link of the document
 * leads to, so a hidden link leads there (a heading with no id around it gets one). Run it on
 * every load of a page that is printed: the destinations are how the bookmarks find their pages.
 */
export function bookmarkedHeadings(page: Page): Promise<BookmarkedHeading[]> {
  // No named functions inside: a TypeScript loader that keeps names (tsx, esbuild) would wrap
  // them in a helper the browser does not have.
  return page.evaluate(
    (unlisted, headingId) => {
      const linked = new Set(
        [...document.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')].map((link) =>
          decodeURIComponent(link.hash.slice(1)),
        ),
      );
      const links = document.createElement('div');
      links.hidden = true;
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
        if (anchors.length === 0) {
          // Its address names the chunk (?chunk=2): unique in the merged file, the same on a reprint.
          element.id = `${headingId}${location.search.replace(/\W/g, '')}-${headings.length + 1}`;
          anchors.push(element.id);
        }
        if (!linked.has(anchors[0]!)) {
          const link = document.createElement('a');
          link.href = `#${encodeURIComponent(anchors[0]!)}`;
          links.append(link);
          linked.add(anchors[0]!);
        }
        headings.push({
          title: element.textContent.replace(/\s+/g, ' ').trim(),
          level,
          anchors,
        });
      }
      document.body.append(links);
      return headings;
    },
    UNLISTED_LEVEL,
    HEADING_ID,
  );
}

/** The page of each heading: that of the nearest anchor with a named destination. */
export function headingPages(
  headings: readonly BookmarkedHeading[],
  destinations: ReadonlyMap<string, number>,
): number[] {
  return headings.map((heading) => {
    const anchor = heading.anchors.find((id) => destinations.has(id));
    if (anchor === undefined) {
      throw new BuildError(
        `The PDF has no destination for the heading "${heading.title}", which should have a bookmark ` +
          `(looked for ${heading.anchors.map((id) => `#${id}`).join(', ') || 'no id'}). Build again; if this persists, ` +
          'the print page changed its ids between the measure and the print.',
      );
    }
    return destinations.get(anchor)!;
  });
}

/** The bookmarks: one per heading, nested under the nearest heading of a lower level before it. */
export function outlineOf(
  headings: readonly BookmarkedHeading[],
  destinations: ReadonlyMap<string, number>,
): OutlineItem[] {
  const pages = headingPages(headings, destinations);
  interface Item {
    title: string;
    page: number;
    kids: Item[];
  }
  const top: Item[] = [];
  // The bookmarks the next one may nest in, outermost first, with their levels.
  const open: { level: number; kids: Item[] }[] = [{ level: 0, kids: top }];
  for (const [index, heading] of headings.entries()) {
    while (open.at(-1)!.level >= heading.level) open.pop();
    const item: Item = { title: heading.title, page: pages[index]!, kids: [] };
    open.at(-1)!.kids.push(item);
    open.push({ level: heading.level, kids: item.kids });
  }
  return top;
}
