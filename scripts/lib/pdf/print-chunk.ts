/**
 * The steps on one loaded print page (the whole catalogue, or one chunk of it) before its
 * print: what it holds, and where each part will land. export-catalogue.ts runs them on the
 * whole page or on each chunk.
 */
import type { Page } from 'puppeteer-core';
import { PART_ATTRIBUTE, type PrintPart } from '../../../src/components/print/part.ts';
import type { BookmarkedHeading } from './bookmarks.ts';
import { fitFichas } from './fit-fichas.ts';
import { measurePages, widerThanPage, type PageLayout } from './measure-pages.ts';
import { pageRefTargets } from './page-numbers.ts';
import { namedDestinations, readPdf, type DocumentInfo } from './pdf-file.ts';
import type { PaperSize } from './print-pdf.ts';

/** What a print page holds, as it describes itself. */
export interface PageContents {
  readonly parts: readonly PrintPart[];
  readonly info: DocumentInfo;
  readonly headings: readonly BookmarkedHeading[];
  /** The ids its page numbers point to. */
  readonly targets: readonly string[];
}

/** What the loaded print page holds; `headings` as bookmarkedHeadings found them on its load. */
export async function pageContents(
  page: Page,
  headings: readonly BookmarkedHeading[],
): Promise<PageContents> {
  // No named functions inside: a TypeScript loader that keeps names (tsx, esbuild) would wrap
  // them in a helper the browser does not have.
  const described = await page.evaluate((attribute) => {
    const meta = Object.fromEntries(
      [...document.querySelectorAll('meta[name]')].map((element) => [
        element.getAttribute('name'),
        element.getAttribute('content') ?? undefined,
      ]),
    ) as Record<string, string | undefined>;
    return {
      parts: [...document.querySelectorAll(`[${attribute}]`)].map(
        (element) => JSON.parse(element.getAttribute(attribute) ?? '{}') as PrintPart,
      ),
      info: {
        title: document.title,
        author: meta.author ?? '',
        subject: meta.description,
        keywords: meta.keywords,
        lang: document.documentElement.lang,
      },
    };
  }, PART_ATTRIBUTE);
  return {
    ...described,
    headings,
    targets: await pageRefTargets(page),
  };
}

/**
 * Readies a chunk's links for the merge (merge-tagged.ts). Chromium writes a named
 * destination only for an element that a link of the same document leads to, and a chunk may
 * hold a ficha without its area's table: each part gets a hidden link. And it writes no link
 * at all to an element the document lacks: a link to another chunk's element leads to the
 * print page's own address with that fragment (chunk-links.ts), which the merge makes a link
 * inside the PDF.
 */
export async function linkAcrossChunks(page: Page, printPage: string): Promise<void> {
  await page.evaluate(
    (attribute, address) => {
      for (const link of document.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')) {
        const id = decodeURIComponent(link.hash.slice(1));
        if (id && !document.getElementById(id)) link.href = `${address}#${link.hash.slice(1)}`;
      }
      const links = document.createElement('div');
      links.hidden = true;
      for (const element of document.querySelectorAll(`[${attribute}]`)) {
        const link = document.createElement('a');
        link.href = `#${(JSON.parse(element.getAttribute(attribute) ?? '{}') as { id: string }).id}`;
        links.append(link);
      }
      document.body.append(links);
    },
    PART_ATTRIBUTE,
    printPage,
  );
}

/** Destinations and page count of a PDF file, its MuPDF document freed afterwards. */
export async function destinationsOf(
  file: string,
): Promise<{ destinations: Map<string, number>; pageCount: number }> {
  const pdf = await readPdf(file);
  try {
    return { destinations: namedDestinations(pdf), pageCount: pdf.countPages() };
  } finally {
    pdf.destroy();
  }
}

/**
 * Readies a loaded print page for its final print and says where its parts will land:
 * tightens the fichas that would leave a near-empty page (fit-fichas.ts), warns of anything
 * wider than the page, and measures (measure-pages.ts).
 */
export async function planPages(page: Page, paperSize: PaperSize): Promise<PageLayout> {
  await fitFichas(page, paperSize);
  const wide = await widerThanPage(page, paperSize);
  if (wide.length > 0) {
    console.log(
      `  Wider than the page, so every page is printed a little smaller: ${wide.slice(0, 5).join(', ')}. ` +
        'Make what overflows wrap (src/styles/print.css).',
    );
  }
  return measurePages(page, paperSize);
}
