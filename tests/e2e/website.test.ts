/**
 * The shipped website as a reader uses it in Chromium: search finds practices by a phrase of
 * their text and without accents; the browse page's filters widen and narrow the list with
 * the counts a person would get by hand from the content; a shared URL restores the state.
 */
import { readFile, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { serveDirectory, type StaticServer } from '../../scripts/lib/serve.ts';
import { checkContent } from '../../src/lib/check/index.ts';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { browseUrl, homeUrl, pageUrl, practiceSlug, searchUrl } from '../../src/lib/routes.ts';
import { launchBrowser, openPage } from '../helpers/browser.ts';

const { dist } = inject('shipped');
// Expectations come from the content as the checker reads it, never from the site itself.
const checked = await checkContent('content');
const bodies = new Map(checked.entries.map((entry) => [entry.file, entry.body]));
const published = checked.practices
  .filter((practice) => !practice.data.draft)
  .map((practice) => ({ data: practice.data, body: bodies.get(practice.file) ?? '' }));
const countWhere = (keep: (data: (typeof published)[number]['data']) => boolean) =>
  published.filter((practice) => keep(practice.data)).length;

let server: StaticServer;
let browser: Browser;
const consoleErrors: string[] = [];

beforeAll(async () => {
  server = await serveDirectory(dist);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
  await server.close();
});

async function open(url: string): Promise<Page> {
  const opened = await openPage(browser, `${server.url}${url}`);
  opened.page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  consoleErrors.push(...opened.consoleErrors);
  return opened.page;
}

/** The practice pages the search page lists for `query`, in order. */
async function searchResults(query: string): Promise<string[]> {
  const page = await open(`${searchUrl()}?q=${encodeURIComponent(query)}`);
  await page.waitForSelector('.search-result a', { timeout: 10_000 });
  const hrefs = await page.$$eval('.search-result h2 a', (links) =>
    links.map((link) => new URL(link.href).pathname),
  );
  await page.close();
  return hrefs;
}

const slugOf = (pathname: string) => pathname.split('/').filter(Boolean).at(-1);

/** Plain words of a practice's first body paragraph (no Markdown marks). */
function bodyWords(body: string): string[] {
  const paragraph = body
    .split('\n')
    .find((line) => line.trim() && !line.startsWith('#') && !line.startsWith('<'));
  return (paragraph ?? '')
    .replace(/[*_`[\]()]/g, '')
    .split(/\s+/)
    .filter(Boolean);
}

test('a phrase from a practice body finds that practice first', async () => {
  const practice = published.find((p) => bodyWords(p.body).length > 12)!;
  const phrase = bodyWords(practice.body).slice(3, 10).join(' ');
  const results = await searchResults(phrase);
  expect(slugOf(results[0]!)).toBe(practiceSlug(practice.data.code));
});

test('a phrase from a front-matter page finds that page, labelled as front matter', async () => {
  const entry = checked.entries.find(
    (e) => e.collection === 'pages' && bodyWords(e.body).length > 12,
  )!;
  const phrase = bodyWords(entry.body).slice(2, 9).join(' ');
  const page = await open(`${searchUrl()}?q=${encodeURIComponent(phrase)}`);
  await page.waitForSelector('.search-result a', { timeout: 10_000 });
  const first = await page.$eval('.search-result', (li) => ({
    href: new URL(li.querySelector('a')!.href).pathname,
    kind: li.querySelector('.search-result__kind')?.textContent,
  }));
  await page.close();
  expect(first.href).toBe(pageUrl(entry.id));
  expect(first.kind).toBe('Presentación del catálogo');
});

test('a query without accents finds the accented text', async () => {
  const accented = published
    .flatMap((p) => bodyWords(p.body))
    .map((word) => word.replace(/[^\p{L}]/gu, ''))
    .find((word) => word.length > 7 && /[áéíóú]/.test(word))!;
  const plain = accented.normalize('NFD').replace(/\p{M}/gu, '');
  const withWord = new Set(
    published
      .filter((p) => p.body.toLowerCase().includes(accented.toLowerCase()))
      .map((p) => practiceSlug(p.data.code)),
  );
  const results = await searchResults(plain);
  expect(results.length).toBeGreaterThan(0);
  expect(withWord.has(slugOf(results[0]!)!)).toBe(true);
});

/** The browse page's state: how many practices it shows, and what its status line says. */
async function shown(page: Page) {
  return page.$$eval('.practice-list li', (items) => items.filter((li) => !li.hidden).length);
}
async function toggle(page: Page, facet: string, label: string) {
  const clicked = await page.$$eval(
    `details[data-facet="${facet}"] label`,
    (labels, wanted) => {
      const match = labels.find((el) => el.querySelector('span')?.textContent === wanted);
      match?.querySelector('input')?.click();
      return Boolean(match);
    },
    label,
  );
  expect(clicked, `${facet}: ${label}`).toBe(true);
}
async function countBeside(page: Page, facet: string, label: string): Promise<number> {
  return page.$$eval(
    `details[data-facet="${facet}"] label`,
    (labels, wanted) =>
      Number(
        labels
          .find((el) => el.querySelector('span')?.textContent === wanted)
          ?.querySelector('.facet-value__count')?.textContent,
      ),
    label,
  );
}

test('values in one facet widen the list, values in two facets narrow it, counts match the content', async () => {
  const areas = [...new Set(published.map((p) => p.data.area))].slice(0, 2);
  const [first, second] = areas as [string, string];
  const names = JSON.parse(await readFile('src/i18n/es.json', 'utf8')) as Record<string, string>;
  const areaName = async (code: string) => {
    const text = await readFile(path.join('content/areas', `${code}.md`), 'utf8');
    return /es: "([^"]+)"/.exec(text)![1]!;
  };
  const page = await open(browseUrl());
  await page.waitForSelector('.browse--ready');
  expect(await shown(page)).toBe(published.length);

  await toggle(page, 'area', await areaName(first));
  expect(await shown(page)).toBe(countWhere((p) => p.area === first));
  await toggle(page, 'area', await areaName(second));
  const inBoth = countWhere((p) => p.area === first || p.area === second);
  expect(await shown(page)).toBe(inBoth);

  const goodPractice = names['kind.buena-practica']!;
  const expectedGood = countWhere(
    (p) => (p.area === first || p.area === second) && p.kind === 'buena-practica',
  );
  expect(await countBeside(page, 'kind', goodPractice)).toBe(expectedGood);
  await toggle(page, 'kind', goodPractice);
  expect(await shown(page)).toBe(expectedGood);
  // The area counts now follow the kind chosen, not the areas' own selection.
  expect(await countBeside(page, 'area', await areaName(first))).toBe(
    countWhere((p) => p.area === first && p.kind === 'buena-practica'),
  );
  expect(await page.$eval('[data-status]', (el) => el.textContent)).toContain(
    `${expectedGood} de ${published.length}`,
  );

  // The URL carries the state: opened afresh, it shows the same list with the same boxes ticked.
  const shared = new URL(page.url());
  await page.close();
  const again = await open(`${shared.pathname}${shared.search}`);
  await again.waitForSelector('.browse--ready');
  expect(await shown(again)).toBe(expectedGood);
  expect(await again.$$eval('input[type=checkbox]:checked', (boxes) => boxes.length)).toBe(3);
  await again.close();
});

test('a text query and a facet combine, whether the link carries the query or the reader types it', async () => {
  const practice = published.find((p) => bodyWords(p.body).length > 12)!;
  const phrase = bodyWords(practice.body).slice(3, 10).join(' ');
  const inArea = countWhere((p) => p.area === practice.data.area);
  const visibleSlugs = (page: Page) =>
    page.$$eval('.practice-list li', (items) =>
      items.filter((li) => !li.hidden).map((li) => li.querySelector('a')!.pathname.split('/')[2]),
    );

  const linked = await open(
    `${browseUrl()}?area=${practice.data.area}&q=${encodeURIComponent(phrase)}`,
  );
  await linked.waitForSelector('.browse--ready');
  const found = await visibleSlugs(linked);
  expect(found).toContain(practiceSlug(practice.data.code));
  expect(found.length).toBeLessThan(inArea);
  await linked.close();

  const typed = await open(`${browseUrl()}?area=${practice.data.area}`);
  await typed.waitForSelector('.browse--ready');
  expect(await shown(typed)).toBe(inArea);
  await typed.type('#browse-q', phrase);
  await typed.waitForFunction(
    (total) =>
      [...document.querySelectorAll<HTMLLIElement>('.practice-list li')].filter((li) => !li.hidden)
        .length < total,
    {},
    inArea,
  );
  expect(await visibleSlugs(typed)).toEqual(found);
  expect(new URL(typed.url()).searchParams.get('q')).toBe(phrase);
  await typed.close();
});

test('a practice page weighs at most 60 KB of HTML and CSS', async () => {
  for (const slug of await readdir(path.join(dist, 'practicas'))) {
    const html = await readFile(path.join(dist, 'practicas', slug, 'index.html'), 'utf8');
    const styles = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)].map(
      (match) => path.join(dist, match[1]!),
    );
    const cssBytes = (await Promise.all(styles.map((file) => stat(file)))).reduce(
      (sum, file) => sum + file.size,
      0,
    );
    expect(Buffer.byteLength(html) + cssBytes, slug).toBeLessThanOrEqual(60 * 1024);
  }
});

test('a practice page ships no script but the search form', async () => {
  const html = await readFile(
    path.join(dist, 'practicas', practiceSlug(published[0]!.data.code), 'index.html'),
    'utf8',
  );
  expect(html).not.toMatch(/<script(?![^>]*application\/(ld\+)?json)/);
});

test('the home page gives the size and page count of the PDF it links to, in each language', async () => {
  for (const [lang, pagesWord, decimal] of [
    ['es', 'páginas', ','],
    ['en', 'pages', '.'],
  ] as const) {
    const page = await open(homeUrl(lang));
    const link = await page.$eval('main a[type="application/pdf"]', (a) => ({
      text: a.textContent.replace(/\s+/g, ' '),
      href: new URL(a.href).pathname,
    }));
    await page.close();
    const pdf = await readFile(path.join(dist, link.href));
    const { numPages } = await getDocument({ data: new Uint8Array(pdf) }).promise;
    expect(link.text, lang).toContain(`${numPages} ${pagesWord}`);
    const shownMb = new RegExp(`([\\d${decimal}]+) MB`).exec(link.text)?.[1];
    expect(shownMb, `${lang}: ${link.text}`).toBeDefined();
    // Rounded to one decimal: at most half a tenth from the file's size.
    expect(Math.abs(Number(shownMb!.replace(decimal, '.')) - pdf.length / 1e6)).toBeLessThanOrEqual(
      0.05,
    );
  }
});

test('the browser console stayed empty', () => {
  expect(consoleErrors).toEqual([]);
});
