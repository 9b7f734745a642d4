/** A practice's citation as BibTeX. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getPractices, getSettings } from '../../lib/catalogue.ts';
import { bibtexOf } from '../../lib/open-data/citation.ts';
import { practiceSlug } from '../../lib/routes.ts';

export const getStaticPaths = (async () => {
  const [practices, settings] = await Promise.all([getPractices(), getSettings()]);
  return practices.map((entry) => ({
    params: { slug: practiceSlug(entry.data.code) },
    props: { bibtex: bibtexOf(entry.data, settings) },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(String(props['bibtex']), {
    headers: { 'content-type': 'application/x-bibtex; charset=utf-8' },
  });
