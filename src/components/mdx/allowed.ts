/**
 * What MDX content may use. Components are passed to every MDX page by the site, so
 * content never imports anything; the checker rejects any other component or tag.
 */
export const allowedMdxComponents = ['Callout'] as const;

/** Plain HTML tags allowed in content (in `.md` raw HTML and in `.mdx`); everything else is stripped or rejected. */
export const allowedHtmlTags = [
  'a',
  'abbr',
  'b',
  'blockquote',
  'br',
  'caption',
  'cite',
  'code',
  'dd',
  'del',
  'details',
  'dfn',
  'div',
  'dl',
  'dt',
  'em',
  'figcaption',
  'figure',
  'h3',
  'h4',
  'h5',
  'h6',
  'hr',
  'i',
  'img',
  'ins',
  'kbd',
  'li',
  'mark',
  'ol',
  'p',
  'pre',
  'q',
  's',
  'small',
  'span',
  'strong',
  'sub',
  'summary',
  'sup',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'u',
  'ul',
] as const;

/** Attributes allowed on those tags; `on…` handlers and `style` never are. */
export const allowedHtmlAttributes = [
  'alt',
  'aria-describedby',
  'aria-hidden',
  'aria-label',
  'aria-labelledby',
  'class',
  'colspan',
  'height',
  'href',
  'id',
  'lang',
  'role',
  'rowspan',
  'scope',
  'src',
  'title',
  'width',
] as const;

/** URL schemes a link or image may use; `javascript:` and `data:` never. */
export const isSafeUrl = (url: string): boolean => {
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url.trim())?.[1]?.toLowerCase();
  return scheme === undefined || scheme === 'http' || scheme === 'https' || scheme === 'mailto';
};
