/**
 * Every address the catalogue publishes, and every anchor inside its print page: the one
 * place that turns codes and file names into URLs. Free of Astro imports, because the
 * checker and the build scripts use it too.
 *
 * Site URLs honour Astro's `base` (the site may live under a sub-path such as `/catalogo/`
 * on GitHub Pages) and the UI language: Spanish at the root, English under `/en/`.
 */
import type { Language } from '../schemas/vocabularies.ts';

/** The URL slug of a practice, from its code, so that links survive a change of title. */
export const practiceSlug = (code: string): string => code.toLowerCase();
/** The URL slug and folder name of an area: its code in lower case (`AH` → `ah`). */
export const areaSlug = (code: string): string => code.toLowerCase();
/** A front-matter page's slug is its file name without the extension (`metodologia.md`). */
export const pageSlug = (fileName: string): string => fileName.replace(/\.(md|mdx)$/, '');
/** The slug of free text (a keyword, a territory, a series): accents dropped, lower case, dashes. */
export const textSlug = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '') || 'x';

/** What a front-matter page's file name must look like, since it becomes a URL. */
export const PAGE_SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** First path segments of the taxonomy pages, one per vocabulary or free-text facet. */
export const TAXONOMY_SEGMENTS = {
  objective: 'objetivos',
  principle: 'principios',
  sdg: 'ods',
  keyword: 'palabras-clave',
  territory: 'territorios',
  series: 'series',
} as const;
export type TaxonomyKind = keyof typeof TAXONOMY_SEGMENTS;

/**
 * First path segments the site itself uses: its routes (src/pages/, checked by a test), the
 * search index and the build's assets. A front-matter page with one of these names would be
 * shadowed by the site's own page, so the checker refuses it.
 */
export const reservedSlugs: readonly string[] = [
  'practicas',
  'areas',
  'buscar',
  'print',
  'pagefind',
  '_astro',
  'en',
  'admin',
  '404',
  'index',
  'pdf',
  'citas',
  'explorar',
  ...Object.values(TAXONOMY_SEGMENTS),
];

/** The languages of the site's interface; the first is served at the root. */
export const UI_LANGUAGES = ['es', 'en'] as const satisfies readonly Language[];
export const DEFAULT_UI_LANGUAGE: Language = 'es';

/**
 * Astro's `base` (`import.meta.env.BASE_URL` inside Astro; `/` for the checker and scripts,
 * which run outside Vite), always with a trailing slash.
 */
function basePath(): string {
  const base = (import.meta as { env?: { BASE_URL?: string } }).env?.BASE_URL ?? '/';
  return base.endsWith('/') ? base : `${base}/`;
}

/** A site path (`/practicas/`) as a URL under the site's base (`/catalogo/practicas/`). */
export const withBase = (sitePath: string): string => `${basePath()}${sitePath.replace(/^\//, '')}`;

/** A site URL (as the functions here return it) at the site's public address, for citations. */
export function absoluteUrl(siteUrl: string, url: string): string {
  const base = basePath();
  const relative = url.startsWith(base) ? url.slice(base.length) : url.replace(/^\//, '');
  return new URL(relative, siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`).href;
}

/** A site path in a UI language: Spanish at the root, English under `/en/`. */
const localised = (sitePath: string, lang: Language = DEFAULT_UI_LANGUAGE): string =>
  withBase(lang === DEFAULT_UI_LANGUAGE ? sitePath : `/${lang}${sitePath}`);

export const homeUrl = (lang?: Language): string => localised('/', lang);
export const practiceUrl = (code: string, lang?: Language): string =>
  localised(`/practicas/${practiceSlug(code)}/`, lang);
export const areaUrl = (code: string, lang?: Language): string =>
  localised(`/areas/${areaSlug(code)}/`, lang);
export const pageUrl = (slug: string, lang?: Language): string => localised(`/${slug}/`, lang);
/**
 * The list of every practice with its filters. Not `/practicas/`: the build counts every
 * entry in that folder as a practice page (scripts/lib/build/verify-pages.ts).
 */
export const browseUrl = (lang?: Language): string => localised('/explorar/', lang);
export const searchUrl = (lang?: Language): string => localised('/buscar/', lang);

/** A taxonomy's index (`/objetivos/`) or one value's page (`/objetivos/7/`). */
export const taxonomyUrl = (kind: TaxonomyKind, value?: string | number, lang?: Language) =>
  localised(
    `/${TAXONOMY_SEGMENTS[kind]}/${value === undefined ? '' : `${taxonomySlug(kind, value)}/`}`,
    lang,
  );
/** The URL segment of a taxonomy value: numbers and letters as they are, free text slugged. */
export const taxonomySlug = (kind: TaxonomyKind, value: string | number): string =>
  kind === 'keyword' || kind === 'territory' || kind === 'series'
    ? textSlug(String(value))
    : String(value);

/** The whole catalogue's PDF, written into the site root after the build. */
export const cataloguePdfUrl = (fileName: string): string => withBase(`/${fileName}`);
/** Where the PDF export writes a practice's factsheet and an area's PDF, inside the site folder. */
export const factsheetFile = (code: string): string => `pdf/${practiceSlug(code)}.pdf`;
export const areaPdfFile = (code: string): string => `pdf/area-${areaSlug(code)}.pdf`;
/** One practice's own PDF (its factsheet), produced by the PDF export. */
export const practicePdfUrl = (code: string): string => withBase(`/${factsheetFile(code)}`);
export const factsheetUrl = practicePdfUrl;
/** One area's PDF: its opener and its fichas. */
export const areaPdfUrl = (code: string): string => withBase(`/${areaPdfFile(code)}`);
/** The facet index the browse page's script reads (practice → values per facet). */
export const facetIndexUrl = (): string => withBase('/explorar/facetas.json');
/** Pagefind's files, written into the site root after the build. */
export const pagefindUrl = (file: string): string => withBase(`/pagefind/${file}`);
/** The site's own static files in public/. */
export const assetUrl = (file: string): string => withBase(`/${file}`);

/** Open data in the site root: every published practice as JSON (with its schema) and CSV, and the feed. */
export const openDataUrls = {
  practicesJson: () => withBase('/practices.json'),
  practicesSchema: () => withBase('/practices.schema.json'),
  practicesCsv: () => withBase('/practices.csv'),
  feed: () => withBase('/feed.xml'),
} as const;
/** A practice's machine-readable citation: CSL-JSON (Zotero, Pandoc) and BibTeX. */
export const citationCslUrl = (code: string): string =>
  withBase(`/citas/${practiceSlug(code)}.json`);
export const citationBibtexUrl = (code: string): string =>
  withBase(`/citas/${practiceSlug(code)}.bib`);

/** Anchors of the print page; the PDF export looks for one ficha anchor per practice. */
export const fichaAnchor = (code: string): string => `ficha-${practiceSlug(code)}`;
export const areaAnchor = (code: string): string => `area-${areaSlug(code)}`;
export const pageAnchor = (slug: string): string => `pagina-${slug}`;
/** The keyword index at the end of the print page. */
export const KEYWORD_INDEX_ANCHOR = 'indice-palabras-clave';
/** Elements of the print page that show another element's page number name its id in this attribute. */
export const PAGE_REF_ATTRIBUTE = 'data-page-of';
/** CSS named pages of the print page, one per running head (area, ficha, front-matter page). */
export const pageName = {
  area: (code: string): string => `area-${areaSlug(code)}`,
  ficha: (code: string): string => `ficha-${practiceSlug(code)}`,
  front: (slug: string): string => `front-${slug}`,
} as const;
