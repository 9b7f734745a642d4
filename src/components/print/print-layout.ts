/**
 * The printed page's geometry, in one place: the print shell writes the `@page` margins
 * from it, and the PDF export uses it to measure fichas before printing (a ficha that would
 * leave a few lines alone on its last page is set a little tighter; see fit-fichas.ts).
 */
export type PaperSize = 'A4' | 'Letter';

const PAPER_MM: Record<PaperSize, { width: number; height: number }> = {
  A4: { width: 210, height: 297 },
  Letter: { width: 215.9, height: 279.4 },
};
/** Top leaves room for the running head, bottom for the page number. */
const MARGIN_MM = { top: 14, right: 13, bottom: 12, left: 13 } as const;

export const pageMargin = `${MARGIN_MM.top}mm ${MARGIN_MM.right}mm ${MARGIN_MM.bottom}mm ${MARGIN_MM.left}mm`;
export const paperHeight = (paper: PaperSize): string => `${PAPER_MM[paper].height}mm`;

const CSS_PX_PER_MM = 96 / 25.4;
/** The area text may fill on one page, in CSS pixels. */
export function contentBoxPx(paper: PaperSize): { width: number; height: number } {
  const { width, height } = PAPER_MM[paper];
  return {
    width: (width - MARGIN_MM.left - MARGIN_MM.right) * CSS_PX_PER_MM,
    height: (height - MARGIN_MM.top - MARGIN_MM.bottom) * CSS_PX_PER_MM,
  };
}

/** Every ficha of the print page, and the class that sets one tighter. */
export const FICHA_SELECTOR = '.print-ficha';
export const FIT_CLASS = 'print-ficha--fit';
/** A ficha whose last page would hold less than this share of a page is set tighter. */
export const FIT_THRESHOLD = 0.15;

/**
 * What a page number's box holds before the numbers are known: a no-break space, which the
 * catalogue's font has (a figure space falls back to another font, whose taller line made
 * long tables a page longer when measured than when printed).
 */
export const PAGE_REF_PLACEHOLDER = '\u00a0';
