/**
 * The search index must hold exactly the published practices and the front-matter pages, one
 * record each: the build reads the records back from the index Pagefind wrote (one fragment
 * file per page, the record a search result shows) and counts each kind on its own, so that
 * a missing practice is never hidden by a page too many.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { gunzip } from 'node:zlib';
import { pageUrl, practiceUrl } from '../../../src/lib/routes.ts';
import { BuildError } from './build-error.ts';

/** Pagefind writes each fragment gzipped, behind this signature. */
const SIGNATURE = 'pagefind_dcd';

/** The address of every page in the Pagefind index in `pagefindDir`, as the index records it. */
export async function indexedUrls(pagefindDir: string): Promise<string[]> {
  const dir = path.join(pagefindDir, 'fragment');
  const files = await readdir(dir);
  return Promise.all(
    files.map(async (file) => {
      const text = (await promisify(gunzip)(await readFile(path.join(dir, file)))).toString('utf8');
      const json = text.startsWith(SIGNATURE) ? text.slice(SIGNATURE.length) : text;
      return (JSON.parse(json) as { url: string }).url;
    }),
  );
}

export interface SearchRecords {
  readonly practices: number;
  readonly pages: number;
}

/**
 * Compares the index's records with the practice pages (`codes`) and the front-matter pages
 * (`pageSlugs`) the search should find; throws naming what is missing or extra.
 */
export async function verifySearchRecords(
  siteDir: string,
  codes: readonly string[],
  pageSlugs: readonly string[],
): Promise<SearchRecords> {
  const urls = await indexedUrls(path.join(siteDir, 'pagefind'));
  // Outside Astro, routes carry no base: the index's addresses are relative to the site folder.
  const practiceUrls = new Set(codes.map((code) => practiceUrl(code)));
  const pageUrls = new Set(pageSlugs.map((slug) => pageUrl(slug)));
  const found = { practices: 0, pages: 0 };
  const unexpected: string[] = [];
  const seen = new Set<string>();
  for (const url of urls) {
    if (seen.has(url)) unexpected.push(`${url} (twice)`);
    else if (practiceUrls.has(url)) found.practices += 1;
    else if (pageUrls.has(url)) found.pages += 1;
    else unexpected.push(url);
    seen.add(url);
  }
  const missing = [...practiceUrls, ...pageUrls].filter((url) => !seen.has(url));
  if (missing.length > 0 || unexpected.length > 0) {
    throw new BuildError(
      `The search index has ${found.practices} of ${codes.length} practices and ` +
        `${found.pages} of ${pageSlugs.length} front-matter pages.` +
        (missing.length ? ` Missing: ${missing.join(', ')}.` : '') +
        (unexpected.length ? ` Unexpected: ${unexpected.join(', ')}.` : '') +
        ' Only practice and front-matter pages mark their content with data-pagefind-body (layouts/Base.astro).',
    );
  }
  return found;
}
