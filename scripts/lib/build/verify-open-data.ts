/**
 * The open data must hold exactly the published practices, as the pages and the search index
 * do: one entry in practices.json, one row in practices.csv and one pair of citation files
 * per practice, no more, no less.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { citationBibtexUrl, citationCslUrl, openDataUrls } from '../../../src/lib/routes.ts';
import { BuildError } from './build-error.ts';

/** A site URL as a file in the built folder (outside Astro, routes carry no base). */
const fileOf = (siteDir: string, url: string) => path.join(siteDir, url);

export async function verifyOpenData(siteDir: string, codes: readonly string[]): Promise<void> {
  const jsonFile = fileOf(siteDir, openDataUrls.practicesJson());
  const csvFile = fileOf(siteDir, openDataUrls.practicesCsv());
  for (const file of [jsonFile, csvFile]) {
    if (!existsSync(file)) {
      throw new BuildError(
        `The site has no ${path.basename(file)}: src/pages/${path.basename(file)}.ts did not run.`,
      );
    }
  }
  const json = JSON.parse(await readFile(jsonFile, 'utf8')) as {
    practices?: { code?: unknown }[];
  };
  compare(
    'practices.json entries',
    (json.practices ?? []).map((entry) => String(entry.code)),
    codes,
  );

  const rows = parse<{ code?: string }>(await readFile(csvFile, 'utf8'), {
    bom: true,
    columns: true,
  });
  compare(
    'practices.csv rows',
    rows.map((row) => String(row.code)),
    codes,
  );

  const missing = codes.filter(
    (code) =>
      !existsSync(fileOf(siteDir, citationCslUrl(code))) ||
      !existsSync(fileOf(siteDir, citationBibtexUrl(code))),
  );
  if (missing.length > 0) {
    throw new BuildError(`The site lacks the citation files of ${missing.join(', ')}.`);
  }
}

/** Fails with what is missing and what is extra, as the reader of the build log needs it. */
function compare(what: string, found: readonly string[], codes: readonly string[]): void {
  const expected = new Set(codes);
  const seen = new Set(found);
  const missing = codes.filter((code) => !seen.has(code));
  const extra = found.filter((code) => !expected.has(code));
  const repeated = found.filter((code, index) => found.indexOf(code) !== index);
  if (missing.length + extra.length + repeated.length === 0 && found.length === codes.length)
    return;
  throw new BuildError(
    `The site has ${found.length} ${what} for ${codes.length} practices.` +
      (missing.length ? ` Missing: ${missing.join(', ')}.` : '') +
      (extra.length ? ` Unexpected: ${extra.join(', ')}.` : '') +
      (repeated.length ? ` Repeated: ${[...new Set(repeated)].join(', ')}.` : ''),
  );
}
