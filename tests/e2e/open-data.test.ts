/**
 * The shipped catalogue's open data, as a reuser downloads it: as many entries and rows as
 * practices and pages, valid against the schema the site publishes, a feed and a sitemap that
 * parse, and the metadata link previews and search engines read on every page.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { parse as parseCsv } from 'csv-parse/sync';
import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { describe, expect, inject, test } from 'vitest';
import { indexedUrls } from '../../scripts/lib/build/verify-search.ts';
import { checkContent } from '../../src/lib/check/index.ts';
import { absoluteUrl, practiceSlug } from '../../src/lib/routes.ts';

const { dist } = inject('shipped');
const { practices, settings } = await checkContent('content');
const codes = practices.filter((practice) => !practice.data.draft).map((p) => p.data.code);
const read = (file: string) => readFile(path.join(dist, file), 'utf8');
const xml = new XMLParser({
  ignoreAttributes: false,
  isArray: (name) => ['entry', 'url', 'sitemap', 'link'].includes(name),
});

const practicesJson = JSON.parse(await read('practices.json')) as {
  $schema: string;
  practices: { code: string; url: string }[];
};
const htmlPages = (await readdir(dist, { recursive: true }))
  .map((file) => file.split(path.sep).join('/'))
  .filter((file) => file.endsWith('.html'))
  .sort();
/** Paths robots.txt keeps crawlers out of (the print page, which only exists to print the PDF). */
const disallowed = [...(await read('robots.txt')).matchAll(/^Disallow: (\S+)$/gm)].map(
  (m) => m[1]!,
);
/** Pages a reader may land on from a search engine: not disallowed, not marked `noindex` (the editor). */
const readerPages: string[] = [];
for (const file of htmlPages) {
  if (disallowed.some((prefix) => `/${file}`.startsWith(prefix))) continue;
  if (
    headOf(await read(file))
      .get('robots')
      ?.includes('noindex')
  )
    continue;
  readerPages.push(file);
}

test('practice files, pages, search records, JSON entries and CSV rows all count the same', async () => {
  const pages = htmlPages.filter((file) => /^practicas\/[^/]+\/index\.html$/.test(file));
  const rows = parseCsv<{ code: string }>(await read('practices.csv'), {
    bom: true,
    columns: true,
  });
  expect(codes.length).toBeGreaterThan(0);
  expect(pages).toHaveLength(codes.length);
  const searchRecords = (await indexedUrls(path.join(dist, 'pagefind'))).filter((url) =>
    url.startsWith('/practicas/'),
  );
  expect(searchRecords).toHaveLength(codes.length);
  expect(practicesJson.practices.map((entry) => entry.code).sort()).toEqual([...codes].sort());
  expect(rows.map((row) => row.code).sort()).toEqual([...codes].sort());
});

test('every entry validates against the schema the site publishes', async () => {
  const schema = JSON.parse(await read('practices.schema.json')) as { $id: string };
  expect(practicesJson.$schema).toBe(schema.$id);
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats(ajv);
  const validate = ajv.compile(schema);
  expect(validate(practicesJson), JSON.stringify(validate.errors?.slice(0, 5))).toBe(true);
});

test('each entry links to its page and its citations download', async () => {
  for (const entry of practicesJson.practices) {
    const slug = practiceSlug(entry.code);
    expect(entry.url).toBe(absoluteUrl(settings!.siteUrl, `/practicas/${slug}/`));
    const csl = JSON.parse(await read(`citas/${slug}.json`)) as { id: string; URL: string }[];
    expect(csl[0]).toMatchObject({ id: entry.code, URL: entry.url });
    expect(await read(`citas/${slug}.bib`)).toMatch(new RegExp(`^@\\w+\\{${entry.code},`));
  }
});

test('the Atom feed parses and its entries lead to practice pages', async () => {
  const text = await read('feed.xml');
  expect(new SyntaxValidator().validate(text)).toBe(true);
  const feed = xml.parse(text) as { feed: { entry: { id: string; title: string }[] } };
  expect(feed.feed.entry.length).toBeGreaterThan(0);
  const urls = new Set(practicesJson.practices.map((entry) => entry.url));
  for (const entry of feed.feed.entry) expect(urls).toContain(entry.id);
});

test('the sitemap lists every page a reader may land on, and robots.txt points to it', async () => {
  const index = xml.parse(await read('sitemap-index.xml')) as {
    sitemapindex: { sitemap: { loc: string }[] };
  };
  const listed: string[] = [];
  for (const { loc } of index.sitemapindex.sitemap) {
    const sitemap = xml.parse(await read(path.basename(new URL(loc).pathname))) as {
      urlset: { url: { loc: string }[] };
    };
    listed.push(...sitemap.urlset.url.map((url) => url.loc));
  }
  const expected = readerPages
    .filter((file) => file !== '404.html')
    .map((file) => absoluteUrl(settings!.siteUrl, `/${file.replace(/index\.html$/, '')}`));
  expect(listed.sort()).toEqual(expected.sort());
  expect(await read('robots.txt')).toMatch(/^Sitemap: https?:\/\/\S+\/sitemap-index\.xml$/m);
});

describe('head metadata', () => {
  test('every page has a title, a description, a canonical URL and Open Graph and Twitter cards', async () => {
    const lacking: string[] = [];
    for (const file of readerPages) {
      const head = headOf(await read(file));
      for (const key of [
        'title',
        'description',
        'canonical',
        'og:title',
        'og:description',
        'og:url',
        'og:site_name',
        'og:locale',
        'og:image',
        'twitter:card',
      ]) {
        if (!head.get(key)) lacking.push(`${file}: ${key}`);
      }
      if (head.get('canonical') !== head.get('og:url')) lacking.push(`${file}: og:url ≠ canonical`);
    }
    expect(lacking).toEqual([]);
  });

  test('every page names itself and its other language at absolute addresses of pages the site has', async () => {
    const siteUrl = settings!.siteUrl;
    const siteRoot = new URL(siteUrl).pathname;
    const wrong: string[] = [];
    // The 404 page stands for every unknown address: it has no one address of its own.
    for (const file of readerPages.filter((page) => page !== '404.html')) {
      const head = headOf(await read(file));
      const own = head.get('hreflang:es') === head.get('canonical') ? 'es' : 'en';
      if (head.get(`hreflang:${own}`) !== head.get('canonical'))
        wrong.push(`${file}: no self link`);
      for (const lang of ['es', 'en', 'x-default']) {
        const href = head.get(`hreflang:${lang}`);
        if (!href?.startsWith(siteUrl)) {
          wrong.push(`${file}: hreflang ${lang} = ${href}`);
          continue;
        }
        const target = new URL(href).pathname.slice(siteRoot.length);
        if (!htmlPages.includes(`${target}index.html`)) wrong.push(`${file}: ${href} is no page`);
      }
      if (head.get('hreflang:x-default') !== head.get('hreflang:es'))
        wrong.push(`${file}: x-default is not the Spanish page`);
    }
    expect(readerPages.length).toBeGreaterThan(10);
    expect(wrong).toEqual([]);
  });

  test("a practice page's canonical URL is the one its open data and citation give", async () => {
    const [entry] = practicesJson.practices;
    const head = headOf(await read(`practicas/${practiceSlug(entry!.code)}/index.html`));
    expect(head.get('canonical')).toBe(entry!.url);
  });

  test('the preview image is a file the site serves', async () => {
    const head = headOf(await read('index.html'));
    const image = new URL(head.get('og:image')!);
    const siteRoot = new URL(settings!.siteUrl).pathname;
    const file = image.pathname.slice(siteRoot.length);
    expect((await readFile(path.join(dist, file))).subarray(1, 4).toString()).toBe('PNG');
  });
});

/** The head's metadata by name: `title`, `description`, `canonical`, `og:*`, `twitter:*`. */
function headOf(html: string): Map<string, string> {
  const found = new Map<string, string>();
  visit(fromHtml(html), 'element', (element: Element) => {
    const { name, property, content, rel, href } = element.properties;
    if (element.tagName === 'title') {
      const text = element.children.map((child) => ('value' in child ? child.value : '')).join('');
      found.set('title', text.trim());
    }
    if (element.tagName === 'meta' && typeof content === 'string') {
      const key = typeof property === 'string' ? property : typeof name === 'string' ? name : '';
      if (key && !found.has(key)) found.set(key, content);
    }
    if (element.tagName === 'link' && Array.isArray(rel) && rel.includes('canonical')) {
      found.set('canonical', String(href));
    }
    const { hrefLang } = element.properties;
    if (element.tagName === 'link' && typeof hrefLang === 'string') {
      found.set(`hreflang:${hrefLang}`, String(href));
    }
  });
  return found;
}
