/**
 * Reading and writing PDFs with MuPDF (npm `mupdf`, WebAssembly): named destinations of a
 * printed catalogue, and the split PDFs with their document information. Fast enough to split
 * a thousand factsheets in seconds; see split-pdfs.ts for why splitting and not printing.
 */
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import * as mupdf from 'mupdf';
import { linkedChunkId } from './chunk-links.ts';

export type Pdf = mupdf.PDFDocument;

export const openPdf = (data: Uint8Array): Pdf => new mupdf.PDFDocument(data);

export const readPdf = async (file: string): Promise<Pdf> =>
  openPdf(new Uint8Array(await readFile(file)));

/** Named destinations, from the catalog's /Dests (how Chromium writes them) or the name tree. */
export function destinationEntries(pdf: Pdf): [string, mupdf.PDFObject][] {
  const root = pdf.getTrailer().get('Root');
  const dests = root.get('Dests');
  if (!dests.isDictionary()) {
    // MuPDF's loadNameTree fails on a file without the tree, as a part with no link has.
    return root.get('Names', 'Dests').isDictionary()
      ? Object.entries(pdf.loadNameTree('Dests'))
      : [];
  }
  const entries: [string, mupdf.PDFObject][] = [];
  dests.forEach((value, key) => entries.push([String(key), value]));
  return entries;
}

/** Named destination → 1-based page. */
export function namedDestinations(pdf: Pdf): Map<string, number> {
  const pageIndex = new Map<number, number>();
  for (let index = 0; index < pdf.countPages(); index++) {
    pageIndex.set(pdf.findPage(index).asIndirect(), index + 1);
  }
  const pages = new Map<string, number>();
  for (const [name, value] of destinationEntries(pdf)) {
    const resolved = value.resolve();
    const array = resolved.isDictionary() ? resolved.get('D').resolve() : resolved;
    const page = array.isArray() ? pageIndex.get(array.get(0).asIndirect()) : undefined;
    if (page !== undefined) pages.set(name, page);
  }
  return pages;
}

export interface DocumentInfo {
  readonly title: string;
  readonly author: string;
  readonly subject?: string | undefined;
  readonly keywords?: string | undefined;
  readonly lang: string;
}

/** The document information dictionary's entries for `info`: title and author, subject and keywords when given. */
export function infoEntries(info: DocumentInfo): [string, string][] {
  const entries: [string, string][] = [
    ['Title', info.title],
    ['Author', info.author],
  ];
  if (info.subject) entries.push(['Subject', info.subject]);
  if (info.keywords) entries.push(['Keywords', info.keywords]);
  return entries;
}

/** Sets the document information and language (Chromium writes the title and language only). */
export function setDocumentInfo(pdf: Pdf, info: DocumentInfo): void {
  for (const [key, value] of infoEntries(info)) pdf.setMetaData(`info:${key}`, value);
  pdf.setLanguage(info.lang);
}

/** What a link of a split PDF to `name` becomes: a page of its own, an address, or nothing. */
export type LinkTarget = { readonly page: number } | { readonly url: string } | undefined;

const NAMED_DEST = /^#nameddest=(.+)$/;

/** A page of a printed PDF, and the address its links to other chunks' elements name. */
export interface SourcePage {
  readonly pdf: Pdf;
  /** 0-based. */
  readonly index: number;
  /** The print page's address: a link to it with a fragment leads to that named destination. */
  readonly printPage: string;
}

/** The named destination a link of a printed page leads to, if it leads to one. */
function destinationName(uri: string, printPage: string): string | undefined {
  const name = NAMED_DEST.exec(uri)?.[1];
  return name === undefined ? linkedChunkId(uri, printPage) : decodeURIComponent(name);
}

/**
 * A new PDF of `pages`, with its own information and one bookmark. Links to named
 * destinations of the catalogue, which the new file lacks, are pointed at a page of the new
 * file or at an address by `linkTarget`, or removed.
 */
export function extractPages(
  pages: readonly SourcePage[],
  info: DocumentInfo,
  linkTarget: (name: string) => LinkTarget,
): Uint8Array {
  const pdf = new mupdf.PDFDocument();
  const grafts = new Map<Pdf, mupdf.PDFGraftMap>();
  for (const [position, { pdf: source, index }] of pages.entries()) {
    let graft = grafts.get(source);
    if (!graft) grafts.set(source, (graft = pdf.newGraftMap()));
    graft.graftPage(-1, source, index);
    copyLinks(source.findPage(index), pdf.findPage(position), pdf, graft);
  }
  for (const [index, { printPage }] of pages.entries()) {
    const page = pdf.loadPage(index);
    for (const link of page.getLinks()) {
      const name = destinationName(link.getURI(), printPage);
      if (name === undefined) continue;
      const target = linkTarget(name);
      if (target && 'page' in target) link.setURI(`#page=${target.page}`);
      else if (target) link.setURI(target.url);
      else page.deleteLink(link);
    }
  }
  setDocumentInfo(pdf, info);
  pdf.outlineIterator().insert({ title: info.title, uri: '#page=1', open: true });
  return pdf.saveToBuffer('compress').asUint8Array();
}

/**
 * Copies a page's link annotations onto its copy: MuPDF's graftPage copies the page's
 * contents and resources, not its annotations. The pointers back to the page (/P) and into
 * the structure tree (/StructParent), which the copy has not, are left behind.
 */
function copyLinks(
  source: mupdf.PDFObject,
  copy: mupdf.PDFObject,
  pdf: Pdf,
  graft: mupdf.PDFGraftMap,
): void {
  const links = pdf.newArray();
  source.get('Annots').forEach((annotation) => {
    if (annotation.get('Subtype').asName() !== 'Link') return;
    // Cut in the source, whose pages are copied and never saved: a graft copies all it reaches.
    annotation.delete('P');
    const link = graft.graftObject(annotation);
    link.delete('StructParent');
    links.push(link);
  });
  if (links.length > 0) copy.put('Annots', links);
}

/** Writes a PDF through a temporary name, so that no reader ever sees half a file. */
export async function writePdf(file: string, data: Uint8Array): Promise<void> {
  const partial = `${file}.partial`;
  try {
    await writeFile(partial, data);
    await rename(partial, file);
  } finally {
    await rm(partial, { force: true });
  }
}
