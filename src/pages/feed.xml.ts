/** Atom feed of new and updated practices. */
import type { APIRoute } from 'astro';
import { getSettings } from '../lib/catalogue.ts';
import { practicesFeed } from '../lib/open-data/feed.ts';
import { loadOpenData } from '../lib/open-data/load.ts';

export const GET: APIRoute = async () => {
  const [document, settings] = await Promise.all([loadOpenData(), getSettings()]);
  return new Response(practicesFeed(document.practices, settings), {
    headers: { 'content-type': 'application/atom+xml; charset=utf-8' },
  });
};
