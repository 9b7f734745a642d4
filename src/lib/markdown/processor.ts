/**
 * How Astro turns content into HTML: Sätteri, with the HTML policy as the first hast
 * step, so that everything after it (footnote labels in the page's language, syntax
 * highlighting, Astro's image attributes and heading ids) decorates a tree that is already
 * clean and needs no exception in the allowlist. Used for `.md` and, through @astrojs/mdx,
 * for `.mdx`.
 */
import {
  satteri,
  satteriCreateHighlightFn,
  satteriHighlightPlugin,
} from '@astrojs/markdown-satteri';
import type { HastPluginDefinition } from 'satteri';
import { markdownFeatures } from './features.ts';
import { footnoteLabels } from './footnote-labels.ts';
import { htmlPolicy } from './sanitize.ts';

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
      hastPlugins: [htmlPolicy, footnoteLabels, highlightAfterPolicy()],
    }),
    syntaxHighlight: false,
  } as const;
}
