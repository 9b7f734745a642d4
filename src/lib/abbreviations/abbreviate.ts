/**
 * Marks acronyms in rendered HTML with `<abbr title="expansion">`, the first time each
 * appears in a page's text (not inside links, headings, code or existing abbreviations).
 * The acronyms are data: content/pages/acronimos.md.
 */
import type { Element, ElementContent, Root, Text } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';

export interface Acronym {
  readonly acronym: string;
  readonly expansion: string;
}

const SKIP = new Set([
  'a',
  'abbr',
  'code',
  'pre',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'script',
  'style',
]);
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The acronyms as one pattern, longest first so that "ONGD" wins over "ONG"; whole words only. */
function acronymPattern(acronyms: readonly Acronym[]): RegExp | undefined {
  if (acronyms.length === 0) return undefined;
  const alternatives = [...acronyms]
    .map((item) => item.acronym)
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp);
  return new RegExp(`(?<![\\p{L}\\p{N}])(${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
}

/**
 * Pages already marked, by acronym list and HTML: a practice's text appears on its page in
 * each interface language, and parsing it is most of the work (2,000 pages at 1,000 practices).
 */
const marked = new Map<string, string>();

export function abbreviate(html: string, acronyms: readonly Acronym[]): string {
  const key = `${acronyms.map((item) => `${item.acronym}=${item.expansion}`).join('\n')}\0${html}`;
  let result = marked.get(key);
  if (result === undefined) {
    // The dev server renders each edit anew: keep the map from growing without end.
    if (marked.size > 5000) marked.clear();
    result = markAcronyms(html, acronyms);
    marked.set(key, result);
  }
  return result;
}

function markAcronyms(html: string, acronyms: readonly Acronym[]): string {
  const pattern = acronymPattern(acronyms);
  if (!pattern) return html;
  const expansions = new Map(acronyms.map((item) => [item.acronym, item.expansion]));
  const seen = new Set<string>();
  const tree = fromHtml(html, { fragment: true });

  const split = (node: Text): ElementContent[] => {
    const parts: ElementContent[] = [];
    let last = 0;
    for (const match of node.value.matchAll(pattern)) {
      const acronym = match[1]!;
      if (seen.has(acronym)) continue;
      seen.add(acronym);
      if (match.index > last)
        parts.push({ type: 'text', value: node.value.slice(last, match.index) });
      parts.push({
        type: 'element',
        tagName: 'abbr',
        properties: { title: expansions.get(acronym)! },
        children: [{ type: 'text', value: acronym }],
      });
      last = match.index + acronym.length;
    }
    if (parts.length === 0) return [node];
    if (last < node.value.length) parts.push({ type: 'text', value: node.value.slice(last) });
    return parts;
  };

  const walk = (parent: Root | Element) => {
    const children: Root['children'] = [];
    for (const child of parent.children) {
      if (child.type === 'text') children.push(...split(child));
      else {
        if (child.type === 'element' && !SKIP.has(child.tagName)) walk(child);
        children.push(child);
      }
    }
    parent.children = children;
  };
  walk(tree);
  return toHtml(tree);
}
