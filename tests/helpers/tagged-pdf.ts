/**
 * Tagged PDFs printed from the fixtures of tests/fixtures/pdf-merge, as the chunked export
 * prints its chunks, and what the merge and cut tests read of their structure trees.
 */
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { expect } from 'vitest';
import { launchBrowser } from '../../scripts/lib/pdf/browser.ts';
import type { PrintedPart } from '../../scripts/lib/pdf/merge-tagged.ts';
import type { Pdf } from '../../scripts/lib/pdf/pdf-file.ts';

const FIXTURES = 'tests/fixtures/pdf-merge';
const NAMES = ['part-1', 'part-2', 'part-3', 'broken-link', 'table'] as const;
export type Name = (typeof NAMES)[number];

export type PdfObject = ReturnType<Pdf['getTrailer']>;

/** Serves each fixture at /print/?part=<name> and prints it tagged, as the chunked export does. */
export async function printFixtures(): Promise<Map<Name, PrintedPart>> {
  const pages = new Map<string, string>();
  for (const name of NAMES)
    pages.set(`/print/?part=${name}`, await readFile(path.join(FIXTURES, `${name}.html`), 'utf8'));
  const server: Server = createServer((request, response) => {
    const page = pages.get(request.url ?? '');
    response.writeHead(page ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
    response.end(page ?? '');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await launchBrowser({ use: 'print' });
  try {
    const page = await browser.newPage();
    const printed = new Map<Name, PrintedPart>();
    for (const name of NAMES) {
      const printUrl = `${origin}/print/?part=${name}`;
      await page.goto(printUrl, { waitUntil: 'load' });
      const data = await page.pdf({ format: 'A4', tagged: true, outline: false });
      printed.set(name, { data, printUrl });
    }
    return printed;
  } finally {
    await browser.close();
    server.close();
  }
}

/** Every structure element with its parent, depth first in document order. */
export function structElements(pdf: Pdf): { element: PdfObject; parent: PdfObject }[] {
  const found: { element: PdfObject; parent: PdfObject }[] = [];
  const visit = (parent: PdfObject) => {
    const k = parent.get('K');
    const kids: PdfObject[] = [];
    if (k.isArray()) k.forEach((kid) => kids.push(kid));
    else if (!k.isNull()) kids.push(k);
    for (const kid of kids) {
      if (!kid.isIndirect() || !kid.get('S').isName()) continue;
      found.push({ element: kid, parent });
      visit(kid);
    }
  };
  visit(pdf.getTrailer().get('Root', 'StructTreeRoot'));
  return found;
}

/** Each TD's /Headers, as the table (object number) of the TH that each names in the IDTree. */
export function headerTables(pdf: Pdf): { cell: number; headers: (number | undefined)[] }[] {
  const elements = structElements(pdf);
  const tableOf = (element: PdfObject): number => {
    let current = element;
    while (current.get('S').asName() !== 'Table') current = current.get('P');
    return current.asIndirect();
  };
  const ids = new Map<string, number>();
  const visit = (node: PdfObject) => {
    const names = node.get('Names');
    for (let i = 0; i + 1 < names.length; i += 2) {
      const element = names.get(i + 1);
      expect(element.get('S').asName()).toBe('TH');
      ids.set(names.get(i).asString(), tableOf(element));
    }
    node.get('Kids').forEach(visit);
  };
  visit(pdf.getTrailer().get('Root', 'StructTreeRoot', 'IDTree'));
  return elements
    .filter(({ element }) => element.get('S').asName() === 'TD')
    .map(({ element }) => {
      const headers: (number | undefined)[] = [];
      element.get('A').forEach((attributes) => {
        attributes.get('Headers').forEach((id) => headers.push(ids.get(id.asString())));
      });
      return { cell: tableOf(element), headers };
    });
}
