/** A practice's citation as CSL-JSON, for reference managers. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getPractices, getSettings } from '../../lib/catalogue.ts';
import { cslOf } from '../../lib/open-data/citation.ts';
import { practiceSlug } from '../../lib/routes.ts';

export const getStaticPaths = (async () => {
  const [practices, settings] = await Promise.all([getPractices(), getSettings()]);
  return practices.map((entry) => ({
    params: { slug: practiceSlug(entry.data.code) },
    props: { csl: [cslOf(entry.data, settings)] },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(`${JSON.stringify(props['csl'], null, 2)}\n`, {
    headers: { 'content-type': 'application/vnd.citationstyles.csl+json; charset=utf-8' },
  });
