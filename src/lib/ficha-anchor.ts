/** Anchor of a ficha inside the print page; the PDF export looks for one per practice. */
export const fichaAnchor = (code: string): string => `ficha-${code.toLowerCase()}`;
