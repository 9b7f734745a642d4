/**
 * Finds every broken internal link in a built site: each `href`, `src` and `srcset` of every
 * HTML page that leads to a file the site lacks, or to an `#id` its target page lacks. Pass
 * the site's base (`/catalogo/`) when it was built for a sub-path: a link that leaves the base
 * is broken there too.
 */
import { existsSync, statSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';

export interface BrokenLink {
  /** The page the link is on, relative to the site folder (`practicas/bp1_ah/index.html`). */
  readonly page: string;
  /** The attribute holding it: `href`, `src` or `srcset`. */
  readonly attribute: string;
  /** The link as written. */
  readonly url: string;
  readonly reason: string;
}

export interface LinkCheckOptions {
  /** The base path the site was built for; default `/`. */
  readonly base?: string;
  /** Links to leave alone, e.g. a PDF not printed in a `--no-pdf` build. */
  readonly ignore?: (url: string) => boolean;
}

// Any origin will do: it only lets URLs resolve, and a link naming another origin is external.
const ORIGIN = 'http://site.invalid';
const LINK_ATTRIBUTES = { href: 'href', src: 'src', srcSet: 'srcset' } as const;

export async function findBrokenLinks(
  siteDir: string,
  options: LinkCheckOptions = {},
): Promise<BrokenLink[]> {
  const base = withSlashes(options.base ?? '/');
  const root = path.resolve(siteDir);
  const pages = (await readdir(root, { recursive: true }))
    .filter((file) => file.endsWith('.html'))
    .map((file) => file.split(path.sep).join('/'))
    .sort();
  const ids = new Map<string, Promise<Set<string>>>();
  const idsOf = (file: string) => {
    if (!ids.has(file))
      ids.set(
        file,
        readFile(file, 'utf8').then((html) => idsIn(fromHtml(html))),
      );
    return ids.get(file)!;
  };

  const broken: BrokenLink[] = [];
  for (const page of pages) {
    const tree = fromHtml(await readFile(path.join(root, page), 'utf8'));
    ids.set(path.join(root, page), Promise.resolve(idsIn(tree)));
    const pageUrl = new URL(base + page.replace(/(^|\/)index\.html$/, '$1'), ORIGIN);
    for (const { attribute, url } of linksIn(tree)) {
      if (options.ignore?.(url)) continue;
      const reason = await checkLink(url, pageUrl, { root, base, idsOf });
      if (reason) broken.push({ page, attribute, url, reason });
    }
  }
  return broken;
}

/** One line per broken link, for a test failure message. */
export const formatBrokenLinks = (broken: readonly BrokenLink[]): string =>
  broken.map((link) => `${link.page}: ${link.attribute}="${link.url}" ${link.reason}`).join('\n');

const withSlashes = (base: string) => `/${base.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');

function linksIn(tree: Root): { attribute: string; url: string }[] {
  const links: { attribute: string; url: string }[] = [];
  visit(tree, 'element', (element: Element) => {
    for (const [property, attribute] of Object.entries(LINK_ATTRIBUTES)) {
      const value = element.properties[property];
      if (value === undefined || value === null || value === false) continue;
      // A srcset is "url [descriptor]" candidates separated by a comma and space (a URL may hold a bare comma).
      const urls =
        attribute === 'srcset'
          ? String(value)
              .split(/,\s+/)
              .map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
          : [String(value)];
      for (const url of urls) links.push({ attribute, url });
    }
  });
  return links;
}

function idsIn(tree: Root): Set<string> {
  const ids = new Set<string>();
  visit(tree, 'element', (element: Element) => {
    const { id, name } = element.properties;
    if (typeof id === 'string') ids.add(id);
    // `<a name>` is an older way to make a fragment target, still honoured by browsers.
    if (element.tagName === 'a' && typeof name === 'string') ids.add(name);
  });
  return ids;
}

interface Site {
  readonly root: string;
  readonly base: string;
  readonly idsOf: (file: string) => Promise<Set<string>>;
}

/** Why a link is broken, or undefined when it works (or leaves the site). */
async function checkLink(url: string, pageUrl: URL, site: Site): Promise<string | undefined> {
  if (url.trim() === '') return 'is empty';
  let target: URL;
  try {
    target = new URL(url, pageUrl);
  } catch {
    return 'is not a valid URL';
  }
  if (target.origin !== ORIGIN) return undefined;
  if (!target.pathname.startsWith(site.base)) return `leaves the site's base ${site.base}`;
  let relative: string;
  try {
    relative = decodeURIComponent(target.pathname.slice(site.base.length));
  } catch {
    return 'has a malformed %-escape';
  }
  const file = targetFile(site.root, relative);
  if (!file) return `points to a missing file (${relative || '/'})`;
  const fragment = decodeURIComponent(target.hash.slice(1));
  // An empty fragment and `#top` scroll to the top of any page (HTML's "indicated part").
  if (!fragment || fragment.toLowerCase() === 'top' || !file.endsWith('.html')) return undefined;
  return (await site.idsOf(file)).has(fragment)
    ? undefined
    : `points to #${fragment}, which ${path.relative(site.root, file)} lacks`;
}

/** The file a static server sends for a path: the file itself, or a folder's index.html. */
function targetFile(root: string, relative: string): string | undefined {
  const file = path.join(root, relative);
  if (!file.startsWith(root)) return undefined;
  if (existsSync(file) && statSync(file).isFile()) return file;
  const index = path.join(file, 'index.html');
  return existsSync(index) ? index : undefined;
}
