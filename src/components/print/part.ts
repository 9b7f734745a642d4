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

/**
 * The print page's top-level blocks, each preceded by a marker comment, so that the PDF
 * export can cut the built page into documents of a few blocks each (scripts/lib/pdf/chunks.ts)
 * without parsing eight megabytes of HTML. A marker holds a token drawn afresh for each build
 * and written in the page's first meta element, before anything taken from the content: no
 * practice can hold a marker, so a cut never falls inside one.
 */
export type BlockKind = 'cover' | 'contents' | PrintPart['kind'] | 'end';

/** The name of the meta element, first in the head, whose content is the markers' token. */
export const BLOCK_TOKEN_META = 'catalogue-block-token';

/** The comment before a block of kind `kind`; `end` comes after the last block. */
export const blockMarker = (token: string, kind: BlockKind): string => `<!--${token} ${kind}-->`;
