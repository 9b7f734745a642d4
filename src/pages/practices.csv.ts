/** Open data: one row per published practice, for spreadsheets. */
import type { APIRoute } from 'astro';
import { csvColumns, practicesCsv } from '../lib/open-data/csv.ts';
import { practicesJsonSchema } from '../lib/open-data/json-schema.ts';
import { loadOpenData } from '../lib/open-data/load.ts';

export const GET: APIRoute = async () => {
  const document = await loadOpenData();
  const schema = practicesJsonSchema('') as { properties: { practices: { items: object } } };
  const csv = practicesCsv(document.practices, csvColumns(schema.properties.practices.items));
  return new Response(csv, { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
