/**
 * Reading PDFs with MuPDF (npm `mupdf`, WebAssembly): named destinations of a printed
 * catalogue; document information and links as the merge and the cuts write them; writing a
 * PDF file safely.
 */
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import * as mupdf from 'mupdf';

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

/** What a link of a split PDF to `name` becomes: a page of its own, an address, or nothing. */
export type LinkTarget = { readonly page: number } | { readonly url: string } | undefined;

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
