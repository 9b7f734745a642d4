import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  cutTaggedPages,
  taggedSource,
  type TaggedSource,
} from '../../scripts/lib/pdf/cut-tagged.ts';
import { pdfLinks, pdfTaggedPages } from '../../scripts/lib/pdf/inspect-pdf.ts';
import type { PrintedPart } from '../../scripts/lib/pdf/merge-tagged.ts';
import { openPdf, type LinkTarget } from '../../scripts/lib/pdf/pdf-file.ts';
import { headerTables, printFixtures, type Name } from '../helpers/tagged-pdf.ts';

const INFO = { title: 'Recorte', author: 'OIM Ecuador', lang: 'es' };

describe('cutting pages of tagged Chromium PDFs, tags kept', () => {
  let work: string;
  let parts: Map<Name, PrintedPart>;
  const sources: TaggedSource[] = [];
  const source = (name: Name) => {
    const { data, printUrl } = parts.get(name)!;
    const opened = taggedSource(data, name, new URL('/print/', printUrl).href);
    sources.push(opened);
    return opened;
  };
  let count = 0;
  /** Writes the cut to a file, checked by qpdf, for the readers below. */
  const cutToFile = async (...args: Parameters<typeof cutTaggedPages>) => {
    const file = path.join(work, `cut-${++count}.pdf`);
    await writeFile(file, cutTaggedPages(...args));
    execFileSync('qpdf', ['--check', file], { encoding: 'utf8' });
    return file;
  };
  const nowhere = (): LinkTarget => undefined;

  beforeAll(async () => {
    work = await mkdtemp(path.join(tmpdir(), 'pdf-cut-'));
    parts = await printFixtures();
  }, 60_000);

  afterAll(async () => {
    for (const opened of sources) opened.destroy();
    await rm(work, { recursive: true, force: true });
  });

  test('a page cut alone holds its own text, all of it tagged under one Document, and none of the other pages', async () => {
    const file = await cutToFile([{ source: source('part-1'), first: 1, last: 1 }], INFO, nowhere);
    const [page, ...more] = await pdfTaggedPages(file);
    expect(more).toEqual([]);
    expect(page!.top).toEqual(['Document']);
    expect(page!.untagged).toEqual([]);
    const text = page!.elements.map((element) => element.text).join(' ');
    expect(page!.elements.find((element) => element.role === 'H2')?.text).toBe('Apartado B');
    expect(text).toContain('Espacios');
    expect(text).not.toContain('Primera parte');
    expect(execFileSync('pdfinfo', [file], { encoding: 'utf8' })).toMatch(/Tagged:\s+yes/);
  });

  test('a link goes to a page of the cut, to the address linkTarget gives, or is removed', async () => {
    const targets: Record<string, LinkTarget> = {
      'apartado-b': { page: 2 },
      'tres-a': { url: 'https://example.org/tercera' },
    };
    const whole = await cutToFile(
      [{ source: source('part-1'), first: 0, last: 1 }],
      INFO,
      (name) => targets[name],
    );
    const links = await pdfLinks(whole);
    expect(links.map((link) => link.toPage ?? link.url)).toEqual([
      2,
      'https://example.org/tercera',
      'https://example.org/fuera',
    ]);
    expect(links.map((link) => link.text)).toEqual([
      expect.stringContaining('al apartado B'),
      expect.stringContaining('a la tercera parte'),
      expect.stringContaining('fuera del catálogo'),
    ]);
    // Alone, the first page keeps only the link that leads out of the catalogue.
    const first = await cutToFile([{ source: source('part-1'), first: 0, last: 0 }], INFO, nowhere);
    expect((await pdfLinks(first)).map((link) => link.url)).toEqual(['https://example.org/fuera']);
    const [page] = await pdfTaggedPages(first);
    expect(page!.untagged).toEqual([]);
    // The text of a removed link stays, as text: a screen reader announces no link that goes nowhere.
    const linkTexts = page!.elements
      .filter((element) => element.role === 'Link')
      .map((element) => element.text);
    expect(linkTexts).toHaveLength(1);
    expect(linkTexts[0]).toContain('fuera del catálogo');
    expect(page!.elements.map((element) => element.text).join(' ')).toContain('al apartado B');
  });

  test('pages of two prints make one tree: each keeps its text and its table cells their own headers', async () => {
    const file = await cutToFile(
      [
        { source: source('part-3'), first: 0, last: 0 },
        { source: source('table'), first: 0, last: 0 },
      ],
      INFO,
      nowhere,
    );
    const pages = await pdfTaggedPages(file);
    expect(pages.map((page) => page.top)).toEqual([['Document'], ['Document']]);
    expect(pages.map((page) => page.untagged)).toEqual([[], []]);
    const cells = (index: number) =>
      pages[index]!.elements.filter((element) => element.role === 'TD').map(
        (element) => element.text,
      );
    expect(cells(0)).toEqual(['Alojamiento', 'Doce']);
    expect(cells(1)).toEqual(['Protección', 'Nueve']);
    // Both prints number their header cells alike: each cell still names its own table's.
    const pdf = openPdf(new Uint8Array(await readFile(file)));
    try {
      const tables = headerTables(pdf);
      expect(tables).toHaveLength(4);
      for (const { cell, headers } of tables) {
        expect(headers.length).toBeGreaterThan(0);
        for (const table of headers) expect(table).toBe(cell);
      }
    } finally {
      pdf.destroy();
    }
  });
});
