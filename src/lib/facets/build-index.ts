/** Builds the facet index the browse page filters with: every facet's values, every practice. */
import type { Area } from '../../schemas/area.ts';
import type { Practice } from '../../schemas/practice.ts';
import { practiceSlug } from '../routes.ts';
import { FACETS, type FacetIndex, type FacetName, type FacetValue } from './model.ts';
import { compareFacetValues, facetValuesOf } from './practice-values.ts';

export function buildFacetIndex(
  practices: readonly Practice[],
  areas: readonly Area[],
  edition: number,
): FacetIndex {
  const perPractice = practices.map((practice) => facetValuesOf(practice, areas, edition));
  const facets = {} as Record<FacetName, FacetValue[]>;
  for (const facet of FACETS) {
    const unique = new Map<string, FacetValue>();
    for (const values of perPractice) {
      for (const value of values[facet]) if (!unique.has(value.key)) unique.set(value.key, value);
    }
    facets[facet] = [...unique.values()].sort(compareFacetValues(facet, areas));
  }
  const position = Object.fromEntries(
    FACETS.map((facet) => [facet, new Map(facets[facet].map((value, i) => [value.key, i]))]),
  ) as Record<FacetName, Map<string, number>>;
  return {
    facets,
    practices: practices.map((practice, i) => ({
      id: practiceSlug(practice.code),
      values: Object.fromEntries(
        FACETS.filter((facet) => perPractice[i]![facet].length > 0).map((facet) => [
          facet,
          [...new Set(perPractice[i]![facet].map((value) => position[facet].get(value.key)!))],
        ]),
      ),
    })),
  };
}
