/**
 * GFM footnotes' labels in the language of the text around them. Sätteri writes the same
 * labels in every document, in English: a "Footnotes" heading for screen readers and "Back
 * to reference 1" on each return link, which a screen reader would read out in the middle of
 * a Spanish practice. Each document gets them from the UI labels (src/i18n) of its own `lang`.
 */
import type { Element } from 'hast';
import type { HastPluginDefinition, HastVisitorContext } from 'satteri';
import { t } from '../../i18n/index.ts';
import { defaultEntryLanguage, entryLanguage } from '../../schemas/practice.ts';

/** The id Sätteri gives the footnotes' heading, which every reference's aria-describedby names. */
const FOOTNOTES_HEADING_ID = 'footnote-label';

/** A return link's target, `#user-content-fnref-1` (or `-1-2` for a note cited twice). */
const RETURN_TARGET = /fnref-(\d+(?:-\d+)?)$/;

/** The document's language: its front matter's `lang`, defaulted as a practice's is. */
function languageOf(ctx: HastVisitorContext) {
  const astro = ctx.data['astro'] as { frontmatter?: Record<string, unknown> } | undefined;
  // An invalid `lang` fails the content check; until then the default serves.
  return entryLanguage(astro?.frontmatter?.['lang']) ?? defaultEntryLanguage;
}

export const footnoteLabels: HastPluginDefinition = {
  name: 'footnote-labels',
  element: {
    filter: ['h2', 'a'],
    visit(node: Readonly<Element>, ctx) {
      const { properties } = node;
      if (node.tagName === 'h2' && properties['id'] === FOOTNOTES_HEADING_ID) {
        return {
          ...node,
          children: [{ type: 'text', value: t(languageOf(ctx), 'footnotes.heading') }],
        };
      }
      if (node.tagName !== 'a' || !('dataFootnoteBackref' in properties)) return undefined;
      const reference = RETURN_TARGET.exec(properties['href'] ?? '')?.[1];
      if (reference) {
        ctx.setProperty(node, 'ariaLabel', t(languageOf(ctx), 'footnotes.back', { reference }));
      }
      return undefined;
    },
  },
};
