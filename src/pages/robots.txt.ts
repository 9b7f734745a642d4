/** robots.txt: everything may be crawled but the print page (the PDF's source); where the sitemap is. */
import type { APIRoute } from 'astro';
import { getSettings } from '../lib/catalogue.ts';
import { absoluteUrl, withBase } from '../lib/routes.ts';

export const GET: APIRoute = async () => {
  const { siteUrl } = await getSettings();
  const lines = [
    'User-agent: *',
    `Disallow: ${withBase('/print/')}`,
    '',
    `Sitemap: ${absoluteUrl(siteUrl, withBase('/sitemap-index.xml'))}`,
  ];
  return new Response(`${lines.join('\n')}\n`, {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
};
