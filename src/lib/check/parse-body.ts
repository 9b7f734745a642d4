/**
 * Parses a body once for all the rules that read it: the body checks and the editor's
 * advice both ask for the same file's tree, one after the other. The parser is the build's
 * own (Sätteri, with the build's features), so the checker sees the headings, lists and
 * links the site will show — and it is an order of magnitude faster than micromark.
 */
import type { Root } from 'mdast';
import { markdownToMdast, mdxToMdast } from 'satteri';
import { markdownFeatures } from '../markdown/features.ts';

let last: { body: string; isMdx: boolean; tree: Root } | undefined;

/** The Markdown (or MDX) tree of a body; throws the parser's error on invalid MDX. */
export function parseBody(body: string, isMdx: boolean): Root {
  if (last?.body === body && last.isMdx === isMdx) return last.tree;
  const options = { features: markdownFeatures };
  const tree = (isMdx ? mdxToMdast(body, options) : markdownToMdast(body, options)) as Root;
  last = { body, isMdx, tree };
  return tree;
}
