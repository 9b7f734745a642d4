/**
 * Sätteri's parser features for content, shared by the build's processor (processor.ts)
 * and the content checker, so that the checker parses a body into the tree the build
 * sees. Kept apart from processor.ts so that the checker does not load Astro's renderer.
 */
import type { Features } from 'satteri';

/**
 * Raw HTML stays as `raw` nodes: the HTML policy parses it itself, as a browser would,
 * and keeps where each element was written for the checker's line numbers.
 */
export const markdownFeatures = { rawHtml: false } as const satisfies Features;
