/** The facet index the browse page filters with (src/lib/facets/): practice → values per facet. */
import type { APIRoute } from 'astro';
import { getAreas, getPractices, getSettings } from '../../lib/catalogue.ts';
import { buildFacetIndex } from '../../lib/facets/build-index.ts';
import { encodeFacetIndex } from '../../lib/facets/model.ts';

export const GET: APIRoute = async () => {
  const [practices, areas, settings] = await Promise.all([
    getPractices(),
    getAreas(),
    getSettings(),
  ]);
  const index = buildFacetIndex(
    practices.map((entry) => entry.data),
    areas.map((area) => area.data),
    settings.edition,
  );
  return new Response(JSON.stringify(encodeFacetIndex(index)), {
    headers: { 'content-type': 'application/json' },
  });
};
