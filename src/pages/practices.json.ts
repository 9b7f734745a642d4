/** Open data: every published practice, every field, as JSON (schema: /practices.schema.json). */
import type { APIRoute } from 'astro';
import { loadOpenData } from '../lib/open-data/load.ts';

export const GET: APIRoute = async () =>
  new Response(`${JSON.stringify(await loadOpenData(), null, 2)}\n`, {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
