/**
 * Loads Pagefind's browser API on first use (it is written into the site after the build).
 * Free of DOM access at load, so that pages can read its settings while they are built.
 */
export interface PagefindResult {
  readonly id: string;
  data(): Promise<{
    url: string;
    excerpt: string;
    meta: Record<string, string | undefined>;
  }>;
}
export interface PagefindSearch {
  readonly results: PagefindResult[];
  readonly filters: Record<string, Record<string, number>>;
}
interface PagefindOptions {
  readonly baseUrl: string;
  readonly noWorker: boolean;
}
interface PagefindApi {
  options(options: PagefindOptions): Promise<void>;
  search(query: string, options?: typeof PRACTICE_SEARCH): Promise<PagefindSearch | null>;
}

/**
 * Pagefind's settings for a site whose result URLs start at `baseUrl`, its base path (the site
 * may live under a sub-path). Pagefind searches on the page itself, not in its web worker: the
 * worker is one more script (43 KB) to fetch and start before the first results, and a search
 * of this catalogue's index takes milliseconds once its chunks are loaded.
 */
export const pagefindOptions = (baseUrl: string): PagefindOptions => ({ baseUrl, noWorker: true });

/**
 * The filter each practice page carries (PracticeFicha: `id:<slug>`). Naming it in a search,
 * with no value required, makes Pagefind load its filter chunk beside the query's index chunks
 * and count each practice among the results, without restricting them (a separate `filters()`
 * call would fetch the chunk first and the index chunks only after it).
 */
const PRACTICE_FILTER = 'id';
export const PRACTICE_SEARCH = { filters: { [PRACTICE_FILTER]: [] } } as const;

/** A search the browse page's head started while the page was still arriving. */
export interface EarlySearch {
  readonly api: Promise<PagefindApi>;
  readonly query: string;
  readonly response: Promise<PagefindSearch | null>;
}
declare global {
  interface Window {
    catalogueSearch?: EarlySearch;
  }
}

let api: Promise<PagefindApi> | undefined;

/** Pagefind's API from `url` (the site's /pagefind/pagefind.js), imported once. */
export function loadPagefind(url: string, baseUrl = '/'): Promise<PagefindApi> {
  api ??=
    window.catalogueSearch?.api ??
    (import(/* @vite-ignore */ url) as Promise<PagefindApi>).then(async (pagefind) => {
      await pagefind.options(pagefindOptions(baseUrl));
      return pagefind;
    });
  return api;
}

/** The slugs of the practices a text query finds, from the filter each practice page carries. */
export async function practicesMatching(
  url: string,
  baseUrl: string,
  query: string,
): Promise<Set<string>> {
  const early = window.catalogueSearch;
  const search =
    early?.query === query
      ? await early.response
      : await (await loadPagefind(url, baseUrl)).search(query, PRACTICE_SEARCH);
  const counts = search?.filters[PRACTICE_FILTER] ?? {};
  return new Set(Object.keys(counts).filter((id) => (counts[id] ?? 0) > 0));
}
