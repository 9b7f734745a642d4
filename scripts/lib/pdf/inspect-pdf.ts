/**
 * Reads back a printed PDF as a reader's tools would: page count, bookmarks, and on
 * which page each linked element (named destination) landed.
 */
import { readFile } from 'node:fs/promises';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface PdfOutlineItem {
  readonly title: string;
  readonly page: number | undefined;
  readonly items: readonly PdfOutlineItem[];
}

export interface PdfSummary {
  readonly pageCount: number;
  /** Named destination → 1-based page number. */
  readonly destinations: ReadonlyMap<string, number>;
  readonly outline: readonly PdfOutlineItem[];
}

type PdfDocument = Awaited<ReturnType<typeof getDocument>['promise']>;

export async function inspectPdf(file: string): Promise<PdfSummary> {
  const data = new Uint8Array(await readFile(file));
  const document = await getDocument({ data, verbosity: 0 }).promise;
  try {
    const pageOf = async (destination: unknown): Promise<number | undefined> => {
      const explicit: unknown =
        typeof destination === 'string' ? await document.getDestination(destination) : destination;
      const ref: unknown = Array.isArray(explicit) ? explicit[0] : undefined;
      if (!ref || typeof ref !== 'object') return undefined;
      return (await document.getPageIndex(ref as never)) + 1;
    };
    const destinations = new Map<string, number>();
    const named = (await document.getDestinations()) as Record<string, unknown>;
    for (const [name, destination] of Object.entries(named)) {
      const page = await pageOf(destination);
      if (page !== undefined) destinations.set(name, page);
    }
    // A PDF without bookmarks has a null outline.
    const items: unknown = await document.getOutline();
    const outline = await readOutline(document, Array.isArray(items) ? items : [], pageOf);
    return { pageCount: document.numPages, destinations, outline };
  } finally {
    await document.destroy();
  }
}

async function readOutline(
  document: PdfDocument,
  items: readonly { title: string; dest: unknown; items: unknown[] }[],
  pageOf: (destination: unknown) => Promise<number | undefined>,
): Promise<PdfOutlineItem[]> {
  return Promise.all(
    items.map(async (item) => ({
      title: item.title,
      page: await pageOf(item.dest),
      items: await readOutline(document, item.items as never, pageOf),
    })),
  );
}

/** Text of each page, for tests that read the PDF as a person would. */
export async function pdfPageTexts(file: string): Promise<string[]> {
  const data = new Uint8Array(await readFile(file));
  const document = await getDocument({ data, verbosity: 0 }).promise;
  try {
    const texts: string[] = [];
    for (let number = 1; number <= document.numPages; number++) {
      const content = await (await document.getPage(number)).getTextContent();
      texts.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
    }
    return texts;
  } finally {
    await document.destroy();
  }
}

export interface PdfLink {
  /** 1-based page the link is on. */
  readonly page: number;
  /** Named destination inside the PDF, if it goes to one. */
  readonly dest: string | undefined;
  /** Address, if it leaves the PDF. */
  readonly url: string | undefined;
  /** The text inside the link's rectangle. */
  readonly text: string;
}

/** Every link annotation with the text it covers, as a reader clicking through the PDF meets them. */
export async function pdfLinks(file: string): Promise<PdfLink[]> {
  const data = new Uint8Array(await readFile(file));
  const document = await getDocument({ data, verbosity: 0 }).promise;
  try {
    const links: PdfLink[] = [];
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number);
      const items = (await page.getTextContent()).items.filter((item) => 'str' in item);
      const annotations = (await page.getAnnotations()) as {
        subtype: string;
        rect: [number, number, number, number];
        dest?: unknown;
        url?: string;
        unsafeUrl?: string;
      }[];
      for (const annotation of annotations.filter((a) => a.subtype === 'Link')) {
        const [x1, y1, x2, y2] = annotation.rect;
        const inside = items.filter((item) => {
          const [x, y] = [item.transform[4] as number, item.transform[5] as number];
          return x >= x1 - 1 && x <= x2 + 1 && y >= y1 - 1 && y <= y2 + 1;
        });
        links.push({
          page: number,
          dest: typeof annotation.dest === 'string' ? annotation.dest : undefined,
          url: annotation.unsafeUrl ?? annotation.url,
          text: inside
            .map((item) => item.str)
            .join(' ')
            .replace(/\s+/g, ' ')
            .trim(),
        });
      }
    }
    return links;
  } finally {
    await document.destroy();
  }
}
