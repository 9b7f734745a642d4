/** /admin/config.yml: the Decap CMS configuration, generated from the schemas (src/lib/cms/config.ts). */
import type { APIRoute } from 'astro';
import { stringify } from 'yaml';
import { getAreas, getSettings } from '../../lib/catalogue.ts';
import { cmsConfig, githubRepository } from '../../lib/cms/config.ts';

export const GET: APIRoute = async () => {
  const [settings, areas] = await Promise.all([getSettings(), getAreas()]);
  const config = cmsConfig({
    repository: githubRepository(settings.repositoryUrl),
    authUrl: settings.cmsAuthUrl,
    areas: areas.map((area) => area.data),
    lang: settings.languages[0] ?? 'es',
  });
  return new Response(stringify(config), {
    headers: { 'Content-Type': 'text/yaml; charset=utf-8' },
  });
};
