/**
 * An image on another site is shown as a link to it, never embedded: the build and its
 * PDF fetch nothing from outside (an intranet image must not land in a public catalogue),
 * and a reader's browser then loads it only if the reader follows the link. The checker
 * warns the editor about each one.
 */
import type { AnyNode } from './mdx-jsx.ts';

const EXTERNAL = /^(?:https?:)?\/\//i;

export function externalImagesAsLinks(node: AnyNode): AnyNode {
  if (!node.children) return node;
  const children = node.children.map((child) => {
    const src = child.properties?.['src'];
    if (
      child.type === 'element' &&
      child.tagName === 'img' &&
      typeof src === 'string' &&
      EXTERNAL.test(src.trim())
    ) {
      const alt = child.properties?.['alt'];
      const text = typeof alt === 'string' && alt.trim() !== '' ? alt : src;
      return {
        type: 'element',
        tagName: 'a',
        properties: { href: src },
        children: [{ type: 'text', value: text }],
        ...(child.position ? { position: child.position } : {}),
      } satisfies AnyNode;
    }
    return externalImagesAsLinks(child);
  });
  return { ...node, children };
}
