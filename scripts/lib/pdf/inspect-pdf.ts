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

/** Runs `read` on the PDF `file` opened with pdf.js, freed afterwards. */
async function readWithPdfJs<T>(
  file: string,
  read: (document: PdfDocument) => Promise<T>,
): Promise<T> {
  const data = new Uint8Array(await readFile(file));
  const document = await getDocument({ data, verbosity: 0 }).promise;
  try {
    return await read(document);
  } finally {
    await document.destroy();
  }
}

export async function inspectPdf(file: string): Promise<PdfSummary> {
  return readWithPdfJs(file, async (document) => {
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
  });
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
  return readWithPdfJs(file, async (document) => {
    const texts: string[] = [];
    for (let number = 1; number <= document.numPages; number++) {
      const content = await (await document.getPage(number)).getTextContent();
      texts.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
    }
    return texts;
  });
}

export interface PdfLink {
  /** 1-based page the link is on. */
  readonly page: number;
  /** Named destination inside the PDF, if it goes to one. */
  readonly dest: string | undefined;
  /** The page inside the PDF it goes to, named or given as a page. */
  readonly toPage: number | undefined;
  /** Address, if it leaves the PDF. */
  readonly url: string | undefined;
  /** The text inside the link's rectangle. */
  readonly text: string;
}

/** Every link annotation with the text it covers, as a reader clicking through the PDF meets them. */
export async function pdfLinks(file: string): Promise<PdfLink[]> {
  return readWithPdfJs(file, async (document) => {
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
        const target: unknown =
          typeof annotation.dest === 'string'
            ? await document.getDestination(annotation.dest)
            : annotation.dest;
        const pageRef: unknown = Array.isArray(target) ? target[0] : undefined;
        links.push({
          page: number,
          dest: typeof annotation.dest === 'string' ? annotation.dest : undefined,
          toPage:
            pageRef && typeof pageRef === 'object'
              ? (await document.getPageIndex(pageRef as never)) + 1
              : undefined,
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
  });
}

/** A page's tagged structure as a screen reader meets it: elements by role, with their text. */
export interface PdfTaggedPage {
  /** The roles of the structure tree's top elements below its root (e.g. Document). */
  readonly top: readonly string[];
  /** Each element with text: its role and its text, in reading order. */
  readonly elements: readonly { readonly role: string; readonly text: string }[];
  /** Text on the page that no element of the structure tree holds (running heads aside, which are artifacts). */
  readonly untagged: readonly string[];
}

interface StructNode {
  readonly role?: string;
  readonly type?: string;
  readonly id?: string;
  readonly children?: readonly StructNode[];
}

/** Each page's structure tree (pdf.js reads it as assistive technology would). */
export async function pdfTaggedPages(file: string): Promise<PdfTaggedPage[]> {
  return readWithPdfJs(file, async (document) => {
    const pages: PdfTaggedPage[] = [];
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number);
      const tree = (await page.getStructTree()) as StructNode | null;
      const content = await page.getTextContent({ includeMarkedContent: true });
      // The text of each marked content with an id (an MCID, which the structure tree can name).
      const textOf = new Map<string, string>();
      const open: (string | undefined)[] = [];
      for (const item of content.items as { type?: string; id?: string; str?: string }[]) {
        if (item.type === 'beginMarkedContentProps' || item.type === 'beginMarkedContent')
          open.push(item.id ?? undefined);
        else if (item.type === 'endMarkedContent') open.pop();
        else if (item.str?.trim()) {
          const id = open.findLast((candidate) => candidate !== undefined);
          if (id) textOf.set(id, `${textOf.get(id) ?? ''}${item.str}`);
        }
      }
      const tagged = new Set<string>();
      const elements: { role: string; text: string }[] = [];
      const walk = (node: StructNode): string => {
        if (node.type === 'content') {
          if (node.id) tagged.add(node.id);
          return node.id ? (textOf.get(node.id) ?? '') : '';
        }
        const element = { role: node.role ?? '', text: '' };
        if (node.role) elements.push(element);
        element.text = (node.children ?? []).map(walk).join(' ').replace(/\s+/g, ' ').trim();
        return element.text;
      };
      if (tree) walk(tree);
      pages.push({
        top: (tree?.children ?? []).map((node) => node.role ?? ''),
        elements: elements.filter((element) => element.text),
        untagged: [...textOf].filter(([id]) => !tagged.has(id)).map(([, text]) => text),
      });
    }
    return pages;
  });
}
