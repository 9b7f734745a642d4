/** The facet index the browse page filters with (src/lib/facets/): practice → values per facet. */
import type { APIRoute } from 'astro';
import { getFacetIndex } from '../../lib/catalogue.ts';
import { encodeFacetIndex } from '../../lib/facets/model.ts';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(encodeFacetIndex(await getFacetIndex())), {
    headers: { 'content-type': 'application/json' },
  });
