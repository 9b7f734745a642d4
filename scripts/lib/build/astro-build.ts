/** Builds the website with Astro into a given folder. */
import { createHash } from 'node:crypto';
import path from 'node:path';
import { build } from 'astro';

/**
 * Astro keeps loaded content in a cache between builds; builds of different content
 * folders (the tests build several at once) each get their own, or their entries mix.
 */
function cacheDirFor(root: string, contentDir: string): string {
  const key = createHash('sha256').update(path.resolve(contentDir)).digest('hex').slice(0, 12);
  return path.join(root, 'node_modules', '.astro', `content-${key}`);
}

export async function buildSite(root: string, contentDir: string, outDir: string): Promise<void> {
  process.env['ASTRO_TELEMETRY_DISABLED'] = '1';
  process.env['CATALOGUE_CONTENT'] = contentDir;
  await build({ root, outDir, cacheDir: cacheDirFor(root, contentDir), logLevel: 'warn' });
}
