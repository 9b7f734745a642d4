/**
 * How Astro turns content into HTML: Sätteri, with the HTML policy as the first hast
 * step, so that everything after it (syntax highlighting, Astro's image attributes and
 * heading ids) decorates a tree that is already clean and needs no exception in the
 * allowlist. Used for `.md` and, through @astrojs/mdx, for `.mdx`.
 */
import {
  satteri,
  satteriCreateHighlightFn,
  satteriHighlightPlugin,
} from '@astrojs/markdown-satteri';
import type { Features, HastPluginDefinition } from 'satteri';
import { htmlPolicy } from './sanitize.ts';

/**
 * Parser features, shared with the content checker so that it sees the tree the build
 * sees. Raw HTML stays as `raw` nodes here: the policy parses it itself, as a browser
 * would, and keeps where each element was written for the checker's line numbers.
 */
export const markdownFeatures = { rawHtml: false } as const satisfies Features;

/**
 * Shiki, as Astro runs it by default, but after the policy: Astro's own highlighting
 * runs before any configured plugin, and the policy would strip its colours; so
 * `markdownConfig` turns Astro's off.
 */
function highlightAfterPolicy(): HastPluginDefinition {
  let highlighter: Promise<HastPluginDefinition | undefined> | undefined;
  return {
    name: 'highlight-after-policy',
    element: {
      filter: ['pre'],
      async visit(node, ctx) {
        highlighter ??= satteriCreateHighlightFn('shiki', undefined).then(
          (highlight) => highlight && satteriHighlightPlugin(highlight, undefined),
        );
        const visitor = (await highlighter)?.element;
        return visitor && !Array.isArray(visitor) ? visitor.visit(node, ctx) : undefined;
      },
    },
  };
}

/** Astro's `markdown` settings: the processor, and Astro's own highlighting off. */
export function markdownConfig() {
  return {
    processor: satteri({
      features: markdownFeatures,
      hastPlugins: [htmlPolicy, highlightAfterPolicy()],
    }),
    syntaxHighlight: false,
  } as const;
}
