import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { BuildError } from '../../scripts/lib/build/build-error.ts';
import { mergeTaggedPdfFile, type PrintedPart } from '../../scripts/lib/pdf/merge-tagged.ts';
import { namedDestinations, openPdf, type Pdf } from '../../scripts/lib/pdf/pdf-file.ts';
import {
  headerTables,
  printFixtures,
  structElements,
  type Name,
  type PdfObject,
} from '../helpers/tagged-pdf.ts';

const run = (command: string, ...args: string[]) =>
  execFileSync(command, args, { encoding: 'utf8' });

/** How many objects the file holds (not counting free slots). */
function liveObjects(pdf: Pdf): number {
  let count = 0;
  for (let number = 1; number < pdf.countObjects(); number++)
    if (!pdf.newIndirect(number).resolve().isNull()) count++;
  return count;
}

/** The entries of a number tree as a map. */
function numberTree(node: PdfObject): Map<number, PdfObject> {
  const entries = new Map<number, PdfObject>();
  const nums = node.get('Nums');
  for (let i = 0; i + 1 < nums.length; i += 2) entries.set(nums.get(i).asNumber(), nums.get(i + 1));
  node.get('Kids').forEach((kid) => {
    for (const [key, value] of numberTree(kid)) entries.set(key, value);
  });
  return entries;
}

/**
 * The marked content (as "page object number/MCID") and annotations an element holds
 * directly. A marked-content reference names its page when it is not the element's (Chromium
 * writes one for an element that goes on over a page break).
 */
function contentOf(element: PdfObject): { marks: string[]; objects: number[] } {
  const marks: string[] = [];
  const objects: number[] = [];
  const k = element.get('K');
  const kids: PdfObject[] = [];
  if (k.isArray()) k.forEach((kid) => kids.push(kid));
  else kids.push(k);
  const pageOf = (owner: PdfObject) =>
    owner.get('Pg').isNull() ? element.get('Pg').asIndirect() : owner.get('Pg').asIndirect();
  for (const kid of kids) {
    if (kid.isInteger()) marks.push(`${pageOf(element)}/${kid.asNumber()}`);
    else if (kid.isDictionary() && kid.get('Type').asName() === 'OBJR')
      objects.push(kid.get('Obj').asIndirect());
    else if (kid.isDictionary() && kid.get('Type').asName() === 'MCR')
      marks.push(`${pageOf(kid)}/${kid.get('MCID').asNumber()}`);
  }
  return { marks, objects };
}

describe('merging tagged Chromium PDFs', () => {
  let work: string;
  let parts: Map<Name, PrintedPart>;
  let bytes: Uint8Array;
  let file: string;
  let merged: Pdf;
  const part = (name: Name) => parts.get(name)!;

  beforeAll(async () => {
    work = await mkdtemp(path.join(tmpdir(), 'pdf-merge-'));
    parts = await printFixtures();
    bytes = mergeTaggedPdfFile([part('part-1'), part('part-2'), part('part-3')]);
    file = path.join(work, 'merged.pdf');
    await writeFile(file, bytes);
    // Read back as a reader would, not from the objects the merge made.
    merged = openPdf(bytes);
  });
  afterAll(async () => {
    merged.destroy();
    await rm(work, { recursive: true, force: true });
  });

  test("has every part's pages in order, and qpdf finds no fault", () => {
    expect(run('pdfinfo', file)).toMatch(/^Pages:\s+4$/m);
    const pageText = (page: number) =>
      run('pdftotext', '-f', `${page}`, '-l', `${page}`, file, '-');
    expect(pageText(1)).toContain('Primera parte');
    expect(pageText(2)).toContain('Apartado B');
    expect(pageText(3)).toContain('Segunda parte');
    expect(pageText(4)).toContain('Tercera parte');
    expect(run('qpdf', '--check', file)).toContain('No syntax or stream encoding errors');
    // Its cross-reference table is right: MuPDF reads it as written, with no repair.
    expect(merged.wasRepaired()).toBe(false);
  });

  test("reads every part's text in order in one structure tree under one Document", () => {
    const text = run('pdfinfo', '-struct-text', file);
    expect(text.split('\n').filter((line) => /^\S/.test(line))).toEqual(['Document']);
    const order = [
      'Primera parte',
      'al apartado B',
      'Apartado B',
      'Objetivo',
      'Segunda parte',
      'Figura de la segunda parte',
      'Tercera parte',
      'Alojamiento',
      'a la primera parte',
    ].map((phrase) => text.indexOf(`"${phrase}`));
    expect(order).not.toContain(-1);
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  test('keeps the alt text of a figure', () => {
    const alts = structElements(merged)
      .map(({ element }) => element.get('Alt'))
      .filter((alt) => alt.isString())
      .map((alt) => alt.asString());
    expect(alts).toContain('Un cuadrado rojo');
  });

  test("gives every element its parent, on the merged tree's pages", () => {
    const pages = new Set(
      Array.from({ length: merged.countPages() }, (_, i) => merged.findPage(i).asIndirect()),
    );
    for (const { element, parent } of structElements(merged)) {
      const p = element.get('P');
      expect(p.isIndirect() && p.asIndirect()).toBe(parent.asIndirect());
      const pg = element.get('Pg');
      if (!pg.isNull()) expect(pages.has(pg.asIndirect())).toBe(true);
    }
  });

  test("finds each page's marked content and each link's element through the renumbered ParentTree", () => {
    const treeRoot = merged.getTrailer().get('Root', 'StructTreeRoot');
    const parentTree = numberTree(treeRoot.get('ParentTree'));
    const keys: number[] = [];
    for (let index = 0; index < merged.countPages(); index++) {
      const page = merged.findPage(index);
      const key = page.get('StructParents').asNumber();
      keys.push(key);
      const owners = parentTree.get(key)!;
      expect(owners.isArray()).toBe(true);
      owners.forEach((owner, mcid) => {
        expect(contentOf(owner).marks).toContain(`${page.asIndirect()}/${mcid}`);
      });
      page.get('Annots').forEach((annotation) => {
        const key = annotation.get('StructParent').asNumber();
        keys.push(key);
        expect(contentOf(parentTree.get(key)!).objects).toContain(annotation.asIndirect());
      });
    }
    expect(new Set(keys).size).toBe(keys.length);
    expect(treeRoot.get('ParentTreeNextKey').asNumber()).toBeGreaterThan(Math.max(...keys));
  });

  test("keeps every part's named destinations, on the merged pages", () => {
    expect(Object.fromEntries(namedDestinations(merged))).toEqual({
      intro: 1,
      'apartado-b': 2,
      'dos-a': 3,
      'tres-a': 4,
    });
  });

  test('makes a link to an element of another part go to its page, and keeps the other links', () => {
    const links = (index: number) =>
      merged
        .loadPage(index)
        .getLinks()
        .map((link) => [
          link.getURI(),
          link.isExternal() ? 'external' : merged.resolveLink(link) + 1,
        ]);
    expect(links(0)).toEqual([
      ['#nameddest=apartado-b', 2],
      ['#nameddest=tres-a', 4],
      ['https://example.org/fuera', 'external'],
    ]);
    expect(links(3)).toEqual([['#nameddest=intro', 1]]);
  });

  test("keeps the first part's title, language and viewer preferences, marked as tagged", () => {
    const info = run('pdfinfo', file);
    expect(info).toMatch(/^Title:\s+Catálogo de prueba$/m);
    expect(info).toMatch(/^Tagged:\s+yes$/m);
    expect(merged.getLanguage()).toBe('es');
    const catalog = merged.getTrailer().get('Root');
    expect(catalog.get('ViewerPreferences', 'DisplayDocTitle').asBoolean()).toBe(true);
  });

  test('writes the bookmarks and the document information it is given, over the first part’s', async () => {
    const withOutline = path.join(work, 'outline.pdf');
    await writeFile(
      withOutline,
      mergeTaggedPdfFile([part('part-1'), part('part-2'), part('part-3')], {
        outline: [
          { title: 'Introducción', page: 1, kids: [{ title: 'Apartado B', page: 2, kids: [] }] },
          { title: 'Tercera parte', page: 4, kids: [] },
        ],
        info: {
          title: 'Catálogo',
          author: 'OIM Ecuador',
          subject: 'Prácticas',
          keywords: 'migración, protección',
          lang: 'es-EC',
        },
      }),
    );
    expect(run('qpdf', '--check', withOutline)).toContain('No syntax or stream encoding errors');
    const info = run('pdfinfo', withOutline);
    expect(info).toMatch(/^Title:\s+Catálogo$/m);
    expect(info).toMatch(/^Author:\s+OIM Ecuador$/m);
    expect(info).toMatch(/^Subject:\s+Prácticas$/m);
    expect(info).toMatch(/^Keywords:\s+migración, protección$/m);
    // Chromium's own entries stay.
    expect(info).toMatch(/^Producer:\s+Skia/m);
    const read = openPdf(new Uint8Array(await readFile(withOutline)));
    try {
      expect(read.wasRepaired()).toBe(false);
      expect(read.getTrailer().get('Root', 'Lang').asString()).toBe('es-EC');
      const outline = (read.loadOutline() ?? []).map((item) => [
        item.title,
        (item.page ?? -1) + 1,
        (item.down ?? []).map((kid) => [kid.title, (kid.page ?? -1) + 1]),
      ]);
      expect(outline).toEqual([
        ['Introducción', 1, [['Apartado B', 2]]],
        ['Tercera parte', 4, []],
      ]);
    } finally {
      read.destroy();
    }
  });

  test('is about the size of its parts, with no unreferenced copies of pages or trees', () => {
    const parts = ['part-1', 'part-2', 'part-3'] as const;
    const sum = parts.reduce((total, name) => total + part(name).data.length, 0);
    expect(bytes.length).toBeLessThan(sum * 1.05);
    // Saving with garbage collection drops what nothing references: nothing to drop. (It
    // collects in place too, so count first.)
    const objects = liveObjects(merged);
    const collected = openPdf(merged.saveToBuffer('garbage').asUint8Array());
    expect(liveObjects(collected)).toBe(objects);
    collected.destroy();
  });

  test("table cells name their own table's header cells, even where two parts used the same IDs", () => {
    const twice = openPdf(mergeTaggedPdfFile([part('table'), part('table')]));
    try {
      const cells = headerTables(twice);
      expect(cells).toHaveLength(4);
      expect(new Set(cells.map(({ cell }) => cell)).size).toBe(2);
      for (const { cell, headers } of cells) expect(headers).toEqual([cell]);
    } finally {
      twice.destroy();
    }
  });

  test('a link to an id that no part has is a BuildError naming the id', () => {
    const merge = () => mergeTaggedPdfFile([part('part-2'), part('broken-link')]);
    expect(merge).toThrow(BuildError);
    expect(merge).toThrow(/#no-existe/);
  });
});
