/** Queries the site's pages share: published practices, areas in order, settings. */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { showDrafts } from './drafts.ts';
import { buildFacetIndex } from './facets/build-index.ts';
import { relatedPractices } from './related.ts';
import { areaSlug, practiceSlug, type TaxonomyKind } from './routes.ts';
import { taxonomyTerms } from './taxonomy.ts';
import type { Language } from '../schemas/vocabularies.ts';

export type PracticeEntry = CollectionEntry<'practices'>;
export type AreaEntry = CollectionEntry<'areas'>;
export type PageEntry = CollectionEntry<'pages'>;

/** Catalogue order: area order, then good practices, lessons learned, lessons not learned, then by number. */
const KIND_ORDER = ['buena-practica', 'leccion-aprendida', 'leccion-no-aprendida', 'practica'];
const codeNumber = (code: string) => Number(/\d+/.exec(code)?.[0] ?? 0);

export async function getAreas(): Promise<AreaEntry[]> {
  const areas = await getCollection('areas');
  return areas.sort((a, b) => a.data.order - b.data.order);
}

/**
 * The published practices in catalogue order, and what is derived from all of them (each
 * practice page's neighbours and related practices, each taxonomy's terms). Every page asks
 * for them: at 1,000 practices and 2,400 pages, sorting and grouping them each time was
 * seconds of the build. They are kept while the collections hold the same entries, as they
 * do for a whole build (Astro hands out the same data objects); the dev server's are new
 * after an edit, and everything is computed afresh.
 */
interface PracticeCache {
  readonly entries: readonly PracticeEntry[];
  readonly areas: readonly AreaEntry[];
  readonly practices: PracticeEntry[];
  readonly derived: Map<string, unknown>;
}
let practiceCache: PracticeCache | undefined;

const sameData = (a: readonly { data: object }[], b: readonly { data: object }[]) =>
  a.length === b.length && a.every((entry, i) => entry.data === b[i]!.data);

async function cachedPractices(): Promise<PracticeCache> {
  const drafts = showDrafts();
  const [entries, areas] = await Promise.all([
    getCollection('practices', (entry) => drafts || !entry.data.draft),
    getAreas(),
  ]);
  if (
    practiceCache &&
    sameData(practiceCache.entries, entries) &&
    sameData(practiceCache.areas, areas)
  )
    return practiceCache;
  const areaOrder = new Map(areas.map((area) => [area.data.code, area.data.order]));
  const sortKey = new Map(
    entries.map((entry) => [
      entry,
      [
        areaOrder.get(entry.data.area) ?? 99,
        KIND_ORDER.indexOf(entry.data.kind),
        codeNumber(entry.data.code),
      ] as const,
    ]),
  );
  const practices = [...entries].sort((a, b) => {
    const [areaA, kindA, numberA] = sortKey.get(a)!;
    const [areaB, kindB, numberB] = sortKey.get(b)!;
    return (
      areaA - areaB || kindA - kindB || numberA - numberB || a.data.code.localeCompare(b.data.code)
    );
  });
  practiceCache = { entries, areas, practices, derived: new Map() };
  return practiceCache;
}

/** A value computed from the published practices and areas once per version of them. */
async function derived<T>(
  key: string,
  compute: (practices: readonly PracticeEntry[], areas: readonly AreaEntry[]) => T,
): Promise<T> {
  const cache = await cachedPractices();
  if (!cache.derived.has(key)) cache.derived.set(key, compute(cache.practices, cache.areas));
  return cache.derived.get(key) as T;
}

/** Published practices in catalogue order; drafts only in previews (see drafts.ts). */
export async function getPractices(): Promise<PracticeEntry[]> {
  return [...(await cachedPractices()).practices];
}

/** Every term of a taxonomy with its published practices (src/lib/taxonomy.ts). */
export function getTaxonomyTerms(kind: TaxonomyKind, lang: Language) {
  return derived(`taxonomy:${kind}:${lang}`, (practices) => taxonomyTerms(kind, practices, lang));
}

export async function getPages(): Promise<PageEntry[]> {
  const pages = await getCollection('pages');
  return pages.sort((a, b) => a.data.order - b.data.order);
}

export async function getSettings() {
  const entry = await getEntry('catalogue', 'catalogue');
  if (!entry) throw new Error('content/catalogue.yaml is missing');
  return entry.data;
}

export { areaAnchor, areaUrl, fichaAnchor, pageAnchor, pageUrl, practiceUrl } from './routes.ts';

/** Everything a whole-catalogue page needs (home, print): settings, language, areas with their practices, pages. */
export async function loadCatalogue() {
  const [settings, areas, practices, pages] = await Promise.all([
    getSettings(),
    getAreas(),
    getPractices(),
    getPages(),
  ]);
  const lang = settings.languages[0] ?? 'es';
  const byArea = areas.map((area) => ({
    area,
    practices: practices.filter((practice) => practice.data.area === area.data.code),
  }));
  return { settings, lang, areas, practices, pages, byArea };
}

/** A practice's area; the checker guarantees it exists. */
export function areaOf(entry: PracticeEntry, areas: readonly AreaEntry[]): AreaEntry {
  const area = areas.find((candidate) => candidate.data.code === entry.data.area);
  if (!area) throw new Error(`${entry.filePath}: area '${entry.data.area}' does not exist`);
  return area;
}

/**
 * The browse page's facet index (src/lib/facets/): written to facetas.json, and read by both
 * browse pages for the filters they show, built once.
 */
export async function getFacetIndex() {
  const { edition } = await getSettings();
  return derived(`facet-index:${edition}`, (practices, areas) =>
    buildFacetIndex(
      practices.map((entry) => entry.data),
      areas.map((area) => area.data),
      edition,
    ),
  );
}

/** The props of every practice page: the entry, its area, its neighbours in the area, related ones. */
export function practicePageProps() {
  return derived('practice-pages', (practices, areas) => {
    const byArea = Map.groupBy(practices, (entry) => entry.data.area);
    return practices.map((entry) => {
      const inArea = byArea.get(entry.data.area) ?? [];
      const position = inArea.indexOf(entry);
      return {
        entry,
        area: areaOf(entry, areas),
        previous: inArea[position - 1],
        next: inArea[position + 1],
        related: relatedPractices(entry, practices),
      };
    });
  });
}
export type PracticePageProps = Awaited<ReturnType<typeof practicePageProps>>[number];

/** Every acronym the front-matter pages list (content/pages/acronimos.md), for <abbr> marks. */
export async function getAcronyms(): Promise<{ acronym: string; expansion: string }[]> {
  return (await getPages()).flatMap((page) => page.data.acronyms ?? []);
}

/** Routes of the practice pages, the same for each interface language. */
export async function practicePaths() {
  return (await practicePageProps()).map((props) => ({
    params: { code: practiceSlug(props.entry.data.code) },
    props,
  }));
}

/** Routes of the area pages, with each area's practices. */
export async function areaPaths() {
  const { byArea } = await loadCatalogue();
  return byArea.map(({ area, practices }) => ({
    params: { code: areaSlug(area.data.code) },
    props: { area, practices },
  }));
}

export interface AreaPageProps {
  area: AreaEntry;
  practices: PracticeEntry[];
}

/** Routes of the front-matter pages. */
export async function frontMatterPaths() {
  return (await getPages()).map((entry) => ({ params: { page: entry.id }, props: { entry } }));
}

export interface FrontMatterPageProps {
  entry: PageEntry;
}

/** The paths of a taxonomy's pages: its index (no value) and one per term. */
export async function taxonomyPaths(kind: TaxonomyKind) {
  const terms = await getTaxonomyTerms(kind, 'es');
  return [
    { params: { value: undefined }, props: { kind, slug: undefined } },
    ...terms.map((term) => ({ params: { value: term.slug }, props: { kind, slug: term.slug } })),
  ];
}
export interface TaxonomyPageProps {
  kind: TaxonomyKind;
  /** The term's slug; undefined on the taxonomy's index page. */
  slug: string | undefined;
}
