/**
 * Astro can log a render error and still finish, so the build counts what it wrote:
 * one page per published practice, no more, no less.
 */
import { readdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { practiceSlug } from '../../../src/lib/routes.ts';
import { BuildError } from './build-error.ts';

export async function verifyPracticePages(
  siteDir: string,
  codes: readonly string[],
): Promise<void> {
  const dir = path.join(siteDir, 'practicas');
  // A page is a folder with an index.html; other files there (an image, a feed) are no pages.
  const entries = existsSync(dir) ? await readdir(dir, { withFileTypes: true }) : [];
  const built = entries
    .filter((entry) => entry.isDirectory() && existsSync(path.join(dir, entry.name, 'index.html')))
    .map((entry) => entry.name);
  const expected = new Set(codes.map(practiceSlug));
  const builtSet = new Set(built);
  const missing = [...expected].filter((slug) => !builtSet.has(slug));
  const extra = built.filter((slug) => !expected.has(slug));
  if (missing.length > 0 || extra.length > 0) {
    throw new BuildError(
      `The site has ${built.length} practice pages for ${codes.length} practices.` +
        (missing.length ? ` Missing: ${missing.join(', ')}.` : '') +
        (extra.length ? ` Unexpected: ${extra.join(', ')}.` : ''),
    );
  }
}
