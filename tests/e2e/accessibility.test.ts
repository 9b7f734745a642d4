/**
 * WCAG 2.2 A/AA with axe-core in Chromium, on every kind of page: the shipped catalogue's
 * home, area, practices of each kind it has, browse with filters applied, search results,
 * every taxonomy, a front-matter page and the English interface; and the fixture catalogue,
 * which holds every kind of practice (a repository practice in English among them). Every page
 * also reads at 320 px wide (WCAG 1.4.10, reflow) without scrolling sideways.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { serveDirectory, type StaticServer } from '../../scripts/lib/serve.ts';
import { checkContent } from '../../src/lib/check/index.ts';
import {
  areaUrl,
  browseUrl,
  homeUrl,
  pageUrl,
  practiceUrl,
  searchUrl,
  taxonomyUrl,
  TAXONOMY_SEGMENTS,
  type TaxonomyKind,
} from '../../src/lib/routes.ts';
import { launchBrowser, openPage } from '../helpers/browser.ts';
import { createSandbox, type Sandbox } from '../helpers/content-sandbox.ts';
import { runBuildCli } from '../helpers/run-build.ts';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

interface Violation {
  id: string;
  help: string;
  nodes: { target: string[] }[];
}

/** axe's WCAG 2.2 A/AA violations on a page, each as "rule: help (selectors)". */
async function violations(browser: Browser, url: string, ready?: string): Promise<string[]> {
  const { page } = await openPage(browser, url);
  try {
    if (ready) await page.waitForSelector(ready, { timeout: 10_000 });
    await page.addScriptTag({ path: AXE });
    const found = (await page.evaluate(
      (tags) =>
        (
          window as unknown as {
            axe: { run(context: Document, options: object): Promise<{ violations: unknown[] }> };
          }
        ).axe
          .run(document, { runOnly: { type: 'tag', values: tags } })
          .then((result) => result.violations),
      WCAG_22_AA,
    )) as Violation[];
    return found.map(
      (v) => `${v.id}: ${v.help} (${v.nodes.map((node) => node.target.join(' ')).join(', ')})`,
    );
  } finally {
    await page.close();
  }
}

/** One practice of each kind the content holds. */
async function onePerKind(contentDir: string): Promise<string[]> {
  const { practices } = await checkContent(contentDir);
  const byKind = new Map<string, string>();
  for (const practice of practices) {
    if (!practice.data.draft && !byKind.has(practice.data.kind))
      byKind.set(practice.data.kind, practice.data.code);
  }
  return [...byKind.values()];
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

describe('shipped catalogue', async () => {
  const { dist } = inject('shipped');
  const { practices, entries } = await checkContent('content');
  const firstArea = practices[0]!.data.area;
  const firstPage = entries.find((entry) => entry.collection === 'pages')!.id;
  const taxonomies = Object.keys(TAXONOMY_SEGMENTS) as TaxonomyKind[];
  const objective = practices.find((p) => p.data.gcmObjectives.length > 0)!.data.gcmObjectives[0]!;
  const keyword = practices.find((p) => p.data.keywords.length > 0)!.data.keywords[0]!;
  const pages: [string, string, string?][] = [
    ['home', homeUrl()],
    ['area', areaUrl(firstArea)],
    ...(await onePerKind('content')).map(
      (code): [string, string] => [`practice ${code}`, practiceUrl(code)],
    ),
    ['browse with filters', `${browseUrl()}?area=${firstArea}&kind=buena-practica`, '.browse--ready'],
    ['search results', `${searchUrl()}?q=migrantes`, '.search-result'],
    ...taxonomies.map((kind): [string, string] => [`${kind} index`, taxonomyUrl(kind)]),
    ['objective page', taxonomyUrl('objective', objective)],
    ['keyword page', taxonomyUrl('keyword', keyword)],
    ['front-matter page', pageUrl(firstPage)],
    ['English home', homeUrl('en')],
    ['English practice', practiceUrl(practices[0]!.data.code, 'en')],
    ['English browse', browseUrl('en'), '.browse--ready'],
  ];
  let server: StaticServer;
  beforeAll(async () => {
    server = await serveDirectory(dist);
  });
  afterAll(async () => {
    await server.close();
  });
  test.each(pages)('%s has no WCAG 2.2 AA violation', async (_name, url, ready) => {
    expect(await violations(browser, `${server.url}${url}`, ready)).toEqual([]);
  });
  test.each(pages)('%s reads at 320 px without scrolling sideways', async (_name, url, ready) => {
    const page = await browser.newPage();
    try {
      await page.setViewport({ width: 320, height: 640 });
      await page.goto(`${server.url}${url}`, { waitUntil: 'networkidle0' });
      if (ready) await page.waitForSelector(ready);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    } finally {
      await page.close();
    }
  });
});

describe('fixture with every kind of practice', () => {
  let sandbox: Sandbox;
  let server: StaticServer;
  beforeAll(async () => {
    sandbox = await createSandbox();
    const dist = path.join(sandbox.root, 'dist');
    const build = await runBuildCli([
      '--content',
      path.join(sandbox.root, 'content'),
      '--out',
      dist,
      '--no-pdf',
    ]);
    if (build.code !== 0) throw new Error(build.stderr || build.stdout);
    server = await serveDirectory(dist);
  });
  afterAll(async () => {
    await server.close();
    await sandbox.dispose();
  });

  test('every kind of practice page has no WCAG 2.2 AA violation', async () => {
    const codes = await onePerKind(path.join(sandbox.root, 'content'));
    expect(codes.length).toBe(4);
    for (const code of codes) {
      expect(await violations(browser, `${server.url}${practiceUrl(code)}`), code).toEqual([]);
    }
  });
});
