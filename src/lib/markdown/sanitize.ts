/**
 * Applies the HTML policy (html-policy.ts) to a page's hast tree. The build runs it as a
 * Sätteri hast plugin on every `.md` and `.mdx` page; the content checker runs
 * `policyChanges` on the same tree to tell the editor what the build removes. Both go
 * through `prepare` and the same `hast-util-sanitize` call, so they cannot disagree.
 *
 * Steps: raw HTML in Markdown is parsed as a browser parses it (`hast-util-raw`, with
 * GFM's tag filter, so that `<plaintext>`, `<textarea>`, `<style>`… are shown as text
 * instead of swallowing the rest of the page); JSX tags in MDX become the hast elements
 * they render as; URLs are written as a browser reads them; then the allowlist is applied.
 */
import { externalImagesAsLinks } from './external-images.ts';
import type { Root } from 'hast';
import { raw } from 'hast-util-raw';
import { sanitize } from 'hast-util-sanitize';
import { find, html } from 'property-information';
import type { HastPluginDefinition } from 'satteri';
import type { VFile } from 'vfile';
import {
  canonicalUrl,
  htmlSchema,
  mdxComponentProps,
  mdxSchema,
  schemeOf,
  urlProperties,
} from './html-policy.ts';
import { jsxOriginOf, jsxToHast, restoreJsx, type AnyNode } from './mdx-jsx.ts';
import type { PolicyChange } from './policy-change.ts';

export type { PolicyChange } from './policy-change.ts';

export type SourceFormat = 'markdown' | 'mdx';

interface PrepareOptions {
  /** The page's source, so that parsed raw HTML gets positions (the checker's lines). */
  readonly file?: VFile | undefined;
  /** GFM's tag filter; off only to see what the author's HTML would have done. */
  readonly tagfilter?: boolean;
  /** Where changes found while preparing (MDX attribute expressions) are recorded. */
  readonly changes?: PolicyChange[];
}

const schemaFor = (format: SourceFormat) => (format === 'mdx' ? mdxSchema : htmlSchema);

/** The policy walks trees as plain nodes (mdx-jsx.ts's `AnyNode`); hast's types meet it here. */
const asNode = (tree: Readonly<Root>): AnyNode => tree as unknown as AnyNode;
const asRoot = (node: AnyNode): Root => node as unknown as Root;

/** The tree as a browser would see it, before the allowlist: raw HTML parsed, JSX as HTML. */
export function prepare(
  tree: Readonly<Root>,
  format: SourceFormat,
  options: PrepareOptions = {},
): Root {
  const prepared =
    format === 'mdx'
      ? asRoot(jsxToHast(asNode(tree), mdxComponentProps, options.changes ?? []))
      : prepareMarkdown(tree, options);
  canonicaliseUrls(asNode(prepared));
  return prepared;
}

/** Markdown's raw HTML parsed as a browser parses it; without raw HTML, a copy of the tree. */
function prepareMarkdown(tree: Readonly<Root>, options: PrepareOptions): Root {
  const copy = copyUnlessRaw(asNode(tree));
  if (copy) return asRoot(copy);
  return raw(tree, { file: options.file, tagfilter: options.tagfilter ?? true }) as Root;
}

/**
 * A copy to change (the tree given is the page's, and stays as it was), or undefined when
 * the tree holds raw HTML: parsing HTML costs most of the policy's time, and a page without
 * raw HTML has none to parse.
 */
function copyUnlessRaw(node: AnyNode): AnyNode | undefined {
  if (node.type === 'raw') return undefined;
  let children: AnyNode[] | undefined;
  if (node.children) {
    children = [];
    for (const child of node.children) {
      const copy = copyUnlessRaw(child);
      if (!copy) return undefined;
      children.push(copy);
    }
  }
  return {
    ...node,
    ...(node.properties ? { properties: { ...node.properties } } : {}),
    ...(node.data ? { data: { ...node.data } } : {}),
    ...(children ? { children } : {}),
  };
}

const WRITTEN = 'htmlPolicyWrittenUrls';

/**
 * URLs are judged as a browser reads them, but kept as written: the browser reads them
 * the same way, and an allowed page comes out unchanged.
 */
function canonicaliseUrls(node: AnyNode): void {
  if (node.type === 'element' && node.properties) {
    const written: Record<string, string> = {};
    for (const key of urlProperties) {
      const value = node.properties[key];
      if (typeof value !== 'string') continue;
      const canonical = canonicalUrl(value);
      if (canonical === value) continue;
      written[key] = value;
      node.properties[key] = canonical;
    }
    if (Object.keys(written).length > 0) node.data = { ...node.data, [WRITTEN]: written };
  }
  for (const child of node.children ?? []) canonicaliseUrls(child);
}

function restoreWrittenUrls(node: AnyNode): void {
  const written = node.data?.[WRITTEN] as Record<string, string> | undefined;
  if (written && node.properties) {
    for (const [key, value] of Object.entries(written)) {
      if (node.properties[key] !== undefined) node.properties[key] = value;
    }
  }
  for (const child of node.children ?? []) restoreWrittenUrls(child);
}

/** The allowlist applied to a prepared tree. */
function clean(prepared: Root, format: SourceFormat): Root {
  const result = sanitize(prepared, schemaFor(format)) as Root;
  dropEmptyLists(asNode(result));
  return result;
}

/** A `class` whose every value was removed is left out, not written as `class=""`. */
function dropEmptyLists(node: AnyNode): void {
  if (node.properties) {
    node.properties = Object.fromEntries(
      Object.entries(node.properties).filter(
        ([, value]) => !(Array.isArray(value) && value.length === 0),
      ),
    );
  }
  for (const child of node.children ?? []) dropEmptyLists(child);
}

/** The page's tree with nothing but what the policy allows. */
export function sanitizeTree(tree: Readonly<Root>, format: SourceFormat): Root {
  const cleaned = clean(prepare(tree, format), format);
  restoreWrittenUrls(asNode(cleaned));
  const result = asRoot(externalImagesAsLinks(asNode(cleaned)));
  return format === 'mdx' ? asRoot(restoreJsx(asNode(result))) : result;
}

/** Sätteri hast plugin: every page's HTML goes through the policy before anything decorates it. */
export const htmlPolicy: HastPluginDefinition = {
  name: 'html-policy',
  after(root, ctx) {
    ctx.replaceNode(root, sanitizeTree(root, ctx.sourceFormat));
  },
};

/**
 * What `sanitizeTree` would remove from a tree, each with its line. Comments are left
 * out of pages too (they are notes for editors), without a word.
 */
export function policyChanges(
  tree: Readonly<Root>,
  format: SourceFormat,
  file?: VFile,
): PolicyChange[] {
  const changes: PolicyChange[] = [];
  const prepared = prepare(tree, format, { file, changes });
  if (format === 'markdown') changes.push(...escapedElements(tree, file));

  const schema = schemaFor(format);
  stamp(asNode(prepared));
  const survivors = new Map<number, AnyNode>();
  collect(asNode(clean(prepared, format)), survivors);

  const visit = (node: AnyNode) => {
    const line = node.position?.start?.line;
    switch (node.type) {
      case 'mdxjsEsm':
        changes.push({ kind: 'esm', line });
        return;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        // A lone block comment is MDX's comment (its parser suggests it for HTML comments).
        if (!isMdxComment(node)) changes.push({ kind: 'expression', line });
        return;
      case 'element': {
        const survivor = survivors.get(idOf(node));
        const origin = jsxOriginOf(node);
        // An element the allowlist only keeps in one form (`<input>`, forced to a disabled
        // checkbox as in GFM task lists) is, as written, not allowed.
        const forced = Object.keys(survivor?.properties ?? {}).some(
          (property) => !(property in (node.properties ?? {})),
        );
        if (!survivor || forced) {
          changes.push(
            origin?.component
              ? { kind: 'component', name: origin.name ?? 'fragment', line }
              : { kind: 'element', tag: node.tagName ?? '', line },
          );
          // Code elements go with their content; there is nothing more to tell.
          if (!survivor && schema.strip?.includes(node.tagName ?? '')) return;
        } else if (!origin?.component) {
          changes.push(...attributeChanges(node, survivor));
        }
        break;
      }
      default:
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(asNode(prepared));
  return changes;
}

const POLICY_ID = 'htmlPolicyId';
const idOf = (node: AnyNode) => node.data?.[POLICY_ID] as number;

/** Numbers every element; the sanitiser copies `data`, so survivors keep their number. */
function stamp(tree: AnyNode): void {
  let next = 0;
  const visit = (node: AnyNode) => {
    if (node.type === 'element') node.data = { ...node.data, [POLICY_ID]: next++ };
    for (const child of node.children ?? []) visit(child);
  };
  visit(tree);
}

function collect(node: AnyNode, survivors: Map<number, AnyNode>): void {
  if (node.type === 'element') survivors.set(idOf(node), node);
  for (const child of node.children ?? []) collect(child, survivors);
}

const attributeName = (property: string) => find(html, property).attribute;

const asText = (value: unknown) => (Array.isArray(value) ? value.join(' ') : String(value));

function attributeChanges(before: AnyNode, after: AnyNode): PolicyChange[] {
  const changes: PolicyChange[] = [];
  const tag = before.tagName ?? '';
  const line = before.position?.start?.line;
  const kept = after.properties ?? {};
  for (const [property, value] of Object.entries(before.properties ?? {})) {
    const survivor = kept[property];
    if (survivor !== undefined && asText(survivor) === asText(value)) continue;
    const attribute = attributeName(property);
    const scheme = typeof value === 'string' ? schemeOf(value) : undefined;
    if (survivor === undefined && scheme !== undefined && allowsAnyUrl(tag, property)) {
      const allowed = htmlSchema.protocols?.[property] ?? [];
      changes.push({ kind: 'url', tag, attribute, value: String(value), scheme, allowed, line });
      continue;
    }
    // A list attribute (`class`) may lose only some of its values; name those.
    const removed =
      Array.isArray(value) && Array.isArray(survivor)
        ? value.filter((item) => !survivor.includes(item))
        : value;
    const text = removed === true || removed === '' ? undefined : asText(removed);
    changes.push({ kind: 'attribute', tag, attribute, value: text, line });
  }
  return changes;
}

/** Whether the allowlist keeps `property` on `tag` when its URL has an allowed scheme. */
function allowsAnyUrl(tag: string, property: string): boolean {
  if (!urlProperties.includes(property)) return false;
  const probe = {
    type: 'element',
    tagName: tag,
    properties: { [property]: 'https://example.org/' },
    children: [],
  };
  const result = asNode(sanitize(asRoot({ type: 'root', children: [probe] }), htmlSchema) as Root);
  return result.children?.[0]?.properties?.[property] !== undefined;
}

/**
 * Elements the tag filter turned into text: for each piece of raw HTML, those a parse
 * without the filter has (at the same place in the source) and the filtered parse lacks.
 * Each piece is parsed on its own, so that one unclosed `<xmp>` does not hide the next.
 */
function escapedElements(tree: Readonly<Root>, file: VFile | undefined): PolicyChange[] {
  const key = (node: AnyNode) => `${node.tagName ?? ''}@${node.position?.start?.offset ?? ''}`;
  const elements = (node: AnyNode, found: AnyNode[] = []): AnyNode[] => {
    if (node.type === 'element' && node.position) found.push(node);
    for (const child of node.children ?? []) elements(child, found);
    return found;
  };
  const changes: PolicyChange[] = [];
  const visit = (node: AnyNode) => {
    if (node.type === 'raw') {
      const alone = asRoot({ type: 'root', children: [node] });
      const parse = (tagfilter: boolean) =>
        elements(asNode(raw(alone, { file, tagfilter }) as Root));
      const filtered = new Set(parse(true).map(key));
      for (const element of parse(false)) {
        if (!filtered.has(key(element))) {
          changes.push({
            kind: 'escaped',
            tag: element.tagName ?? '',
            line: element.position?.start?.line,
          });
        }
      }
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(asNode(tree));
  return changes;
}

/** An expression that is one block comment and nothing else: MDX's comment syntax. */
function isMdxComment(node: AnyNode): boolean {
  const value = (node as { value?: unknown }).value;
  return typeof value === 'string' && /^\s*\/\*(?:(?!\*\/)[\s\S])*\*\/\s*$/.test(value);
}
