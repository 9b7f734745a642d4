/**
 * Running heads of the printed catalogue. Chromium has no `string-set`, so each head that
 * changes (per front-matter page, area or practice) is a CSS named page with its own `@page`
 * rule. Each part of the print page carries its own rule, written just before it, so that a
 * chunk of the page the PDF export prints on its own (scripts/lib/pdf/chunks.ts) holds the
 * rules of its own pages only: a thousand rules in every chunk made each print a fifth slower.
 */
export interface RunningHead {
  /** CSS page name; `undefined` for the document's default pages. */
  page?: string;
  left: string;
  right?: string;
}

/** A CSS string; `<` escaped too, so that no text ends the style element it is written in. */
const cssString = (text: string) =>
  `"${text.replace(/\s+/g, ' ').replace(/["\\]/g, '\\$&').replace(/</g, '\\3c ')}"`;

/** The `@page` rule that prints `head` at the top of its pages. */
export const pageRule = ({ page, left, right }: RunningHead): string =>
  `@page${page ? ` ${page}` : ''} { @top-left { content: ${cssString(left)}; } @top-right { content: ${cssString(right ?? '')}; } }`;
