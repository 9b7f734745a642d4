/** Writes the Pagefind search index into the built site and checks that every practice is in it. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { BuildError } from './build-error.ts';

/** Pagefind reports failures as values; turn them into one clear error. */
function assertPagefindResponse<T extends { errors: string[] }>(response: T, action: string): T {
  if (response.errors.length > 0) {
    throw new BuildError(`Pagefind could not ${action}: ${response.errors.join('; ')}`);
  }
  return response;
}

/**
 * Indexes `siteDir` and returns the number of pages in the index. Only pages marked
 * `data-pagefind-body` (the practices) are indexed; `addDirectory` counts every page it
 * read, so the number comes from the index Pagefind wrote.
 */
export async function writeSearchIndex(siteDir: string, language: string): Promise<number> {
  const outputPath = path.join(siteDir, 'pagefind');
  try {
    const { index } = assertPagefindResponse(
      await pagefind.createIndex({ forceLanguage: language }),
      'start',
    );
    if (!index) throw new BuildError('Pagefind could not start');
    assertPagefindResponse(await index.addDirectory({ path: siteDir }), `index ${siteDir}`);
    assertPagefindResponse(await index.writeFiles({ outputPath }), 'write its files');
  } finally {
    await pagefind.close();
  }
  return indexedPageCount(outputPath);
}

/** Pages in a written Pagefind index, from its entry file. */
export async function indexedPageCount(pagefindDir: string): Promise<number> {
  const entry = JSON.parse(
    await readFile(path.join(pagefindDir, 'pagefind-entry.json'), 'utf8'),
  ) as {
    languages: Record<string, { page_count: number }>;
  };
  return Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
}
