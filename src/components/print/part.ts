/**
 * The parts of the print page the PDF export splits into their own PDFs (factsheets and
 * area PDFs) or lists: each part's element carries its description as JSON in one
 * attribute, read back by scripts/lib/pdf/.
 */
export const PART_ATTRIBUTE = 'data-part';

export interface PrintPart {
  readonly kind: 'front' | 'area' | 'ficha' | 'index';
  /** The id of the part's first element: a named destination in the PDF, since the contents link to it. */
  readonly id: string;
  /** The practice's or area's code; empty for front matter and the index. */
  readonly code: string;
  /** Title for the split PDF's metadata and bookmark. */
  readonly title: string;
  readonly lang: string;
  /** Absolute address of the part's web page, where links that leave a split PDF go. */
  readonly url: string;
}

/** The attribute to spread on a part's element. */
export const partAttribute = (part: PrintPart) => ({ [PART_ATTRIBUTE]: JSON.stringify(part) });
