/**
 * @astrojs/sitemap resolves pages against Astro's `site` and `base`; the catalogue's address
 * (`siteUrl`) may carry a path of its own (`https://example.org/catalogo/`) that `base` does
 * not repeat. Each listed address is moved to where canonical links and citations put it.
 */
export function atSiteUrl(listedUrl: string, siteUrl: string): string {
  const site = new URL(siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`);
  const { pathname } = new URL(listedUrl);
  // Under a base equal to the site's path the page already sits there; else it hangs from the root.
  const relative = pathname.startsWith(site.pathname)
    ? pathname.slice(site.pathname.length)
    : pathname.replace(/^\//, '');
  return new URL(relative, site).href;
}
