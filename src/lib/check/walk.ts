/**
 * Calls `visit` on every node of a Markdown tree, depth first. The rules walk each body
 * several times; unist-util-visit's general machinery (tests, parent stacks) made those
 * walks cost more than parsing, at a thousand practices.
 */
import type { Nodes } from 'mdast';

export function walk(node: Nodes, visit: (node: Nodes) => void): void {
  visit(node);
  if ('children' in node) for (const child of node.children) walk(child, visit);
}
