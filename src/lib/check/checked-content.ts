/**
 * One check per version of the content, shared by everything in the process that needs it:
 * the build's first step, then the site's three collections. The content loader can thus
 * load exactly what the check accepted without reading or judging the files a second time.
 */
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { checkContent, type CheckResult } from './index.ts';

interface Cached {
  readonly fingerprint: string;
  readonly result: Promise<CheckResult>;
}

// Astro loads the content config through Vite's module runner, a second copy of this
// module; a global symbol lets both copies share one cache.
const CACHE_KEY = Symbol.for('practices-catalogue.checked-content');
const cache = ((globalThis as Record<symbol, unknown>)[CACHE_KEY] ??= new Map()) as Map<
  string,
  Cached
>;

/** Names, sizes and modification times of every file under the content folder. */
async function fingerprintOf(contentDir: string): Promise<string> {
  const entries = await readdir(contentDir, { recursive: true, withFileTypes: true }).catch(
    () => [],
  );
  const parts = await Promise.all(
    entries.map(async (entry) => {
      const file = path.join(entry.parentPath, entry.name);
      const info = await stat(file).catch(() => undefined);
      return `${file}:${info?.size ?? '-'}:${info?.mtimeMs ?? '-'}:${entry.isSymbolicLink()}`;
    }),
  );
  return parts.sort().join('\n');
}

/** The check of `contentDir` as it is now: run once, reused until a file changes. */
export async function checkedContent(contentDir: string, root: string): Promise<CheckResult> {
  const key = `${path.resolve(root)}\0${path.resolve(contentDir)}`;
  const fingerprint = await fingerprintOf(contentDir);
  const cached = cache.get(key);
  if (cached?.fingerprint === fingerprint) return cached.result;
  const result = checkContent(contentDir, root);
  cache.set(key, { fingerprint, result });
  return result;
}
