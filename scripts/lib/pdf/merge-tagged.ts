/**
 * One tagged PDF from tagged PDFs that Chromium printed from parts of the print page, in
 * order. Page-copying tools (qpdf --pages, pdf-lib copyPages, MuPDF graftPage) drop the
 * structure tree, so the merge copies objects itself with one MuPDF graft map per part:
 * pages, the structure elements below each part's StructTreeRoot, its ParentTree entries
 * (keys shifted past the previous parts'), IDTree, RoleMap, ClassMap and named destinations.
 *
 * A graft copies everything an object points at. The pointers that lead back up — a page's
 * /Parent to its page tree, a top element's /P to its StructTreeRoot — are cut in the source
 * first, so that no part's page tree, tree root or ParentTree is copied unreferenced.
 *
 * Chromium writes no link for `<a href="#id">` whose element is not in the printed document.
 * A link from one part to another's element is printed as an address instead (the print
 * page's path with a fragment, e.g. `/print/#ficha-x`, not the part's own address, which
 * would count as the same document): the merge makes each such link go to the named
 * destination, as Chromium writes links inside one document.
 */
import * as mupdf from 'mupdf';
import { BuildError } from '../build/build-error.ts';
import { openPdf, type Pdf } from './pdf-file.ts';

export interface PrintedPart {
  /** A Chromium PDF printed with tagged: true. */
  readonly data: Uint8Array;
  /** The address the part was printed from. */
  readonly printUrl: string;
}

type PdfObject = mupdf.PDFObject;

/** Page attributes a page may inherit from the page tree (ISO 32000-1, table 30). */
const INHERITED_PAGE_KEYS = ['Resources', 'MediaBox', 'CropBox', 'Rotate'] as const;

/** Entries per leaf when the merge writes a number or name tree (readers search it, not scan it). */
const TREE_LEAF_SIZE = 512;

/** What the merged document's catalog and structure tree root collect, part after part. */
interface Merged {
  readonly pdf: Pdf;
  readonly treeRoot: PdfObject;
  /** Top-level structure elements, each with /P set to treeRoot once all parts are in. */
  readonly topElements: PdfObject[];
  /** The first part's single top element (its Document), into which later parts' elements go. */
  documentElement: PdfObject | undefined;
  readonly parentTree: [number, PdfObject][];
  /** Keys the next part's ParentTree entries start at. */
  nextKey: number;
  readonly ids: Map<string, PdfObject>;
  readonly roleMap: PdfObject;
  readonly classMap: PdfObject;
  readonly dests: PdfObject;
  readonly destNames: Set<string>;
  readonly pages: PdfObject[];
}

/** One tagged PDF of the parts' pages in order. */
export function mergeTaggedPdfs(parts: readonly PrintedPart[]): Pdf {
  if (parts.length === 0) throw new Error('mergeTaggedPdfs needs at least one part.');
  const pdf = new mupdf.PDFDocument();
  const merged: Merged = {
    pdf,
    treeRoot: pdf.addObject(pdf.newDictionary()),
    topElements: [],
    documentElement: undefined,
    parentTree: [],
    nextKey: 0,
    ids: new Map(),
    roleMap: pdf.newDictionary(),
    classMap: pdf.newDictionary(),
    dests: pdf.addObject(pdf.newDictionary()),
    destNames: new Set(),
    pages: [],
  };
  parts.forEach((part, index) => {
    // Freed as soon as it is copied: the parts of a long catalogue are tens of megabytes.
    const source = openPdf(part.data);
    try {
      addPart(merged, source, index, part.printUrl);
    } finally {
      source.destroy();
    }
  });
  linkAcrossParts(merged, parts);
  writeCatalog(merged);
  return pdf;
}

function addPart(merged: Merged, source: Pdf, index: number, printUrl: string): void {
  const catalog = source.getTrailer().get('Root');
  const sourceRoot = catalog.get('StructTreeRoot');
  if (!sourceRoot.isDictionary())
    throw new Error(`The part printed from ${printUrl} has no structure tree (print it tagged).`);
  const graft = merged.pdf.newGraftMap();
  const offset = merged.nextKey;

  for (const page of detachedPages(source)) {
    const copy = graft.graftObject(page);
    shiftStructParents(copy, offset);
    merged.pdf.insertPage(merged.pages.length, copy);
    merged.pages.push(copy);
  }

  addStructElements(merged, graft, sourceRoot, index);
  const entries = numberTreeEntries(sourceRoot.get('ParentTree'));
  for (const [key, value] of entries)
    merged.parentTree.push([key + offset, graft.graftObject(value)]);
  const nextKey = sourceRoot.get('ParentTreeNextKey');
  merged.nextKey =
    offset +
    (nextKey.isNumber() ? nextKey.asNumber() : Math.max(-1, ...entries.map(([k]) => k)) + 1);

  for (const key of ['RoleMap', 'ClassMap'] as const) {
    const target = key === 'RoleMap' ? merged.roleMap : merged.classMap;
    sourceRoot.get(key).forEach((value, name) => {
      if (target.get(name).isNull()) target.put(name, graft.graftObject(value));
    });
  }

  // An id printed in several parts (the print page's own frame) is the same element: the first wins.
  for (const [name, value] of destinationEntries(source)) {
    if (merged.destNames.has(name)) continue;
    merged.destNames.add(name);
    merged.dests.put(name, graft.graftObject(value));
  }

  if (index === 0) copyDocumentFacts(merged.pdf, graft, source);
}

/**
 * The part's pages, each made to stand alone: inherited attributes written on the page and
 * /Parent removed, so that grafting a page (directly or through a /Pg) copies no page tree.
 */
function detachedPages(source: Pdf): PdfObject[] {
  const pages: PdfObject[] = [];
  for (let index = 0; index < source.countPages(); index++) {
    const page = source.findPage(index);
    for (const key of INHERITED_PAGE_KEYS) {
      const value = page.getInheritable(key);
      if (page.get(key).isNull() && !value.isNull()) page.put(key, value);
    }
    page.delete('Parent');
    pages.push(page);
  }
  return pages;
}

/** Shifts a page's /StructParents and its annotations' /StructParent keys by `offset`. */
function shiftStructParents(page: PdfObject, offset: number): void {
  if (offset === 0) return;
  const shift = (object: PdfObject, key: string) => {
    const value = object.get(key);
    if (value.isNumber()) object.put(key, value.asNumber() + offset);
  };
  shift(page, 'StructParents');
  page.get('Annots').forEach((annotation) => {
    shift(annotation, 'StructParent');
  });
}

/**
 * Grafts the part's structure elements below the merged tree root. When both this part and
 * the first have a single top element of one type (Chromium's Document) that holds only
 * elements, this part's elements join the first's Document; otherwise its top elements
 * stand beside the others.
 */
function addStructElements(
  merged: Merged,
  graft: mupdf.PDFGraftMap,
  sourceRoot: PdfObject,
  index: number,
): void {
  const tops = kidsOf(sourceRoot);
  const single = tops.length === 1 ? tops[0]!.resolve() : undefined;
  const document = merged.documentElement;
  // The top elements' /P leads to the StructTreeRoot, whose graft would copy the whole tree.
  for (const top of tops) top.delete('P');

  let graftedTops: PdfObject[];
  if (document && single && joinsDocument(single, document)) {
    // One graft of the whole Document (a graft per element took seconds at a thousand
    // practices); its copy gives its elements to the merged Document and is deleted.
    const copy = graft.graftObject(tops[0]!);
    graftedTops = kidsOf(copy.resolve());
    merged.pdf.deleteObject(copy);
    const lang = single.get('Lang');
    const documentLang = document.get('Lang');
    for (const kid of graftedTops) {
      kid.put('P', document);
      // The part's language was on its Document: keep it on its elements if it differs.
      if (
        lang.isString() &&
        lang.asString() !== documentLang.asString() &&
        kid.get('Lang').isNull()
      )
        kid.put('Lang', merged.pdf.newString(lang.asString()));
      appendKid(document, kid);
    }
  } else {
    graftedTops = tops.map((top) => graft.graftObject(top));
    merged.topElements.push(...graftedTops);
    if (index === 0 && graftedTops.length === 1) merged.documentElement = graftedTops[0];
  }
  addIds(merged, graft, sourceRoot, index);
}

/** Whether `element` can give its kids to `document`: same type, and it holds elements only. */
function joinsDocument(element: PdfObject, document: PdfObject): boolean {
  if (element.get('S').asName() !== document.get('S').asName()) return false;
  return kidsOf(element).every((kid) => isStructElement(kid.resolve()));
}

/** A structure element, as opposed to marked content (an integer MCID, an MCR) or an OBJR. */
function isStructElement(object: PdfObject): boolean {
  if (!object.isDictionary()) return false;
  const type = object.get('Type');
  return !(type.isName() && (type.asName() === 'MCR' || type.asName() === 'OBJR'));
}

/** The /K of a structure element or root as a list (it may be one object or an array). */
function kidsOf(element: PdfObject): PdfObject[] {
  const k = element.get('K');
  if (k.isNull()) return [];
  if (!k.isArray()) return [k];
  const kids: PdfObject[] = [];
  k.forEach((kid) => kids.push(kid));
  return kids;
}

function appendKid(element: PdfObject, kid: PdfObject): void {
  const k = element.get('K');
  if (k.isArray()) k.push(kid);
  else if (k.isNull()) element.put('K', kid);
  else element.put('K', [k, kid]);
}

/**
 * Adds the part's IDTree. Chromium's element IDs (`node00000017`) count per print, so two
 * parts can use the same one: a later part's ID is renamed, in the element and in the
 * table cells' /Headers that name it.
 */
function addIds(
  merged: Merged,
  graft: mupdf.PDFGraftMap,
  sourceRoot: PdfObject,
  index: number,
): void {
  const renames = new Map<string, string>();
  // Cells name their headers in their own table: only the tables of renamed IDs are walked.
  const tables = new Map<number, PdfObject>();
  for (const [id, element] of nameTreeEntries(sourceRoot.get('IDTree'))) {
    const copy = graft.graftObject(element);
    let name = id;
    if (merged.ids.has(id)) {
      name = `${id}-part${index + 1}`;
      renames.set(id, name);
      copy.put('ID', merged.pdf.newString(name));
      const table = enclosingTable(copy);
      if (table) tables.set(table.asIndirect(), table);
    }
    merged.ids.set(name, copy);
  }
  if (renames.size > 0) renameHeaders(merged.pdf, [...tables.values()], renames);
}

/** The Table structure element around `element` (an indirect reference), if any. */
function enclosingTable(element: PdfObject): PdfObject | undefined {
  for (let at = element; at.isIndirect(); at = at.resolve().get('P')) {
    const type = at.resolve().get('S');
    if (type.isName() && type.asName() === 'Table') return at;
  }
  return undefined;
}

/** Rewrites the /Headers attributes below `tops` (tables) that name a renamed ID. */
function renameHeaders(
  pdf: Pdf,
  tops: readonly PdfObject[],
  renames: ReadonlyMap<string, string>,
): void {
  const pending = [...tops];
  for (let element = pending.pop(); element; element = pending.pop()) {
    const resolved = element.resolve();
    if (!isStructElement(resolved)) continue;
    const attributes = resolved.get('A');
    const owners: PdfObject[] = [];
    if (attributes.isArray()) attributes.forEach((item) => owners.push(item.resolve()));
    else if (attributes.isDictionary()) owners.push(attributes);
    for (const owner of owners) {
      const headers = owner.isDictionary() ? owner.get('Headers') : undefined;
      headers?.forEach((header, position) => {
        const renamed = header.isString() ? renames.get(header.asString()) : undefined;
        if (renamed) headers.put(position, pdf.newString(renamed));
      });
    }
    pending.push(...kidsOf(resolved));
  }
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
const numberTreeEntries = (node: PdfObject) => treeEntries(node, 'Nums', (key) => key.asNumber());

/** A name tree's entries (ISO 32000-1, 7.9.6). */
const nameTreeEntries = (node: PdfObject) => treeEntries(node, 'Names', (key) => key.asString());

/** Named destinations as Chromium writes them (the catalog's /Dests) or in the name tree. */
function destinationEntries(source: Pdf): [string, PdfObject][] {
  const catalog = source.getTrailer().get('Root');
  const dests = catalog.get('Dests');
  if (!dests.isDictionary()) return nameTreeEntries(catalog.get('Names', 'Dests'));
  const entries: [string, PdfObject][] = [];
  dests.forEach((value, name) => entries.push([String(name), value]));
  return entries;
}

/** The first part's document information, viewer preferences and language. */
function copyDocumentFacts(pdf: Pdf, graft: mupdf.PDFGraftMap, source: Pdf): void {
  const info = source.getTrailer().get('Info');
  if (!info.isNull()) pdf.getTrailer().put('Info', graft.graftObject(info));
  const catalog = pdf.getTrailer().get('Root');
  const sourceCatalog = source.getTrailer().get('Root');
  for (const key of ['Lang', 'ViewerPreferences'] as const) {
    const value = sourceCatalog.get(key);
    if (!value.isNull()) catalog.put(key, graft.graftObject(value));
  }
}

/** The address of a print page without query and fragment: parts differ only there. */
export function printPageAddress(address: string): string {
  const url = new URL(address);
  return url.origin + url.pathname;
}

/**
 * Turns each link to the print page with a fragment (printed as an address because its
 * element was in another part) into a link to the named destination of that element.
 */
function linkAcrossParts(merged: Merged, parts: readonly PrintedPart[]): void {
  const printPages = new Set(parts.map((part) => printPageAddress(part.printUrl)));
  merged.pages.forEach((page, index) => {
    page.get('Annots').forEach((annotation) => {
      const uri = annotation.get('A', 'URI');
      if (annotation.get('A', 'S').asName() !== 'URI' || !uri.isString()) return;
      const url = URL.parse(uri.asString());
      if (!url || !printPages.has(printPageAddress(url.href))) return;
      const id = decodeURIComponent(url.hash.slice(1));
      if (!merged.destNames.has(id))
        throw new BuildError(
          `A link on page ${index + 1} of the printed catalogue leads to “#${id}”, which is a named destination of no part. ` +
            'Either no part has an element with that id (check the link), or the part that has it holds no link to it: ' +
            'Chromium writes a destination only for an element that a link of the same document leads to.',
        );
      annotation.delete('A');
      annotation.put('Dest', merged.pdf.newName(id));
    });
  });
}

/** The merged catalog: pages are in; the structure tree, destinations and marks go in now. */
function writeCatalog(merged: Merged): void {
  const { pdf, treeRoot } = merged;
  treeRoot.put('Type', 'StructTreeRoot');
  for (const top of merged.topElements) top.put('P', treeRoot);
  treeRoot.put('K', merged.topElements.length === 1 ? merged.topElements[0] : merged.topElements);
  treeRoot.put('ParentTree', numberTree(pdf, merged.parentTree));
  treeRoot.put('ParentTreeNextKey', merged.nextKey);
  if (merged.ids.size > 0) {
    const ids = [...merged.ids].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    treeRoot.put('IDTree', nameTree(pdf, ids));
  }
  if (merged.roleMap.length > 0) treeRoot.put('RoleMap', merged.roleMap);
  if (merged.classMap.length > 0) treeRoot.put('ClassMap', merged.classMap);

  const catalog = pdf.getTrailer().get('Root');
  catalog.put('StructTreeRoot', treeRoot);
  catalog.put('MarkInfo', { Marked: true });
  if (merged.destNames.size > 0) catalog.put('Dests', merged.dests);
}

/** A number tree of `entries` (sorted by key): one /Nums, or leaves of TREE_LEAF_SIZE under /Kids. */
function numberTree(pdf: Pdf, entries: readonly [number, PdfObject][]): PdfObject {
  return balancedTree(pdf, entries, 'Nums', (key) => pdf.newInteger(key));
}

/** A name tree of `entries` (sorted by name), made as numberTree is. */
function nameTree(pdf: Pdf, entries: readonly [string, PdfObject][]): PdfObject {
  return balancedTree(pdf, entries, 'Names', (key) => pdf.newString(key));
}

function balancedTree<K>(
  pdf: Pdf,
  entries: readonly [K, PdfObject][],
  leafKey: 'Nums' | 'Names',
  keyObject: (key: K) => PdfObject,
): PdfObject {
  const leaf = (slice: readonly [K, PdfObject][], limits: boolean) => {
    const node = pdf.newDictionary();
    const pairs = pdf.newArray();
    for (const [key, value] of slice) {
      pairs.push(keyObject(key));
      pairs.push(value);
    }
    node.put(leafKey, pairs);
    if (limits) node.put('Limits', [keyObject(slice[0]![0]), keyObject(slice.at(-1)![0])]);
    return pdf.addObject(node);
  };
  if (entries.length <= TREE_LEAF_SIZE) return leaf(entries, false);
  const kids = pdf.newArray();
  for (let start = 0; start < entries.length; start += TREE_LEAF_SIZE)
    kids.push(leaf(entries.slice(start, start + TREE_LEAF_SIZE), true));
  const root = pdf.newDictionary();
  root.put('Kids', kids);
  return pdf.addObject(root);
}
