/**
 * Every address the catalogue publishes, and every anchor inside its print page: the one
 * place that turns codes and file names into URLs. Free of Astro imports, because the
 * checker and the build scripts use it too.
 */

/** The URL slug of a practice, from its code, so that links survive a change of title. */
export const practiceSlug = (code: string): string => code.toLowerCase();
/** The URL slug and folder name of an area: its code in lower case (`AH` → `ah`). */
export const areaSlug = (code: string): string => code.toLowerCase();
/** A front-matter page's slug is its file name without the extension (`metodologia.md`). */
export const pageSlug = (fileName: string): string => fileName.replace(/\.(md|mdx)$/, '');

/** What a front-matter page's file name must look like, since it becomes a URL. */
export const PAGE_SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

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
];

export const practiceUrl = (code: string): string => `/practicas/${practiceSlug(code)}/`;
export const areaUrl = (code: string): string => `/areas/${areaSlug(code)}/`;
export const pageUrl = (slug: string): string => `/${slug}/`;

/** Anchors of the print page; the PDF export looks for one ficha anchor per practice. */
export const fichaAnchor = (code: string): string => `ficha-${practiceSlug(code)}`;
export const areaAnchor = (code: string): string => `area-${areaSlug(code)}`;
export const pageAnchor = (slug: string): string => `pagina-${slug}`;
