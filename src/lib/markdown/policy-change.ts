/** Something the HTML policy removes from content, as the checker tells it to the editor. */
export type PolicyChange = { readonly line: number | undefined } & (
  | /** An element outside the allowlist: left out (its text kept, unless it is code). */
    {
      readonly kind: 'element';
      readonly tag: string;
    } /** An element the GFM tag filter shows as text, as it would swallow the rest of the page. */
  | {
      readonly kind: 'escaped';
      readonly tag: string;
    } /** An attribute outside the allowlist, or a value it may not have. */
  | {
      readonly kind: 'attribute';
      readonly tag: string;
      readonly attribute: string;
      readonly value: string | undefined;
    } /** A link or source whose scheme (after a browser's normalisation) is not allowed. */
  | {
      readonly kind: 'url';
      readonly tag: string;
      readonly attribute: string;
      readonly value: string;
      readonly scheme: string;
      readonly allowed: readonly string[];
    } /** An MDX component that is not in the allowlist. */
  | {
      readonly kind: 'component';
      readonly name: string;
    } /** A JavaScript expression in MDX (`{…}`, or an attribute's value). */
  | { readonly kind: 'expression' } /** An MDX `import` or `export`. */
  | { readonly kind: 'esm' }
);
