/**
 * Whether drafts are shown: in `npm run dev`, and in a preview build (`npm run build -- --drafts
 * --out DIR`, which sets `CATALOGUE_DRAFTS=1` for Astro; every other build clears it). The
 * published site and PDF never show them.
 */
export const DRAFTS_ENV = 'CATALOGUE_DRAFTS';

export function showDrafts(env: NodeJS.ProcessEnv = process.env): boolean {
  const dev = (import.meta as { env?: { DEV?: boolean; MODE?: string } }).env;
  // Vitest also sets DEV; only Astro's dev server counts as a preview.
  return (dev?.DEV === true && dev.MODE === 'development') || env[DRAFTS_ENV] === '1';
}
