/** Hands each searchable page to the search index's feed as it is rendered (src/lib/search-feed.ts). */
import { defineMiddleware } from 'astro:middleware';
import { SEARCH_BODY_MARK, searchFeed } from './lib/search-feed.ts';

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  const feed = searchFeed();
  if (!feed || !response.headers.get('content-type')?.startsWith('text/html')) return response;
  const html = await response.text();
  if (html.includes(SEARCH_BODY_MARK)) {
    const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
    const { pathname } = context.url;
    feed(`/${pathname.startsWith(base) ? pathname.slice(base.length) : pathname.slice(1)}`, html);
  }
  return new Response(html, {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
});
