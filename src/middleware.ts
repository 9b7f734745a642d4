/** Hands each searchable page to the search index's feed as it is rendered (src/lib/search-feed.ts). */
import { defineMiddleware } from 'astro:middleware';
import { pageUrl, practiceUrl } from './lib/routes.ts';
import { SEARCH_BODY_MARK, searchFeed } from './lib/search-feed.ts';

// The folders of the pages that can be searchable (practice pages and top-level pages, in
// the default language), under the site's base: only these are read.
const practicesPrefix = practiceUrl('x').slice(0, -'x/'.length);
const sitePrefix = pageUrl('x').slice(0, -'x/'.length);
const isPageIn = (pathname: string, prefix: string) =>
  pathname.startsWith(prefix) && /^[^/]+\/$/.test(pathname.slice(prefix.length));
const decoder = new TextDecoder();

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  const feed = searchFeed();
  const { pathname } = context.url;
  if (!feed || !(isPageIn(pathname, practicesPrefix) || isPageIn(pathname, sitePrefix)))
    return response;
  const bytes = new Uint8Array(await response.arrayBuffer());
  const html = decoder.decode(bytes);
  // The address as Pagefind gives it to a page read from the built folder: without the base.
  if (html.includes(SEARCH_BODY_MARK)) feed(pathname.slice(sitePrefix.length - 1), html);
  return new Response(bytes, {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
});
