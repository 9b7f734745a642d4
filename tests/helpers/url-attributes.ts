/** Attributes a browser follows or loads as a URL: what a hostile link could hide in. */
export const URL_ATTRIBUTES = [
  'href',
  'src',
  'srcset',
  'action',
  'formaction',
  'xlink:href',
  'data',
  'poster',
  'background',
  'cite',
  'longdesc',
  'ping',
  'codebase',
  'manifest',
] as const;
