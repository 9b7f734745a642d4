/**
 * Parses a body once for all the rules that read it: the body checks and the editor's
 * advice both ask for the same file's tree, one after the other.
 */
import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const markdown = unified().use(remarkParse).use(remarkGfm).freeze();
const mdx = unified().use(remarkParse).use(remarkGfm).use(remarkMdx).freeze();

let last: { body: string; isMdx: boolean; tree: Root } | undefined;

/** The Markdown (or MDX) tree of a body; throws the parser's error on invalid MDX. */
export function parseBody(body: string, isMdx: boolean): Root {
  if (last?.body === body && last.isMdx === isMdx) return last.tree;
  const tree = (isMdx ? mdx : markdown).parse(body);
  last = { body, isMdx, tree };
  return tree;
}
