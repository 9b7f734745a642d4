/**
 * What HTML content may put on a page: the one policy for raw HTML in `.md` and for
 * JSX tags in `.mdx`, used both by the build (which cleans every page with it) and by
 * the content checker (which tells the editor what the build would remove).
 *
 * It is GitHub's allowlist as `hast-util-sanitize` ships it (`defaultSchema`), tightened
 * where content needs less, and extended only for what the project's own Markdown
 * pipeline writes (GFM footnotes and table alignment) and for the methodology diagrams.
 * Each change below says why. The pipeline's other decorations (heading ids, Astro's
 * image attributes, syntax highlighting) are added after the policy runs, so they need
 * no exception.
 */
import { defaultSchema, type Schema } from 'hast-util-sanitize';
import { allowedMdxComponents } from '../../components/mdx/allowed.ts';

type Definition = NonNullable<Schema['attributes']>[string][number];

const nameOf = (definition: Definition) =>
  typeof definition === 'string' ? definition : definition[0];

/** `list` without the attributes named. */
const without = (list: readonly Definition[] | undefined, ...names: string[]): Definition[] =>
  (list ?? []).filter((definition) => !names.includes(nameOf(definition)));

/**
 * `list` where `name` is allowed with `values` too. The sanitiser reads only the first
 * definition of a name, so values are merged into it rather than added as a second one.
 */
function allowing(
  list: readonly Definition[] | undefined,
  name: string,
  ...values: (string | RegExp)[]
): Definition[] {
  const existing = (list ?? []).find((definition) => nameOf(definition) === name);
  const merged: Definition = [
    name,
    ...(typeof existing === 'object' ? existing.slice(1) : []),
    ...values,
  ] as Definition;
  return [...without(list, name), merged];
}

const defaults = defaultSchema.attributes ?? {};

/**
 * Classes of the methodology diagrams (content/pages/metodologia.md, drawn by
 * src/styles/diagrams.css): `diagram` and `diagram-…`. No other stylesheet uses the
 * prefix, so content can style a diagram but not pass for page chrome.
 */
export const DIAGRAM_CLASS = /^diagram(?:-[a-z]+)*$/;

/** The elements the diagrams are built from; only these may carry a diagram class. */
const DIAGRAM_ELEMENTS = ['figure', 'figcaption', 'div', 'p', 'ol', 'ul', 'li'] as const;

/** Where a link may point: web pages, e-mail and telephone. Anything without a scheme is relative. */
export const LINK_SCHEMES = ['http', 'https', 'mailto', 'tel'] as const;
/** Where an image or a quotation's source may come from. */
export const RESOURCE_SCHEMES = ['http', 'https'] as const;

const attributes: NonNullable<Schema['attributes']> = {
  ...defaults,
  // Content has no ids: they could pass for the page's own anchors and controls. `name`
  // goes with them, as it is an anchor too. The footnote ids below are the exceptions.
  // `action` is a form's URL, never checked, and forms are not allowed.
  '*': without(defaults['*'], 'id', 'name', 'action'),
  // GFM footnote references: `<a id="user-content-fnref-1" aria-describedby="footnote-label">`.
  // `aria-describedby` may only point at the footnotes' heading, since content has no ids.
  a: allowing(
    allowing(
      without(defaults['a'], 'ariaDescribedBy', 'ariaLabelledBy'),
      'id',
      /^user-content-fnref-/,
    ),
    'ariaDescribedBy',
    'footnote-label',
  ),
  // GFM footnotes' heading, `<h2 id="footnote-label" class="sr-only">`.
  h2: allowing(defaults['h2'], 'id', 'footnote-label'),
  // GFM footnote definitions, `<li id="user-content-fn-1">`.
  li: allowing(defaults['li'], 'id', /^user-content-fn-/),
  // GFM table alignment, which the Markdown parser writes as exactly this inline style.
  td: allowing(defaults['td'], 'style', /^text-align: (?:left|right|center)$/),
  th: allowing(defaults['th'], 'style', /^text-align: (?:left|right|center)$/),
  // Nothing in content references another element, so no `aria-labelledby` anywhere
  // and `aria-describedby` only as above.
  dl: without(defaults['dl'], 'ariaDescribedBy', 'ariaLabelledBy'),
  img: without(defaults['img'], 'ariaDescribedBy', 'ariaLabelledBy'),
  ol: without(defaults['ol'], 'ariaDescribedBy', 'ariaLabelledBy'),
  summary: without(defaults['summary'], 'ariaDescribedBy', 'ariaLabelledBy'),
  table: without(defaults['table'], 'ariaDescribedBy', 'ariaLabelledBy'),
  ul: without(defaults['ul'], 'ariaDescribedBy', 'ariaLabelledBy'),
};
// The diagrams' classes, on the elements they are built from.
for (const tag of DIAGRAM_ELEMENTS) {
  attributes[tag] = allowing(attributes[tag], 'className', DIAGRAM_CLASS);
}
// `<source srcset>` holds URLs the sanitiser does not check; content needs no responsive images.
delete attributes['source'];

/** The allowlist for raw HTML in Markdown. */
export const htmlSchema: Schema = {
  ...defaultSchema,
  // `<picture>`/`<source>` only make sense with `srcset`, removed above. The diagrams are
  // `<figure>`s with a `<figcaption>`.
  tagNames: [
    ...(defaultSchema.tagNames ?? []).filter((tag) => tag !== 'picture' && tag !== 'source'),
    'figure',
    'figcaption',
  ],
  attributes,
  // GitHub prefixes ids and names from content with `user-content-`; here content has
  // none, and the footnotes' ids must keep the values their links use.
  clobber: [],
  protocols: {
    href: [...LINK_SCHEMES],
    src: [...RESOURCE_SCHEMES],
    cite: [...RESOURCE_SCHEMES],
    longDesc: [...RESOURCE_SCHEMES],
  },
  // Elements whose text is code, not prose, go with everything inside them.
  strip: ['script', 'style'],
};

/** The MDX components content may use, each with the props it may be given. */
export const mdxComponentProps: Readonly<Record<string, readonly string[]>> = allowedMdxComponents;

/**
 * The same allowlist for MDX, plus the allowed components. Their names start with a
 * capital, which an HTML parser never produces, so they cannot be written as raw HTML.
 */
export const mdxSchema: Schema = {
  ...htmlSchema,
  tagNames: [...(htmlSchema.tagNames ?? []), ...Object.keys(mdxComponentProps)],
};

/** Properties holding a URL, judged by scheme. */
export const urlProperties: readonly string[] = Object.keys(htmlSchema.protocols ?? {});

/**
 * A URL as a browser reads it (WHATWG URL parsing): without leading and trailing
 * control characters and spaces, without tabs and newlines anywhere, and with its
 * scheme in lower case. Character references are already decoded by the HTML parser.
 */
export function canonicalUrl(value: string): string {
  const trimmed = value
    // eslint-disable-next-line no-control-regex -- the C0 controls are what browsers strip.
    .replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '')
    .replace(/[\t\n\r]/g, '');
  return trimmed.replace(/^[a-z][a-z0-9+.-]*:/i, (scheme) => scheme.toLowerCase());
}

/** The scheme a browser would use for a canonical URL, or undefined for a relative one. */
export function schemeOf(url: string): string | undefined {
  const colon = url.indexOf(':');
  if (colon < 0 || /[/?#]/.test(url.slice(0, colon))) return undefined;
  return url.slice(0, colon);
}
