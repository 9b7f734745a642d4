/**
 * One tagged PDF from tagged PDFs that Chromium printed from parts of the print page, in
 * order. Page-copying tools (qpdf --pages, pdf-lib copyPages, MuPDF graftPage) drop the
 * structure tree, so the merge writes the file itself, part after part: each part's
 * objects renumbered past the previous parts', copied byte for byte where nothing changes
 * (pdf-syntax.ts), and one page tree, structure tree root, Document element, ParentTree
 * (keys shifted past the previous parts'), IDTree, RoleMap, ClassMap and named destinations
 * for them all. Each part is read with MuPDF, which makes the few changes a part needs
 * (page parents and keys, the top elements' parent, renamed IDs), one part in memory at a
 * time: growing one MuPDF document by grafting took seconds and gigabytes at thousands of
 * practices (its object table grows one entry at a time).
 *
 * Links from one chunk to another's element (chunk-links.ts) become links to the named
 * destination, as Chromium writes links inside one document. The bookmarks and the document
 * information are written with the rest: reopening the merged file to add them took longer
 * than the merge's last seconds.
 */
import { BuildError } from '../build/build-error.ts';
import type { OutlineItem } from './bookmarks.ts';
import { linkedChunkId, printPageAddress } from './chunk-links.ts';
import {
  destinationEntries,
  infoEntries,
  openPdf,
  type DocumentInfo,
  type Pdf,
} from './pdf-file.ts';
import {
  copyObject,
  pdfDictionary,
  pdfSource,
  pdfString,
  PdfWriter,
  renumberReferences,
  type PdfSource,
  type StringChange,
} from './pdf-syntax.ts';
import {
  idChange,
  INHERITED_PAGE_KEYS,
  isStructElement,
  kidsOf,
  nameTreeEntries,
  numberTreeEntries,
  partSuffix,
  writeTree,
  type PdfObject,
} from './pdf-trees.ts';

/** What the merged file says of itself besides its parts: bookmarks and document information. */
export interface MergeOptions {
  readonly outline?: readonly OutlineItem[];
  /** Title, author, subject and keywords, and the language, over the first part's. */
  readonly info?: DocumentInfo;
}

export interface PrintedPart {
  /** A Chromium PDF printed with tagged: true. */
  readonly data: Uint8Array;
  /** The address the part was printed from. */
  readonly printUrl: string;
}

/** What the merged file gathers from the parts, as object text of the merged numbering. */
interface Merged {
  readonly out: PdfWriter;
  readonly pageRoot: number;
  readonly document: number;
  readonly pages: number[];
  readonly documentKids: number[];
  documentLang: string | undefined;
  readonly parentTree: [number, string][];
  /** Keys the next part's ParentTree entries start at. */
  nextKey: number;
  readonly ids: Map<string, string>;
  readonly roleMap: Map<string, string>;
  readonly classMap: Map<string, string>;
  readonly dests: Map<string, string>;
  /** The first part's catalog entries the merged catalog keeps (Lang, ViewerPreferences). */
  readonly catalogFacts: Map<string, string>;
  /** The first part's document information (Chromium's title, creator, producer, dates). */
  readonly info: Map<string, string>;
  /** The ids that links between parts lead to, each with the first page that has such a link. */
  readonly linkedIds: Map<string, number>;
  /** The print page the parts were printed from, whose address their links to each other name. */
  readonly printPage: string;
}

/** The bytes of one tagged PDF of the parts' pages in order, with `options`' bookmarks and information. */
export function mergeTaggedPdfFile(
  parts: readonly PrintedPart[],
  options: MergeOptions = {},
): Uint8Array {
  if (parts.length === 0) throw new Error('mergeTaggedPdfFile needs at least one part.');
  if (new Set(parts.map((part) => printPageAddress(part.printUrl))).size > 1)
    throw new Error('mergeTaggedPdfFile merges parts of one print page.');
  const out = new PdfWriter();
  const catalog = out.reserve();
  const treeRoot = out.reserve();
  const merged: Merged = {
    out,
    pageRoot: out.reserve(),
    document: out.reserve(),
    pages: [],
    documentKids: [],
    documentLang: undefined,
    parentTree: [],
    nextKey: 0,
    ids: new Map(),
    roleMap: new Map(),
    classMap: new Map(),
    dests: new Map(),
    catalogFacts: new Map(),
    info: new Map(),
    linkedIds: new Map(),
    printPage: printPageAddress(parts[0]!.printUrl),
  };
  parts.forEach((part, index) => {
    addPart(merged, part, index);
  });
  for (const [id, page] of merged.linkedIds) {
    if (!merged.dests.has(id))
      throw new BuildError(
        `A link on page ${page} of the printed catalogue leads to “#${id}”, which is a named destination of no part. ` +
          'Either no part has an element with that id (check the link), or the part that has it holds no link to it: ' +
          'Chromium writes a destination only for an element that a link of the same document leads to.',
      );
  }
  const outline = options.outline?.length ? writeOutline(merged, options.outline) : undefined;
  if (options.info) merged.catalogFacts.set('Lang', pdfString(options.info.lang));
  writeMergedObjects(merged, catalog, treeRoot, outline);
  return out.finish(catalog, writeInfo(merged, options.info));
}

/**
 * The document information: the first part's (Chromium's title, creator, producer and dates),
 * with `info`'s title, author, subject and keywords over it. Returns its number, if any.
 */
function writeInfo(merged: Merged, info: DocumentInfo | undefined): number | undefined {
  const entries = new Map(merged.info);
  for (const [key, value] of info ? infoEntries(info) : []) entries.set(key, pdfString(value));
  if (entries.size === 0) return undefined;
  const number = merged.out.reserve();
  merged.out.write(number, pdfDictionary(entries));
  return number;
}

/**
 * The outline of `items`, open, each bookmark going to the top of its page as MuPDF writes
 * them. Returns the number of the outline's root.
 */
function writeOutline(merged: Merged, items: readonly OutlineItem[]): number {
  const { out, pages } = merged;
  /** Writes `list` under `parent`: its first and last numbers and how many bookmarks show. */
  const writeList = (list: readonly OutlineItem[], parent: number) => {
    const numbers = list.map(() => out.reserve());
    let shown = list.length;
    for (const [index, item] of list.entries()) {
      const page = pages[item.page - 1];
      if (page === undefined)
        throw new Error(
          `The bookmark "${item.title}" goes to page ${item.page}, which the PDF lacks.`,
        );
      let text = `<</Title ${pdfString(item.title)} /Parent ${parent} 0 R`;
      if (index > 0) text += ` /Prev ${numbers[index - 1]!} 0 R`;
      if (index < list.length - 1) text += ` /Next ${numbers[index + 1]!} 0 R`;
      if (item.kids.length > 0) {
        const kids = writeList(item.kids, numbers[index]!);
        text += ` /First ${kids.first} 0 R /Last ${kids.last} 0 R /Count ${kids.shown}`;
        shown += kids.shown;
      }
      out.write(numbers[index]!, `${text} /Dest [${page} 0 R /XYZ null null null]>>`);
    }
    return { first: numbers[0]!, last: numbers.at(-1)!, shown };
  };
  const root = out.reserve();
  const top = writeList(items, root);
  out.write(
    root,
    `<</Type /Outlines /First ${top.first} 0 R /Last ${top.last} 0 R /Count ${top.shown}>>`,
  );
  return root;
}

/** The merged catalog, page tree, structure tree root, Document, trees and destinations. */
function writeMergedObjects(
  merged: Merged,
  catalog: number,
  treeRoot: number,
  outline: number | undefined,
): void {
  const { out, pageRoot, document } = merged;
  const refs = (numbers: readonly number[]) => numbers.map((number) => `${number} 0 R`).join(' ');
  out.write(
    pageRoot,
    `<</Type /Pages /Count ${merged.pages.length} /Kids [${refs(merged.pages)}]>>`,
  );
  const lang = merged.documentLang === undefined ? '' : ` /Lang ${merged.documentLang}`;
  out.write(
    document,
    `<</Type /StructElem /S /Document${lang} /P ${treeRoot} 0 R /K [${refs(merged.documentKids)}]>>`,
  );
  const parentTree = writeTree(
    out,
    merged.parentTree.sort(([a], [b]) => a - b).map(([key, value]) => [String(key), value]),
    'Nums',
  );
  const ids = [...merged.ids].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const idTree =
    ids.length > 0
      ? ` /IDTree ${writeTree(
          out,
          ids.map(([id, element]) => [pdfString(id), element]),
          'Names',
        )} 0 R`
      : '';
  const maps = (['RoleMap', 'ClassMap'] as const)
    .map((key) => [key, key === 'RoleMap' ? merged.roleMap : merged.classMap] as const)
    .filter(([, entries]) => entries.size > 0)
    .map(([key, entries]) => ` /${key} ${pdfDictionary(entries)}`)
    .join('');
  out.write(
    treeRoot,
    `<</Type /StructTreeRoot /K ${document} 0 R /ParentTree ${parentTree} 0 R ` +
      `/ParentTreeNextKey ${merged.nextKey}${idTree}${maps}>>`,
  );
  let dests = '';
  if (merged.dests.size > 0) {
    const number = out.reserve();
    out.write(number, pdfDictionary(merged.dests));
    dests = ` /Dests ${number} 0 R`;
  }
  const facts = [...merged.catalogFacts].map(([key, value]) => ` /${key} ${value}`).join('');
  const outlines = outline === undefined ? '' : ` /Outlines ${outline} 0 R`;
  out.write(
    catalog,
    `<</Type /Catalog /Pages ${pageRoot} 0 R /StructTreeRoot ${treeRoot} 0 R ` +
      `/MarkInfo <</Marked true>>${facts}${dests}${outlines}>>`,
  );
}

/** Objects of a part that the merge leaves out, and those it writes changed (with what to add). */
interface PartChanges {
  readonly dropped: Set<number>;
  /** Object number → text added at the end of its dictionary (keys that name merged objects). */
  readonly changed: Map<number, string>;
}

/** A part being added: its file, MuPDF's reading of it, and what the merge does to its objects. */
interface Part {
  readonly printUrl: string;
  readonly index: number;
  readonly file: PdfSource;
  readonly source: Pdf;
  readonly changes: PartChanges;
  /** Object number in the part → object number in the merged file. */
  readonly renumber: (number: number) => number;
  readonly changeString: StringChange | undefined;
}

function addPart(merged: Merged, printed: PrintedPart, index: number): void {
  const file = pdfSource(printed.data, `the part printed from ${printed.printUrl}`);
  const { regions, size } = file;
  const source = openPdf(printed.data);
  try {
    const sourceRoot = source.getTrailer().get('Root', 'StructTreeRoot');
    if (!sourceRoot.isDictionary())
      throw new Error(
        `The part printed from ${printed.printUrl} has no structure tree (print it tagged).`,
      );
    const changes: PartChanges = { dropped: leftOut(source), changed: new Map() };
    const keyOffset = merged.nextKey;
    const pages = changePages(merged, source, changes, keyOffset);
    const kids = changeDocument(merged, source, sourceRoot, changes, index, printed.printUrl);
    const ids = idEntries(sourceRoot, index);

    // Numbers in the merged file, in the order the part's objects are written.
    const numbers = new Int32Array(size).fill(-1);
    for (const number of regions.keys())
      if (!changes.dropped.has(number)) numbers[number] = merged.out.reserve();
    const part: Part = {
      printUrl: printed.printUrl,
      index,
      file,
      source,
      changes,
      renumber: (number) => {
        const target = numbers[number] ?? -1;
        if (target < 0)
          throw new Error(
            `Object ${number} of the part printed from ${printed.printUrl} refers to an object the merge leaves out.`,
          );
        return target;
      },
      changeString: idChange(index),
    };
    merged.pages.push(...pages.map(part.renumber));
    merged.documentKids.push(...kids.map(part.renumber));
    for (const [id, element] of ids) {
      if (merged.ids.has(id)) throw new Error(`Two structure elements have the ID ${id}.`);
      merged.ids.set(id, serialize(part, element));
    }
    gatherTrees(merged, part, sourceRoot, keyOffset);
    for (const number of regions.keys())
      if (!changes.dropped.has(number)) writeObject(merged.out, part, number);
  } finally {
    source.destroy();
  }
}

/** The part's own catalog, trees and maps, which the merge leaves out: the merged file has one of each. */
function leftOut(source: Pdf): Set<number> {
  const dropped = new Set<number>();
  const drop = (object: PdfObject) => {
    if (object.isIndirect()) dropped.add(object.asIndirect());
  };
  const trailer = source.getTrailer();
  const catalog = trailer.get('Root');
  const sourceRoot = catalog.get('StructTreeRoot');
  drop(catalog);
  drop(sourceRoot);
  const isPageTreeNode = (node: PdfObject) => node.get('Type').asName() === 'Pages';
  forEachTreeNode(catalog.get('Pages'), 'Kids', isPageTreeNode, drop);
  for (const tree of [
    sourceRoot.get('ParentTree'),
    sourceRoot.get('IDTree'),
    catalog.get('Names', 'Dests'),
  ])
    forEachTreeNode(tree, 'Kids', () => true, drop);
  for (const key of ['Dests', 'Names'] as const) drop(catalog.get(key));
  for (const key of ['RoleMap', 'ClassMap'] as const) drop(sourceRoot.get(key));
  // The merged file writes its own information (writeInfo), from the first part's.
  drop(trailer.get('Info'));
  return dropped;
}

/** `object` as text of the merged file: a reference renumbered, or a direct object written out. */
const serialize = (part: Part, object: PdfObject): string =>
  object.isIndirect()
    ? `${part.renumber(object.asIndirect())} 0 R`
    : renumberReferences(object.toString(), part.renumber, part.changeString).text;

/**
 * Adds the part's ParentTree entries (keys shifted by `keyOffset`), RoleMap, ClassMap and named
 * destinations to the merged ones; from the first part, also the catalog's language and viewer
 * preferences and the document information's entries.
 */
function gatherTrees(merged: Merged, part: Part, sourceRoot: PdfObject, keyOffset: number): void {
  const entries = numberTreeEntries(sourceRoot.get('ParentTree'));
  for (const [key, value] of entries)
    merged.parentTree.push([key + keyOffset, serialize(part, value)]);
  const nextKey = sourceRoot.get('ParentTreeNextKey');
  merged.nextKey =
    keyOffset +
    (nextKey.isNumber() ? nextKey.asNumber() : Math.max(-1, ...entries.map(([k]) => k)) + 1);
  for (const key of ['RoleMap', 'ClassMap'] as const) {
    const target = key === 'RoleMap' ? merged.roleMap : merged.classMap;
    sourceRoot.get(key).forEach((value, name) => {
      if (!target.has(String(name))) target.set(String(name), serialize(part, value));
    });
  }
  // An id printed in several parts (the print page's own frame) is the same element: the first wins.
  for (const [name, value] of destinationEntries(part.source))
    if (!merged.dests.has(name)) merged.dests.set(name, serialize(part, value));
  if (part.index > 0) return;
  const trailer = part.source.getTrailer();
  for (const key of ['Lang', 'ViewerPreferences'] as const) {
    const value = trailer.get('Root', key);
    if (!value.isNull()) merged.catalogFacts.set(key, serialize(part, value));
  }
  trailer.get('Info').forEach((value, key) => {
    merged.info.set(String(key), serialize(part, value));
  });
}

/**
 * Writes object `number` of the part: as MuPDF prints it if the merge changed it, else as it
 * is in the file (copyObject), references renumbered either way.
 */
function writeObject(out: PdfWriter, part: Part, number: number): void {
  const added = part.changes.changed.get(number);
  if (added === undefined) {
    copyObject(out, part.file, number, part.renumber, part.changeString);
    return;
  }
  const object = part.source.newIndirect(number).resolve();
  if (object.isStream() || !object.isDictionary())
    throw new Error(`The merge changed object ${number}, which is not a dictionary.`);
  const body = renumberReferences(object.toString(), part.renumber, part.changeString).text;
  out.write(part.renumber(number), `${body.slice(0, -2)}${added}>>`);
}

/**
 * The part's pages, made to stand alone under the merged page tree: inherited attributes
 * written on the page, /StructParents and the annotations' /StructParent shifted by
 * `keyOffset`, links to other parts made links to named destinations. Returns their numbers.
 */
function changePages(
  merged: Merged,
  source: Pdf,
  changes: PartChanges,
  keyOffset: number,
): number[] {
  const pages: number[] = [];
  for (let index = 0; index < source.countPages(); index++) {
    const page = source.findPage(index);
    for (const key of INHERITED_PAGE_KEYS) {
      const value = page.getInheritable(key);
      if (page.get(key).isNull() && !value.isNull()) page.put(key, value);
    }
    page.delete('Parent');
    shift(page, 'StructParents', keyOffset);
    page.get('Annots').forEach((annotation) => {
      const moved = shift(annotation, 'StructParent', keyOffset);
      const linked = linkToDestination(merged, source, annotation, merged.pages.length + index);
      if ((moved || linked) && annotation.isIndirect())
        changes.changed.set(annotation.asIndirect(), '');
    });
    changes.changed.set(page.asIndirect(), ` /Parent ${merged.pageRoot} 0 R`);
    pages.push(page.asIndirect());
  }
  return pages;
}

/** Adds `offset` to the number at `key` of `object`; whether there was one to shift. */
function shift(object: PdfObject, key: string, offset: number): boolean {
  const value = object.get(key);
  if (offset === 0 || !value.isNumber()) return false;
  object.put(key, value.asNumber() + offset);
  return true;
}

/**
 * Turns a link to the print page with a fragment (printed as an address because its element
 * was in another part) into a link to the named destination of that element.
 */
function linkToDestination(
  merged: Merged,
  source: Pdf,
  annotation: PdfObject,
  pageIndex: number,
): boolean {
  const uri = annotation.get('A', 'URI');
  if (annotation.get('A', 'S').asName() !== 'URI' || !uri.isString()) return false;
  const id = linkedChunkId(uri.asString(), merged.printPage);
  if (id === undefined) return false;
  // Checked once every part's destinations are known (mergeTaggedPdfFile).
  if (!merged.linkedIds.has(id)) merged.linkedIds.set(id, pageIndex + 1);
  annotation.delete('A');
  annotation.put('Dest', source.newName(id));
  return true;
}

/**
 * Gives the elements of the part's Document to the merged Document: each one's /P is the
 * merged Document's, and the part's language, if it differs from the first part's, goes on
 * the elements. Returns their numbers.
 */
function changeDocument(
  merged: Merged,
  source: Pdf,
  sourceRoot: PdfObject,
  changes: PartChanges,
  index: number,
  printUrl: string,
): number[] {
  const tops = kidsOf(sourceRoot);
  const top = tops.length === 1 ? tops[0]! : undefined;
  const element = top?.resolve();
  if (
    !top?.isIndirect() ||
    element?.get('S').asName() !== 'Document' ||
    !kidsOf(element).every((kid) => kid.isIndirect() && isStructElement(kid.resolve()))
  )
    throw new Error(
      `The part printed from ${printUrl} does not hold one Document element of elements, as Chromium writes it.`,
    );
  changes.dropped.add(top.asIndirect());
  const lang = element.get('Lang');
  const langText = lang.isString() ? lang.toString() : undefined;
  if (index === 0) merged.documentLang = langText;
  const kids: number[] = [];
  for (const kid of kidsOf(element)) {
    const resolved = kid.resolve();
    resolved.delete('P');
    // The part's language was on its Document: keep it on its elements if it differs.
    if (langText !== undefined && langText !== merged.documentLang && resolved.get('Lang').isNull())
      resolved.put('Lang', source.newString(lang.asString()));
    changes.changed.set(kid.asIndirect(), ` /P ${merged.document} 0 R`);
    kids.push(kid.asIndirect());
  }
  return kids;
}

/**
 * The part's IDTree entries, as the merged IDTree names them. Chromium's element IDs
 * (`node00000017`) count per print, so two parts use the same ones: every part after the
 * first has its IDs renamed (`node00000017-part2`), in the IDTree here and, as its objects
 * are written, in the elements' /ID and the table cells' /Headers (idChange).
 */
function idEntries(sourceRoot: PdfObject, index: number): [string, PdfObject][] {
  return nameTreeEntries(sourceRoot.get('IDTree')).map(([id, element]) => {
    if (!/^[\w-]+$/.test(id))
      throw new Error(
        `A structure element ID (${JSON.stringify(id)}) is not as Chromium writes them.`,
      );
    const name = index === 0 ? id : `${id}${partSuffix(index)}`;
    return [name, element];
  });
}

/** Calls `visit` on `node` and on every node below it (through `kidsKey`) that `isNode`. */
function forEachTreeNode(
  node: PdfObject,
  kidsKey: string,
  isNode: (node: PdfObject) => boolean,
  visit: (node: PdfObject) => void,
): void {
  if (!node.isDictionary() || !isNode(node)) return;
  visit(node);
  node.get(kidsKey).forEach((kid) => {
    forEachTreeNode(kid, kidsKey, isNode, visit);
  });
}
