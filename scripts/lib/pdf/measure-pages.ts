/**
 * Where each part of a loaded print page will land, measured in the page instead of printed.
 * Every block of the print page (cover, contents, front page, area opener, ficha, index)
 * starts a page of its own, so its pages are those its own content fills. A block that fits
 * on one page takes one. A taller one is set, for a moment, in a box one page tall whose
 * content flows on into columns one page wide: Chromium breaks columns with the rules it
 * breaks pages with (headings kept with what follows, table rows whole, orphans and
 * widows), so the columns are the pages. The final print checks every number this gives;
 * if one is wrong, the export prints once more (export-catalogue.ts).
 *
 * This replaced a first print of each chunk, which took 1.5–2 s of a 200-ficha chunk's 11
 * s; measuring takes about 0.3 s. It relies on one rule of the print stylesheet: nothing
 * inside a block forces a page break (Chromium ignores `break-before: page` in columns).
 * Should something do so, the numbers come out right after a second print
 * (tests/e2e/pdf-second-print.test.ts).
 */
import type { Page } from 'puppeteer-core';
import { BLOCK_TOKEN_META, PART_ATTRIBUTE } from '../../../src/components/print/part.ts';
import { contentBoxPx, type PaperSize } from '../../../src/components/print/print-layout.ts';

/** Share of a page a block may fill and still take one page for sure. */
const ONE_PAGE_SHARE = 0.99;

/** Where a print page's parts and link targets land, counted from its own first page. */
export interface PageLayout {
  /** Page of every element a link of the page leads to. */
  readonly pages: Map<string, number>;
  readonly pageCount: number;
}

/**
 * Measures the loaded print page, laid out as on paper (print-pdf.ts opens it so). The
 * blocks are the elements after the page's block markers (part.ts), whose token the head
 * names.
 */
export async function measurePages(page: Page, paperSize: PaperSize): Promise<PageLayout> {
  const { width, height } = contentBoxPx(paperSize);
  // No named functions inside: a TypeScript loader that keeps names (tsx, esbuild) would wrap
  // them in a helper the browser does not have.
  const measured = await page.evaluate(
    (tokenMeta, pageWidth, pageHeight, oneShare) => {
      const token = document.querySelector(`meta[name="${tokenMeta}"]`)?.getAttribute('content');
      const blocks: { kind: string; element: HTMLElement }[] = [];
      let kind: string | undefined;
      for (const node of document.body.childNodes) {
        if (node.nodeType === Node.COMMENT_NODE) {
          const [mark, named] = (node as Comment).data.split(' ');
          if (mark === token) kind = named === 'end' ? undefined : named;
        } else if (
          kind &&
          node instanceof HTMLElement &&
          !['STYLE', 'SCRIPT'].includes(node.tagName)
        ) {
          blocks.push({ kind, element: node });
          kind = undefined;
        }
      }
      // Read every height first and change the page after: one layout, not one a block.
      const tall = blocks.map(
        ({ kind: blockKind, element }) =>
          blockKind !== 'cover' && element.getBoundingClientRect().height > pageHeight * oneShare,
      );
      const boxes = blocks.map(({ element }, index) => {
        if (!tall[index]) return undefined;
        const box = document.createElement('div');
        box.style.cssText = `width: ${pageWidth}px; height: ${pageHeight}px; column-width: ${pageWidth}px; column-gap: 0; column-fill: auto;`;
        element.replaceWith(box);
        box.append(element);
        return box;
      });
      const counts = blocks.map(({ element }, index) =>
        tall[index] ? element.getClientRects().length : 1,
      );
      const starts: number[] = [];
      let next = 1;
      for (const count of counts) {
        starts.push(next);
        next += count;
      }
      const blockOf = new Map(blocks.map(({ element }, index) => [element, index]));
      const pages: [string, number][] = [];
      const targets = new Set(
        [...document.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')].map((link) =>
          decodeURIComponent(link.hash.slice(1)),
        ),
      );
      for (const id of targets) {
        let element = id ? document.getElementById(id) : null;
        const target = element;
        while (element && !blockOf.has(element)) element = element.parentElement;
        const index = element ? blockOf.get(element) : undefined;
        if (index === undefined || !target) continue;
        const box = boxes[index];
        // In a block measured in columns, the column the target starts in is its page.
        const left = box?.getBoundingClientRect().left ?? 0;
        const column = box
          ? Math.floor(((target.getClientRects()[0]?.left ?? left) - left + 0.5) / pageWidth)
          : 0;
        pages.push([id, starts[index]! + column]);
      }
      for (const [index, box] of boxes.entries()) box?.replaceWith(blocks[index]!.element);
      return { pages, pageCount: next - 1 };
    },
    BLOCK_TOKEN_META,
    width,
    height,
    ONE_PAGE_SHARE,
  );
  return { pages: new Map(measured.pages), pageCount: measured.pageCount };
}

/**
 * Ids of the parts with something wider than the printed text. Chromium shrinks every page
 * of a document to fit its widest content, which would make the print's page breaks differ
 * from the measured ones.
 */
export async function widerThanPage(page: Page, paperSize: PaperSize): Promise<string[]> {
  const width = contentBoxPx(paperSize).width;
  return page.evaluate(
    (most, attribute) =>
      document.documentElement.scrollWidth <= most
        ? []
        : [...document.querySelectorAll(`[${attribute}]`)]
            .filter((element) =>
              [element, ...element.querySelectorAll('*')].some(
                (inner) => inner.getBoundingClientRect().right > most,
              ),
            )
            .map(
              (element) =>
                (JSON.parse(element.getAttribute(attribute) ?? '{}') as { id: string }).id,
            ),
    // A pixel of slack: the viewport is a whole number of pixels.
    width + 1,
    PART_ATTRIBUTE,
  );
}
