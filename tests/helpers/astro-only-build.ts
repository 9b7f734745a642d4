/**
 * `astro build` alone, without `npm run build`'s check first: what Astro itself accepts.
 * Usage: node --import ./scripts/lib/compile-cache.mjs tests/helpers/astro-only-build.ts CONTENT_DIR OUT_DIR
 */
import { buildSite } from '../../scripts/lib/build/astro-build.ts';

const [contentDir, outDir] = process.argv.slice(2);
if (!contentDir || !outDir) throw new Error('usage: astro-only-build.ts CONTENT_DIR OUT_DIR');
await buildSite(process.cwd(), contentDir, outDir);
