/**
 * Pages of tagged PDFs cut into a tagged PDF of their own: a factsheet from the chunk Chromium
 * printed it in, an area's PDF from the one or two chunks its fichas are in. Page-copying
 * tools (MuPDF graftPage, qpdf --pages, pdf-lib copyPages) drop the structure tree; this cut
 * keeps the part of it that holds the pages' content: the elements that the pages' marked
 * content and links belong to (the ParentTree says which), with their ancestors up to the
 * Document, each element's kids narrowed to those on the pages. The pages and what they use
 * are copied byte for byte, references renumbered (pdf-syntax.ts), and the elements
 * rewritten from the file's text: reading them through MuPDF's objects took seconds per
 * thousand factsheets. Links to named destinations become links to a page of the cut or to
 * an address (`linkTarget`), or are removed. Pages from several files are put together as
 * the merge does it (merge-tagged.ts): ParentTree keys shifted, IDs renamed.
 */
import { linkedChunkId } from './chunk-links.ts';
import {
  destinationEntries,
  infoEntries,
  openPdf,
  type DocumentInfo,
  type LinkTarget,
  type Pdf,
} from './pdf-file.ts';
import {
  arraySpans,
  copyObject,
  dictionarySpans,
  objectBody,
  pdfDictionary,
  pdfName,
  pdfSource,
  pdfString,
  PdfWriter,
  referencedNumber,
  renumberReferences,
  type PdfSource,
  type Span,
  type StringChange,
} from './pdf-syntax.ts';
import {
  idChange,
  INHERITED_PAGE_KEYS,
  kidsOf,
  nameTreeEntries,
  numberTreeEntries,
  partSuffix,
  writeTree,
  type PdfObject,
} from './pdf-trees.ts';

/** A tagged PDF read once for the cuts made from it; `destroy` frees its MuPDF document. */
export interface TaggedSource {
  readonly file: PdfSource;
  readonly pdf: Pdf;
  /** Object number of each page, in order. */
  readonly pages: readonly number[];
  /** Page object number → 0-based index. */
  readonly pageIndex: ReadonlyMap<number, number>;
  /** The address a link to another chunk's element names, for a chunk Chromium printed. */
  readonly printPage: string | undefined;
  readonly tree: SourceTree;
  destroy(): void;
}

/** What the cuts read of a source's structure tree. */
interface SourceTree {
  readonly root: PdfObject;
  /** The structure tree root's object number: the Document's parent. */
  readonly rootNumber: number | undefined;
  /** The one Document element, its kids in order, and its language (as object text). */
  readonly document: number;
  readonly documentKids: readonly number[];
  readonly documentLang: string | undefined;
  /** ParentTree key → its value: an array of elements by MCID, or one element. */
  readonly parentTree: ReadonlyMap<number, PdfObject>;
  readonly nextKey: number;
  /** Element number → its ID, for the elements the IDTree names. */
  readonly ids: ReadonlyMap<number, string>;
  readonly destinations: ReadonlyMap<string, PdfObject>;
  /** Element number → its dictionary's entries, read from the file as the cuts need them. */
  readonly elements: Map<number, ReadonlyMap<string, Span>>;
}

/** Reads `data`, a tagged PDF with one classic cross-reference table (Chromium's, or the merge's). */
export function taggedSource(data: Uint8Array, label: string, printPage?: string): TaggedSource {
  const file = pdfSource(data, label);
  const pdf = openPdf(data);
  try {
    const pages = Array.from({ length: pdf.countPages() }, (_, index) =>
      pdf.findPage(index).asIndirect(),
    );
    const rootReference = pdf.getTrailer().get('Root').get('StructTreeRoot');
    const root = rootReference.resolve();
    const [top, ...more] = root.isDictionary() ? kidsOf(root) : [];
    const document = top?.resolve();
    if (!top?.isIndirect() || more.length > 0 || document?.get('S').asName() !== 'Document')
      throw new Error(`${label} has no structure tree of one Document element (print it tagged).`);
    const parentTree = new Map(numberTreeEntries(root.get('ParentTree')));
    const nextKey = root.get('ParentTreeNextKey');
    const lang = document.get('Lang');
    const tree: SourceTree = {
      root,
      rootNumber: rootReference.isIndirect() ? rootReference.asIndirect() : undefined,
      document: top.asIndirect(),
      documentKids: kidsOf(document)
        .filter((kid) => kid.isIndirect())
        .map((kid) => kid.asIndirect()),
      documentLang: lang.isNull() ? undefined : lang.toString(),
      parentTree,
      nextKey: nextKey.isNumber() ? nextKey.asNumber() : Math.max(-1, ...parentTree.keys()) + 1,
      ids: new Map(
        nameTreeEntries(root.get('IDTree'))
          .filter(([, element]) => element.isIndirect())
          .map(([id, element]) => [element.asIndirect(), id]),
      ),
      destinations: new Map(destinationEntries(pdf)),
      elements: new Map(),
    };
    const pageIndex = new Map(pages.map((page, index) => [page, index]));
    return {
      file,
      pdf,
      pages,
      pageIndex,
      printPage,
      tree,
      destroy: () => {
        pdf.destroy();
      },
    };
  } catch (error) {
    pdf.destroy();
    throw error;
  }
}

/** Pages `first` to `last` (0-based, inclusive) of `source`. */
export interface CutPiece {
  readonly source: TaggedSource;
  readonly first: number;
  readonly last: number;
}

/** A piece being cut: its source's objects renumbered into the cut, and what it keeps. */
interface Piece extends CutPiece {
  readonly index: number;
  /** The piece's pages' object numbers in its source. */
  readonly pages: readonly number[];
  readonly onPages: ReadonlySet<number>;
  /** Source object number → the cut's. */
  readonly numbers: Map<number, number>;
  readonly renumber: (number: number) => number;
  readonly changeString: StringChange | undefined;
  /** Added to the source's ParentTree keys: the keys of the pieces before. */
  readonly keyOffset: number;
  /** Kept link annotations → their /A or /Dest, as text of the cut. */
  readonly links: Map<number, { readonly annotation: PdfObject; readonly action: string }>;
  readonly elements: Set<number>;
  readonly parentTreeKeys: number[];
}

const PAGE_KEYS_REWRITTEN = new Set(['Parent', 'Annots', 'StructParents', ...INHERITED_PAGE_KEYS]);
const LINK_KEYS_REWRITTEN = new Set(['A', 'Dest', 'P', 'StructParent']);
const ELEMENT_KEYS_REWRITTEN = new Set(['P', 'K', 'Pg']);

/** `object`'s text, references renumbered. */
const textOf = (object: PdfObject, renumber: (number: number) => number) =>
  renumberReferences(object.toString(), renumber).text;

/** A dictionary's entries as text, but for the keys in `skip`, references renumbered. */
function entriesText(
  dictionary: PdfObject,
  skip: ReadonlySet<string>,
  renumber: (number: number) => number,
): string {
  const entries: string[] = [];
  dictionary.forEach((value, key) => {
    if (!skip.has(String(key))) entries.push(`${pdfName(String(key))} ${textOf(value, renumber)}`);
  });
  return entries.join(' ');
}

/**
 * A tagged PDF of the pieces' pages in order, with `info` and one bookmark to its first page.
 * `linkTarget` says where a link to a named destination goes, in pages of the cut.
 */
export function cutTaggedPages(
  cut: readonly CutPiece[],
  info: DocumentInfo,
  linkTarget: (name: string) => LinkTarget,
): Uint8Array {
  const out = new PdfWriter();
  const [catalog, pageRoot, treeRoot, document] = [1, 2, 3, 4].map(() => out.reserve()) as [
    number,
    number,
    number,
    number,
  ];
  /** Ordinary objects (contents, fonts, images) to copy as they are, by piece. */
  const toCopy: [Piece, number][] = [];
  let keyOffset = 0;
  const pieces = cut.map(({ source, first, last }, index): Piece => {
    const numbers = new Map<number, number>();
    const renumber = (number: number): number => {
      const known = numbers.get(number);
      if (known !== undefined) return known;
      const page = source.pageIndex.get(number);
      if (page !== undefined)
        throw new Error(
          `Cutting pages ${first + 1}–${last + 1} of ${source.file.label}: an object refers to page ${page + 1}.`,
        );
      const claimed = out.reserve();
      numbers.set(number, claimed);
      toCopy.push([piece, number]);
      return claimed;
    };
    const pages = source.pages.slice(first, last + 1);
    const piece: Piece = {
      source,
      first,
      last,
      index,
      pages,
      onPages: new Set(pages),
      numbers,
      renumber,
      changeString: idChange(index),
      keyOffset,
      links: new Map(),
      elements: new Set(),
      parentTreeKeys: [],
    };
    keyOffset += source.tree.nextKey;
    for (const page of pages) numbers.set(page, out.reserve());
    return piece;
  });
  const cutPages = pieces.flatMap((piece) => piece.pages.map((page) => piece.numbers.get(page)!));

  for (const piece of pieces) {
    keepLinks(piece, pieces, cutPages, linkTarget);
    gatherElements(piece);
    for (const number of [...piece.links.keys(), ...piece.elements])
      piece.numbers.set(number, out.reserve());
  }
  for (const piece of pieces) writePiece(out, piece, pageRoot, document);

  const tops = pieces.flatMap((piece) =>
    piece.source.tree.documentKids
      .filter((kid) => piece.elements.has(kid))
      .map((kid) => piece.numbers.get(kid)!),
  );
  if (tops.length === 0)
    throw new Error(`The pages cut for “${info.title}” hold no tagged content.`);
  const lang = pieces[0]!.source.tree.documentLang;
  out.write(
    document,
    `<</Type /StructElem /S /Document${lang === undefined ? '' : ` /Lang ${lang}`}` +
      ` /P ${treeRoot} 0 R /K [${tops.map((kid) => `${kid} 0 R`).join(' ')}]>>`,
  );
  writeStructTreeRoot(out, pieces, treeRoot, document, keyOffset);

  // Copying an object may claim more: the queue grows as it is walked.
  for (let index = 0; index < toCopy.length; index++) {
    const [piece, number] = toCopy[index]!;
    copyObject(out, piece.source.file, number, piece.renumber);
  }

  const refs = (numbers: readonly number[]) => numbers.map((number) => `${number} 0 R`).join(' ');
  out.write(pageRoot, `<</Type /Pages /Count ${cutPages.length} /Kids [${refs(cutPages)}]>>`);
  const [outline, bookmark] = [out.reserve(), out.reserve()];
  out.write(outline, `<</Type /Outlines /First ${bookmark} 0 R /Last ${bookmark} 0 R /Count 1>>`);
  out.write(
    bookmark,
    `<</Title ${pdfString(info.title)} /Parent ${outline} 0 R /Dest [${cutPages[0]} 0 R /XYZ null null null]>>`,
  );
  out.write(
    catalog,
    `<</Type /Catalog /Pages ${pageRoot} 0 R /StructTreeRoot ${treeRoot} 0 R /MarkInfo <</Marked true>>` +
      ` /Lang ${pdfString(info.lang)} /ViewerPreferences <</DisplayDocTitle true>> /Outlines ${outline} 0 R>>`,
  );
  const infoObject = out.reserve();
  out.write(
    infoObject,
    pdfDictionary(infoEntries(info).map(([key, value]) => [key, pdfString(value)])),
  );
  return out.finish(catalog, infoObject);
}

/** Decides what each link annotation of the piece's pages does in the cut; keeps those that lead somewhere. */
function keepLinks(
  piece: Piece,
  pieces: readonly Piece[],
  cutPages: readonly number[],
  linkTarget: (name: string) => LinkTarget,
): void {
  for (const page of piece.pages) {
    piece.source.pdf
      .newIndirect(page)
      .get('Annots')
      .forEach((annotation) => {
        if (!annotation.isIndirect()) return;
        const action = linkAction(piece, annotation, pieces, cutPages, linkTarget);
        if (action !== null) piece.links.set(annotation.asIndirect(), { annotation, action });
      });
  }
}

/**
 * What an annotation kept in the cut does: its /Dest or /A as text of the cut, or null for a
 * link to remove.
 */
function linkAction(
  piece: Piece,
  annotation: PdfObject,
  pieces: readonly Piece[],
  cutPages: readonly number[],
  linkTarget: (name: string) => LinkTarget,
): string | null {
  const action = annotation.get('A');
  const asIs = () => (action.isNull() ? '' : ` /A ${textOf(action, piece.renumber)}`);
  if (annotation.get('Subtype').asName() !== 'Link') return asIs();
  let destination = annotation.get('Dest');
  if (destination.isNull() && action.get('S').asName() === 'GoTo') destination = action.get('D');
  let name: string | undefined;
  if (destination.isName()) name = destination.asName();
  else if (destination.isString()) name = destination.asString();
  else if (destination.isArray()) {
    // A destination given as a page: kept if the page is in the piece.
    const page = destination.get(0);
    return page.isIndirect() && piece.onPages.has(page.asIndirect())
      ? ` /Dest ${textOf(destination, piece.renumber)}`
      : null;
  } else if (action.get('S').asName() === 'URI' && piece.source.printPage) {
    name = linkedChunkId(action.get('URI').asString(), piece.source.printPage);
  }
  if (name === undefined) return action.isNull() ? null : asIs();
  const target = linkTarget(name);
  if (!target) return null;
  if ('url' in target) return ` /A <</S /URI /URI ${pdfString(target.url)}>>`;
  const page = cutPages[target.page - 1];
  if (page === undefined) return null;
  return ` /Dest [${page} 0 R ${spotOn(pieces, name, page) ?? '/XYZ null null null'}]`;
}

/** Where on the cut's page `page` the destination `name` is (`/XYZ left top zoom`), if a source says. */
function spotOn(pieces: readonly Piece[], name: string, page: number): string | undefined {
  for (const piece of pieces) {
    const known = piece.source.tree.destinations.get(name)?.resolve();
    const array = known?.isDictionary() ? known.get('D') : known;
    const onPage = array?.isArray() ? array.get(0) : undefined;
    if (!array || !onPage?.isIndirect() || piece.numbers.get(onPage.asIndirect()) !== page)
      continue;
    const spot: string[] = [];
    for (let index = 1; index < array.length; index++) spot.push(array.get(index).toString());
    return spot.join(' ');
  }
  return undefined;
}

/** The elements that hold the piece's content and links, with their ancestors. */
function gatherElements(piece: Piece): void {
  const { source, elements, parentTreeKeys } = piece;
  const { tree } = source;
  /** Adds the elements a ParentTree value names (an array by MCID, perhaps an object of its own, or one element). */
  const add = (key: PdfObject) => {
    if (!key.isNumber()) return;
    parentTreeKeys.push(key.asNumber());
    const value = tree.parentTree.get(key.asNumber());
    const named = value?.resolve().isArray() ? value.resolve().toString() : String(value);
    for (const [, reference] of named.matchAll(/(\d+) 0 R/g)) {
      let number: number | undefined = Number(reference);
      while (number !== undefined && number !== tree.document && !elements.has(number)) {
        elements.add(number);
        number = parentOf(source, number);
      }
    }
  };
  for (const page of piece.pages) add(source.pdf.newIndirect(page).get('StructParents'));
  for (const { annotation } of piece.links.values()) add(annotation.get('StructParent'));
}

/** Writes the piece's pages, kept links and elements. */
function writePiece(out: PdfWriter, piece: Piece, pageRoot: number, document: number): void {
  const { source, numbers, renumber, keyOffset } = piece;
  /** ` /key n`, shifted past the keys of the pieces before. */
  const shiftedKey = (object: PdfObject, key: string) => {
    const value = object.get(key);
    return value.isNumber() ? ` /${key} ${value.asNumber() + keyOffset}` : '';
  };
  for (const page of piece.pages) {
    const object = source.pdf.newIndirect(page);
    let text =
      entriesText(object, PAGE_KEYS_REWRITTEN, renumber) + shiftedKey(object, 'StructParents');
    for (const key of INHERITED_PAGE_KEYS) {
      const value = object.getInheritable(key);
      if (!value.isNull()) text += ` /${key} ${textOf(value, renumber)}`;
    }
    const links: number[] = [];
    object.get('Annots').forEach((annotation) => {
      const link = annotation.isIndirect() ? numbers.get(annotation.asIndirect()) : undefined;
      if (link !== undefined && piece.links.has(annotation.asIndirect())) links.push(link);
    });
    if (links.length > 0) text += ` /Annots [${links.map((link) => `${link} 0 R`).join(' ')}]`;
    out.write(numbers.get(page)!, `<<${text} /Parent ${pageRoot} 0 R>>`);
  }
  for (const [number, { annotation, action }] of piece.links) {
    const text =
      entriesText(annotation, LINK_KEYS_REWRITTEN, renumber) +
      shiftedKey(annotation, 'StructParent');
    out.write(numbers.get(number)!, `<<${text}${action}>>`);
  }
  for (const number of piece.elements)
    out.write(numbers.get(number)!, elementText(piece, number, document));
}

/** Element `number`'s dictionary entries, read from the file once. */
function elementEntries(source: TaggedSource, number: number): ReadonlyMap<string, Span> {
  let entries = source.tree.elements.get(number);
  if (!entries) {
    entries = dictionarySpans(source.file.text, objectBody(source.file, number)[0]);
    source.tree.elements.set(number, entries);
  }
  return entries;
}

/** The object number that entry `key` of `entries` refers to, if it is a reference. */
function referenceIn(
  source: TaggedSource,
  entries: ReadonlyMap<string, Span>,
  key: string,
): number | undefined {
  const span = entries.get(key);
  return span && referencedNumber(source.file.text.slice(span[0], span[1]));
}

/** The parent element's number, or undefined at the structure tree's root. */
function parentOf(source: TaggedSource, element: number): number | undefined {
  const parent = referenceIn(source, elementEntries(source, element), 'P');
  return parent === source.tree.rootNumber ? undefined : parent;
}

/** An element of the cut: its kids narrowed to those on the piece's pages and in the cut. */
function elementText(piece: Piece, number: number, document: number): string {
  const { source, elements, onPages, links, renumber, changeString } = piece;
  const { text } = source.file;
  const entries = elementEntries(source, number);
  const onCutPage = (page: number | undefined, fallback: boolean) =>
    page === undefined ? fallback : onPages.has(page);
  const ownPage = onCutPage(referenceIn(source, entries, 'Pg'), false);
  /** A kid as the cut sees it: whether it stays, and whether it is a link's annotation (an OBJR). */
  const read = ([start, end]: Span): { keep: boolean; link: boolean } => {
    const kid = text.slice(start, end);
    if (/^\d+$/.test(kid)) return { keep: ownPage, link: false };
    const element = referencedNumber(kid);
    if (element !== undefined) return { keep: elements.has(element), link: false };
    if (!kid.startsWith('<<')) return { keep: false, link: false };
    const marked = dictionarySpans(text, start);
    const type = marked.get('Type');
    if (type && text.slice(type[0], type[1]) === '/OBJR') {
      const annotation = referenceIn(source, marked, 'Obj');
      return { keep: annotation !== undefined && links.has(annotation), link: true };
    }
    return { keep: onCutPage(referenceIn(source, marked, 'Pg'), ownPage), link: false };
  };
  const value = ([start, end]: Span) => renumberReferences(text.slice(start, end), renumber).text;
  const kidsSpan = entries.get('K');
  const kidsRead = (kidsSpan ? arraySpans(text, kidsSpan) : []).map((span) => ({
    span,
    ...read(span),
  }));
  const kids = kidsRead.filter((kid) => kid.keep).map((kid) => kid.span);
  // A link whose annotation the cut removed is text like any other, not a link that leads nowhere.
  const unlinked =
    kidsRead.some((kid) => kid.link) && !kidsRead.some((kid) => kid.link && kid.keep);
  let written = unlinked ? '/S /Span ' : '';
  for (const [key, [start, end]] of entries) {
    if (ELEMENT_KEYS_REWRITTEN.has(key) || (unlinked && key === 'S')) continue;
    // With its key, which says whether a string is an ID to rename.
    written += `${renumberReferences(`/${key} ${text.slice(start, end)}`, renumber, changeString).text} `;
  }
  const parent = parentOf(source, number);
  written += `/P ${parent === undefined || parent === source.tree.document ? document : renumber(parent)} 0 R`;
  if (ownPage) written += ` /Pg ${value(entries.get('Pg')!)}`;
  if (kids.length > 0) written += ` /K [${kids.map(value).join(' ')}]`;
  return `<<${written}>>`;
}

/** The cut's structure tree root: ParentTree entries (keys shifted), IDTree, RoleMap and ClassMap. */
function writeStructTreeRoot(
  out: PdfWriter,
  pieces: readonly Piece[],
  treeRoot: number,
  document: number,
  nextKey: number,
): void {
  const parentTree: [number, string][] = [];
  const ids: [string, string][] = [];
  const maps = { RoleMap: new Map<string, string>(), ClassMap: new Map<string, string>() };
  for (const piece of pieces) {
    const { tree } = piece.source;
    for (const key of new Set(piece.parentTreeKeys)) {
      const value = tree.parentTree.get(key);
      if (value) parentTree.push([key + piece.keyOffset, textOf(value, piece.renumber)]);
    }
    for (const element of piece.elements) {
      const id = tree.ids.get(element);
      if (id !== undefined)
        ids.push([
          `${id}${piece.index > 0 ? partSuffix(piece.index) : ''}`,
          `${piece.numbers.get(element)} 0 R`,
        ]);
    }
    for (const [key, entries] of Object.entries(maps)) {
      tree.root.get(key).forEach((value, name) => {
        if (!entries.has(String(name))) entries.set(String(name), textOf(value, piece.renumber));
      });
    }
  }
  const sortedParentTree = parentTree
    .sort(([a], [b]) => a - b)
    .map(([key, value]): [string, string] => [String(key), value]);
  let text = `/Type /StructTreeRoot /K ${document} 0 R /ParentTree ${writeTree(out, sortedParentTree, 'Nums')} 0 R /ParentTreeNextKey ${nextKey}`;
  if (ids.length > 0) {
    const sortedIds = ids
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([id, element]): [string, string] => [pdfString(id), element]);
    text += ` /IDTree ${writeTree(out, sortedIds, 'Names')} 0 R`;
  }
  for (const [key, entries] of Object.entries(maps))
    if (entries.size > 0) text += ` /${key} ${pdfDictionary(entries)}`;
  out.write(treeRoot, `<<${text}>>`);
}
