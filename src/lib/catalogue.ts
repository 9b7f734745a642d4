/** Queries the site's pages share: published practices, areas in order, settings. */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { showDrafts } from './drafts.ts';

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

/** Published practices in catalogue order; drafts only in previews (see drafts.ts). */
export async function getPractices(): Promise<PracticeEntry[]> {
  const drafts = showDrafts();
  const [practices, areas] = await Promise.all([
    getCollection('practices', (entry) => drafts || !entry.data.draft),
    getAreas(),
  ]);
  const areaOrder = new Map(areas.map((area) => [area.data.code, area.data.order]));
  return practices.sort(
    (a, b) =>
      (areaOrder.get(a.data.area) ?? 99) - (areaOrder.get(b.data.area) ?? 99) ||
      KIND_ORDER.indexOf(a.data.kind) - KIND_ORDER.indexOf(b.data.kind) ||
      codeNumber(a.data.code) - codeNumber(b.data.code) ||
      a.data.code.localeCompare(b.data.code),
  );
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

export {
  areaAnchor,
  areaUrl,
  fichaAnchor,
  pageAnchor,
  pageUrl,
  practiceUrl,
} from './routes.ts';

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
