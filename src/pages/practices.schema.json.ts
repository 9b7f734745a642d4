/** The JSON Schema of /practices.json, generated from the content schemas. */
import type { APIRoute } from 'astro';
import { getSettings } from '../lib/catalogue.ts';
import { practicesJsonSchema } from '../lib/open-data/json-schema.ts';
import { absoluteUrl, openDataUrls } from '../lib/routes.ts';

export const GET: APIRoute = async () => {
  const { siteUrl } = await getSettings();
  const schema = practicesJsonSchema(absoluteUrl(siteUrl, openDataUrls.practicesSchema()));
  return new Response(`${JSON.stringify(schema, null, 2)}\n`, {
    headers: { 'content-type': 'application/schema+json; charset=utf-8' },
  });
};
