/** Which facet values a practice has, with their labels in both UI languages (build side). */
import { t } from '../../i18n/index.ts';
import type { Area } from '../../schemas/area.ts';
import { practiceKinds } from '../../schemas/practice-kinds.ts';
import type { Practice } from '../../schemas/practice.ts';
import type { Language } from '../../schemas/vocabularies.ts';
import { gcmObjectives } from '../../vocabularies/gcm-objectives.ts';
import { gcmPrinciples } from '../../vocabularies/gcm-principles.ts';
import { sdgs } from '../../vocabularies/sdgs.ts';
import { textSlug } from '../routes.ts';
import type { FacetName, FacetValue } from './model.ts';

/** One collator for every sort (localeCompare with a locale makes a new one per comparison). */
const spanish = new Intl.Collator('es');

const both = (label: (lang: Language) => string) => ({ es: label('es'), en: label('en') });
const same = (text: string) => ({ es: text, en: text });

/** Territories of a ficha; where a repository practice applies (countries and places). */
export function territoriesOf(practice: Practice): string[] {
  return practice.kind === 'practica'
    ? [...practice.geographicScope.countries, ...practice.geographicScope.local]
    : practice.territories;
}

/**
 * The year a reader filters by: when a repository practice started (if recorded); otherwise
 * the year the entry was added, else the catalogue's edition.
 */
export function yearOf(practice: Practice, edition: number): number {
  if (practice.kind === 'practica' && typeof practice.startYear === 'number')
    return practice.startYear;
  return practice.added ? Number(practice.added.slice(0, 4)) : edition;
}

/** The most recent date on record for a practice (updated, added, submitted), or undefined. */
export function latestDateOf(practice: Practice): string | undefined {
  const dates = [practice.updated, practice.added];
  if (practice.kind === 'practica') dates.push(practice.submitted);
  return dates
    .filter((date): date is string => date !== undefined)
    .sort()
    .at(-1);
}

/** Every facet value of `practice`, each with a stable key and its labels. */
export function facetValuesOf(
  practice: Practice,
  areas: readonly Area[],
  edition: number,
): Record<FacetName, FacetValue[]> {
  const area = areas.find((candidate) => candidate.code === practice.area);
  return {
    area: [{ key: practice.area, label: area?.name ?? same(practice.area) }],
    kind: [{ key: practice.kind, label: both((lang) => t(lang, `kind.${practice.kind}`)) }],
    objective: practice.gcmObjectives.map((number) => ({
      key: String(number),
      label: both((lang) => `${number}. ${gcmObjectives[number - 1]!.short[lang]}`),
    })),
    principle: practice.gcmPrinciples.map((key) => ({
      key,
      label: both(
        (lang) =>
          `${key}) ${gcmPrinciples.find((principle) => principle.key === key)!.label[lang]}`,
      ),
    })),
    sdg: practice.sdgs.map((number) => ({
      key: String(number),
      label: both((lang) => `${number}. ${sdgs[number - 1]!.title[lang]}`),
    })),
    territory: territoriesOf(practice).map((name) => ({ key: textSlug(name), label: same(name) })),
    sustainability:
      practice.kind === 'buena-practica'
        ? [{ key: practice.sustainability, label: same(practice.sustainability) }]
        : [],
    lessonType:
      practice.kind === 'leccion-aprendida' || practice.kind === 'leccion-no-aprendida'
        ? [
            {
              key: practice.lessonType,
              label: both((lang) => t(lang, `lessonType.${practice.lessonType}`)),
            },
          ]
        : [],
    series: practice.series
      ? [{ key: textSlug(practice.series.name), label: same(practice.series.name) }]
      : [],
    year: [
      { key: String(yearOf(practice, edition)), label: same(String(yearOf(practice, edition))) },
    ],
  };
}

/** How each facet's values are ordered in the filter panel. */
export function compareFacetValues(
  facet: FacetName,
  areas: readonly Area[],
): (a: FacetValue, b: FacetValue) => number {
  switch (facet) {
    case 'area': {
      const order = (key: string) => areas.find((area) => area.code === key)?.order ?? 99;
      return (a, b) => order(a.key) - order(b.key);
    }
    case 'kind':
      return (a, b) =>
        practiceKinds.indexOf(a.key as never) - practiceKinds.indexOf(b.key as never);
    case 'objective':
    case 'sdg':
      return (a, b) => Number(a.key) - Number(b.key);
    case 'year':
      return (a, b) => Number(b.key) - Number(a.key);
    case 'sustainability': {
      const order = ['Alta', 'Media', 'Baja'];
      return (a, b) => order.indexOf(a.key) - order.indexOf(b.key);
    }
    default:
      return (a, b) => spanish.compare(a.label.es, b.label.es);
  }
}
