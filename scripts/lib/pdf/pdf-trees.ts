/**
 * The trees of a tagged PDF that the merge and the cuts read and write: number trees (the
 * ParentTree) and name trees (the IDTree), read with MuPDF and written as object text, and a
 * structure element's kids.
 */
import type { Pdf } from './pdf-file.ts';
import type { PdfWriter, StringChange } from './pdf-syntax.ts';

export type PdfObject = ReturnType<Pdf['getTrailer']>;

/** Page attributes a page may inherit from the page tree (ISO 32000-1, table 30). */
export const INHERITED_PAGE_KEYS = ['Resources', 'MediaBox', 'CropBox', 'Rotate'] as const;

/** Entries per leaf of a number or name tree written here (readers search it, not scan it). */
const TREE_LEAF_SIZE = 512;

/** A structure element, as opposed to marked content (an integer MCID, an MCR) or an OBJR. */
export function isStructElement(object: PdfObject): boolean {
  if (!object.isDictionary()) return false;
  const type = object.get('Type');
  return !(type.isName() && (type.asName() === 'MCR' || type.asName() === 'OBJR'));
}

/** The /K of a structure element or root as a list (it may be one object or an array). */
export function kidsOf(element: PdfObject): PdfObject[] {
  const k = element.get('K');
  if (k.isNull()) return [];
  if (!k.isArray()) return [k];
  const kids: PdfObject[] = [];
  k.forEach((kid) => kids.push(kid));
  return kids;
}

/**
 * The suffix of the IDs of part `index` (0-based) of a file made of several: Chromium's element
 * IDs (`node00000017`) count per print, so two prints use the same ones.
 */
export const partSuffix = (index: number) => `-part${index + 1}`;

/** Renames the IDs in the /ID and /Headers strings of part `index`, as partSuffix names them. */
export function idChange(index: number): StringChange | undefined {
  if (index === 0) return undefined;
  return (literal, key) =>
    (key === 'ID' || key === 'Headers') && /^\([\w-]+\)$/.test(literal)
      ? `${literal.slice(0, -1)}${partSuffix(index)})`
      : literal;
}

/**
 * Writes a number tree or a name tree of `entries` (sorted, as key and value text): one
 * leaf, or leaves of TREE_LEAF_SIZE under a root. Returns the root's number.
 */
export function writeTree(
  out: PdfWriter,
  entries: readonly [string, string][],
  leafKey: 'Nums' | 'Names',
): number {
  const leaf = (slice: readonly [string, string][], limits: boolean) => {
    const number = out.reserve();
    const pairs = slice.map(([key, value]) => `${key} ${value}`).join('\n');
    const range = limits ? ` /Limits [${slice[0]![0]} ${slice.at(-1)![0]}]` : '';
    out.write(number, `<</${leafKey} [${pairs}]${range}>>`);
    return number;
  };
  if (entries.length <= TREE_LEAF_SIZE) return leaf(entries, false);
  const kids: number[] = [];
  for (let start = 0; start < entries.length; start += TREE_LEAF_SIZE)
    kids.push(leaf(entries.slice(start, start + TREE_LEAF_SIZE), true));
  const root = out.reserve();
  out.write(root, `<</Kids [${kids.map((kid) => `${kid} 0 R`).join(' ')}]>>`);
  return root;
}

/** The entries of a number tree or a name tree, whose leaves list key, value, key, value…, in key order. */
function treeEntries<Key>(
  node: PdfObject,
  leafKey: 'Nums' | 'Names',
  readKey: (key: PdfObject) => Key,
): [Key, PdfObject][] {
  const entries: [Key, PdfObject][] = [];
  const visit = (current: PdfObject) => {
    const leaf = current.get(leafKey);
    for (let i = 0; i + 1 < leaf.length; i += 2)
      entries.push([readKey(leaf.get(i)), leaf.get(i + 1)]);
    current.get('Kids').forEach(visit);
  };
  if (node.isDictionary()) visit(node);
  return entries;
}

/** A number tree's entries (ISO 32000-1, 7.9.7). */
export const numberTreeEntries = (node: PdfObject) =>
  treeEntries(node, 'Nums', (key) => key.asNumber());

/** A name tree's entries (ISO 32000-1, 7.9.6). */
export const nameTreeEntries = (node: PdfObject) =>
  treeEntries(node, 'Names', (key) => key.asString());
