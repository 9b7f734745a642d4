/**
 * The pages of the search index, handed over as Astro renders them. `npm run build` starts
 * Pagefind before the website step and lays a feed here; the middleware (src/middleware.ts)
 * gives it every page marked `data-pagefind-body`. Pagefind is a program of its own, so it
 * indexes on the machine's other core while Astro still renders: at 1,000 practices that
 * hides most of the index's cost. `astro dev` and a bare `astro build` have no feed.
 */

/** Takes a page: its address inside the site (no base, e.g. `/practicas/bp1_ah/`) and its HTML. */
export type SearchFeed = (sitePath: string, html: string) => void;

// On globalThis: the build's scripts and Astro's bundled pages load this module separately.
const FEED = Symbol.for('practices-catalogue.search-feed');
const holder = globalThis as { [FEED]?: SearchFeed | undefined };

export const searchFeed = (): SearchFeed | undefined => holder[FEED];

/** Lays the feed, or takes it away with `undefined`. */
export function setSearchFeed(feed: SearchFeed | undefined): void {
  holder[FEED] = feed;
}

/** Pagefind indexes only the pages that carry this attribute. */
export const SEARCH_BODY_MARK = 'data-pagefind-body';
