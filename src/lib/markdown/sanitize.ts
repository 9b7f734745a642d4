/**
 * Sätteri hast plugin that keeps raw HTML in content harmless: no script-like
 * elements, no event handlers or inline styles, no `javascript:`/`data:` URLs.
 * Raw HTML must be parsed into elements first (`features.rawHtml: true`).
 */
import type { HastVisitorContext, HastVisitorInstance } from 'satteri';
import { isSafeUrl } from '../../components/mdx/allowed.ts';

/** Elements removed with everything inside them. */
const DROPPED = new Set([
  'script',
  'style',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'template',
  'noscript',
  'form',
  'input',
  'button',
  'textarea',
  'select',
  'option',
  'link',
  'meta',
  'base',
  'svg',
  'math',
  'canvas',
  'audio',
  'video',
  'source',
  'track',
  'portal',
  'dialog',
]);

const URL_PROPERTIES = new Set([
  'href',
  'src',
  'action',
  'formaction',
  'formAction',
  'xlinkHref',
  'xlink:href',
  'poster',
  'cite',
  'background',
  'srcset',
  'srcSet',
]);

interface HastLike {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: HastLike[];
}

function clean(node: HastLike, ctx: HastVisitorContext): void {
  for (const child of [...(node.children ?? [])]) {
    if (child.type === 'raw') {
      // Left-over raw HTML is not parsed, so it cannot be checked: drop it.
      ctx.removeNode(child as never);
      continue;
    }
    if (child.type !== 'element') continue;
    if (DROPPED.has(child.tagName ?? '')) {
      ctx.removeNode(child as never);
      continue;
    }
    for (const [key, value] of Object.entries(child.properties ?? {})) {
      const unsafe =
        /^on/i.test(key) ||
        key === 'style' ||
        key === 'srcdoc' ||
        (URL_PROPERTIES.has(key) && !isSafeUrl(String(value)));
      if (unsafe) ctx.setProperty(child as never, key, null);
    }
    clean(child, ctx);
  }
}

export const sanitizeHtml: HastVisitorInstance & { name: string } = {
  name: 'sanitize-html',
  after(root, ctx) {
    clean(root, ctx);
  },
};
