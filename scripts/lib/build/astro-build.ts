/** Builds the website with Astro into a given folder. */
import { build } from 'astro';

export async function buildSite(root: string, outDir: string): Promise<void> {
  process.env['ASTRO_TELEMETRY_DISABLED'] = '1';
  await build({ root, outDir, logLevel: 'warn' });
}
