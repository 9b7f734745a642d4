/**
 * The taxonomy pages: one per GCM objective, guiding principle, SDG, keyword, territory and
 * series, each listing its practices. The vocabularies list every entry (an objective no
 * practice serves yet still has its page); free-text facets list the values in use.
 */
import { t } from '../i18n/index.ts';
import type { Practice } from '../schemas/practice.ts';
import type { Language } from '../schemas/vocabularies.ts';
import { gcmObjectives } from '../vocabularies/gcm-objectives.ts';
import { gcmPrinciples } from '../vocabularies/gcm-principles.ts';
import { sdgs } from '../vocabularies/sdgs.ts';
import { territoriesOf } from './facets/practice-values.ts';
import { taxonomySlug, textSlug, type TaxonomyKind } from './routes.ts';

/** One collator for every sort (localeCompare with a locale makes a new one per comparison). */
const byName = new Intl.Collator('es', { sensitivity: 'base' });

export interface TaxonomyTerm<P> {
  /** The value's URL segment. */
  readonly slug: string;
  /** The short name shown in lists and links ("Objetivo 7"). */
  readonly name: string;
  /** The official title in full, for vocabularies. */
  readonly title?: string;
  readonly practices: P[];
}

/** Free-text values grouped by slug, so "Acuerdos" and "acuerdos" share a page. */
function freeTextTerms<P>(
  practices: readonly P[],
  valuesOf: (practice: P) => readonly string[],
): TaxonomyTerm<P>[] {
  const terms = new Map<string, { name: string; practices: P[] }>();
  for (const practice of practices) {
    for (const value of new Set(valuesOf(practice).map((text) => text.trim()))) {
      const slug = textSlug(value);
      const term = terms.get(slug) ?? { name: value, practices: [] };
      if (!term.practices.includes(practice)) term.practices.push(practice);
      terms.set(slug, term);
    }
  }
  return [...terms.entries()]
    .map(([slug, term]) => ({ slug, ...term }))
    .sort((a, b) => byName.compare(a.name, b.name));
}

/** Every term of a taxonomy with its practices, in the vocabulary's or alphabetical order. */
export function taxonomyTerms<P extends { data: Practice }>(
  kind: TaxonomyKind,
  practices: readonly P[],
  lang: Language,
): TaxonomyTerm<P>[] {
  switch (kind) {
    case 'objective':
      return gcmObjectives.map((objective) => ({
        slug: taxonomySlug(kind, objective.number),
        name: t(lang, 'gcm.objective', { number: objective.number }),
        title: objective.title[lang],
        // Primary objectives first, then the practices that touch it as a secondary one.
        practices: [
          ...practices.filter((p) => p.data.gcmObjectives.includes(objective.number)),
          ...practices.filter(
            (p) =>
              !p.data.gcmObjectives.includes(objective.number) &&
              p.data.gcmSecondaryObjectives.includes(objective.number),
          ),
        ],
      }));
    case 'principle':
      return gcmPrinciples.map((principle) => ({
        slug: taxonomySlug(kind, principle.key),
        name: t(lang, 'taxonomy.principleName', { key: principle.key }),
        title: principle.resolution[lang],
        practices: practices.filter((p) => p.data.gcmPrinciples.includes(principle.key)),
      }));
    case 'sdg':
      return sdgs.map((goal) => ({
        slug: taxonomySlug(kind, goal.number),
        name: t(lang, 'sdg.goal', { number: goal.number }),
        title: goal.title[lang],
        practices: practices.filter((p) => p.data.sdgs.includes(goal.number)),
      }));
    case 'keyword':
      return freeTextTerms(practices, (p) => p.data.keywords);
    case 'territory':
      return freeTextTerms(practices, (p) => territoriesOf(p.data));
    case 'series':
      return freeTextTerms(practices, (p) => (p.data.series ? [p.data.series.name] : []));
  }
}
