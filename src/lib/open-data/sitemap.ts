/**
 * The sitemap: @astrojs/sitemap lists every built page. It resolves pages against Astro's
 * `site` and `base`, but the catalogue's address (`siteUrl`) may carry a path of its own
 * (`https://example.org/catalogo/`) that `base` does not repeat; each address it writes is
 * moved to where canonical links and citations put it.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import sitemap from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';

const INDEX_FILE = 'sitemap-index.xml';

/** A page's address as Astro resolved it, at the catalogue's address instead. */
export function atSiteUrl(listedUrl: string, siteUrl: string): string {
  const site = new URL(siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`);
  const { pathname } = new URL(listedUrl);
  // Under a base equal to the site's path the page already sits there; else it hangs from the root.
  const relative = pathname.startsWith(site.pathname)
    ? pathname.slice(site.pathname.length)
    : pathname.replace(/^\//, '');
  return new URL(relative, site).href;
}

/** sitemap-index.xml and its sitemaps, of every page but the print page (it only exists to print the PDF). */
export function catalogueSitemap(siteUrl: unknown): AstroIntegration[] {
  const listed = sitemap({
    filter: (page) => !new URL(page).pathname.endsWith('/print/'),
    ...(typeof siteUrl === 'string'
      ? { serialize: (item) => ({ ...item, url: atSiteUrl(item.url, siteUrl) }) }
      : {}),
  });
  if (typeof siteUrl !== 'string') return [listed];
  // The index's links to its sitemaps are not serialised: move them once it is written.
  const indexAtSiteUrl: AstroIntegration = {
    name: 'catalogue-sitemap-index',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        const file = fileURLToPath(new URL(INDEX_FILE, dir));
        const xml = await readFile(file, 'utf8').catch(() => undefined);
        if (xml === undefined) return;
        await writeFile(
          file,
          xml.replace(
            /<loc>([^<]+)<\/loc>/g,
            (_, loc: string) => `<loc>${atSiteUrl(loc, siteUrl)}</loc>`,
          ),
        );
      },
    },
  };
  return [listed, indexAtSiteUrl];
}
