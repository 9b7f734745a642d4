/** Loads Pagefind's browser API on first use (it is written into the site after the build). */
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
interface PagefindApi {
  options(options: { baseUrl?: string; noWorker?: boolean }): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(query: string): Promise<PagefindSearch | null>;
}

/** Started early by the browse page's head when its URL carries a query (filters loaded). */
declare global {
  interface Window {
    catalogueSearch?: Promise<PagefindApi>;
  }
}

let api: Promise<PagefindApi> | undefined = window.catalogueSearch;

/**
 * Pagefind's API from `url` (the site's /pagefind/pagefind.js), imported once. Result URLs
 * start at `baseUrl`, the site's base path, as the site may live under a sub-path. Pagefind
 * searches on the page itself, not in its web worker: the worker is one more script (43 KB)
 * to fetch and start before the first results, and a search of this catalogue's index takes
 * milliseconds once its chunks are loaded.
 */
export function loadPagefind(url: string, baseUrl = '/'): Promise<PagefindApi> {
  api ??= (import(/* @vite-ignore */ url) as Promise<PagefindApi>).then(async (pagefind) => {
    await pagefind.options({ baseUrl, noWorker: true });
    return pagefind;
  });
  return api;
}

let filtersLoaded: Promise<unknown> | undefined;

/**
 * The ids of the practices a text query finds, from the `id` filter each practice page carries.
 * Pagefind counts filter values in a search's results only once it has loaded its filters.
 */
export async function practicesMatching(url: string, query: string): Promise<Set<string>> {
  const pagefind = await loadPagefind(url);
  filtersLoaded ??= pagefind.filters();
  await filtersLoaded;
  const search = await pagefind.search(query);
  const counts = search?.filters['id'] ?? {};
  return new Set(Object.keys(counts).filter((id) => (counts[id] ?? 0) > 0));
}
