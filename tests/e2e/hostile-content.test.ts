/**
 * Builds the fixture catalogue with a hostile practice (tests/fixtures/hostile-content):
 * obfuscated `javascript:` links, attributes that retitle the search result or pass for
 * page chrome, and elements that would swallow the rest of the page. Then reads it as a
 * reader would: in Chromium, in the search, and in the PDF.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { serveDirectory, type StaticServer } from '../../scripts/lib/serve.ts';
import { LINK_SCHEMES } from '../../src/lib/markdown/html-policy.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { URL_ATTRIBUTES } from '../helpers/url-attributes.ts';
import { createSandbox, type Sandbox } from '../helpers/content-sandbox.ts';
import { runBuildCli, type BuildRun } from '../helpers/run-build.ts';

const ALLOWED_PROTOCOLS = LINK_SCHEMES.map((scheme) => `${scheme}:`);

let sandbox: Sandbox;
let dist: string;
let build: BuildRun;
let server: StaticServer;
let browser: Browser;
let page: Page;
const consoleErrors: string[] = [];
const dialogs: string[] = [];

beforeAll(async () => {
  sandbox = await createSandbox();
  await sandbox.write(
    'content/practices/ah/BP9_AH.md',
    await readFile('tests/fixtures/hostile-content/BP9_AH.md', 'utf8'),
  );
  dist = path.join(sandbox.root, 'dist');
  build = await runBuildCli(['--content', path.join(sandbox.root, 'content'), '--out', dist]);
  if (build.code !== 0) throw new Error(`The build failed:\n${build.stdout}\n${build.stderr}`);
  server = await serveDirectory(dist);
  browser = await launchBrowser();
  // Listening before the page loads: an alert() while it loads would be missed otherwise.
  page = await browser.newPage();
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(String(error)));
  const response = await page.goto(`${server.url}/practicas/bp9_ah/`, {
    waitUntil: 'networkidle0',
  });
  expect(response?.ok()).toBe(true);
});

afterAll(async () => {
  await browser.close();
  await server.close();
  await sandbox.dispose();
});

test('the build succeeds: hostile HTML in .md is a warning, not an error', () => {
  expect(build.code).toBe(0);
  expect(build.stdout).toContain('Built 5 practices (5 in the search index) and a PDF of');
});

describe('the practice page', () => {
  test('has no link or resource with a scheme but http, https, mailto, tel or a relative one', async () => {
    const urls = await page.$$eval(
      '*',
      (elements, attributes) =>
        elements.flatMap((element) =>
          attributes.flatMap((name) => {
            const value = element.getAttribute(name);
            return value === null
              ? []
              : [{ name, value, protocol: new URL(value, document.baseURI).protocol }];
          }),
        ),
      URL_ATTRIBUTES,
    );
    expect(urls.filter((url) => !ALLOWED_PROTOCOLS.includes(url.protocol))).toEqual([]);
    // The obfuscated links are still there, as text, without an address.
    const links = await page.$$eval('.ficha__body a', (anchors) =>
      anchors.map((anchor) => [anchor.textContent, anchor.getAttribute('href')]),
    );
    for (const text of [
      'tab',
      'entity',
      'colon',
      'spaces',
      'upper',
      'newline',
      'control',
      'vbscript',
      'data',
      'file',
      'a Markdown link',
    ]) {
      expect(links).toContainEqual([text, null]);
    }
    expect(links).toContainEqual(['web', 'https://example.org/ok']);
    expect(links).toContainEqual(['relative', '/areas/ah/']);
    expect(await page.evaluate(() => document.baseURI)).toBe(`${server.url}/practicas/bp9_ah/`);
  });

  test('no content element carries data-pagefind-*, id, class or style of its own', async () => {
    const foreign = await page.$$eval('.ficha__body *', (elements) =>
      elements.flatMap((element) =>
        [...element.attributes]
          .filter((attribute) => {
            const { name, value } = attribute;
            const tag = element.tagName.toLowerCase();
            if (name.startsWith('data-pagefind')) return true;
            // What the project's own pipeline writes: heading ids, GFM footnotes and table
            // alignment, Shiki's colours.
            if (name === 'id')
              return (
                !/^h[1-6]$/.test(tag) && !/^(user-content-fn(ref)?-|footnote-label$)/.test(value)
              );
            if (name === 'class')
              return !/^(footnotes|sr-only|data-footnote-backref|astro-code github-dark|line)$/.test(
                value,
              );
            if (name === 'style')
              return (
                !(/^t[hd]$/.test(tag) && /^text-align: (left|right)$/.test(value)) &&
                !element.closest('pre.astro-code')
              );
            return false;
          })
          .map(({ name, value }) => `<${element.tagName.toLowerCase()} ${name}="${value}">`),
      ),
    );
    expect(foreign).toEqual([]);
    expect(
      await page.$$eval('#main', (elements) => elements.map((element) => element.tagName)),
    ).toEqual(['MAIN']);
    expect(await page.$$eval('.ficha__title', (elements) => elements.length)).toBe(1);
  });

  test('nothing from the content runs, loads or swallows the page', async () => {
    const tags = await page.$$eval('.ficha__body *', (elements) =>
      elements.map((element) => element.tagName.toLowerCase()),
    );
    for (const tag of [
      'script',
      'style',
      'iframe',
      'object',
      'embed',
      'meta',
      'base',
      'link',
      'form',
      'button',
      'svg',
      'math',
      'title',
      'textarea',
      'xmp',
      'plaintext',
    ]) {
      expect(tags).not.toContain(tag);
    }
    expect(await page.$$eval('plaintext, xmp', (elements) => elements.length)).toBe(0);
    expect(dialogs).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });

  test('the text after <plaintext> renders as a normal page, down to the footer', async () => {
    expect(await page.$eval('#consejos-de-aplicabilidad', (heading) => heading.tagName)).toBe('H2');
    const text = await page.$eval('.ficha__body', (body) => (body as HTMLElement).innerText);
    expect(text).toContain('<plaintext>');
    expect(text).toContain('Texto después del plaintext, con énfasis.');
    expect(await page.$eval('#sostenibilidad + p', (p) => p.textContent)).toBe(
      'Texto de la sostenibilidad.',
    );
    expect(await page.$$eval('.ficha__body ~ .gcm', (sections) => sections.length)).toBe(1);
    expect(await page.$eval('footer.site-footer', (footer) => footer.offsetHeight)).toBeGreaterThan(
      0,
    );
  });

  test('the project’s own decorations survive: footnotes, table alignment, highlighting', async () => {
    expect(await page.$eval('#user-content-fn-1', (item) => item.textContent)).toContain(
      'La nota al pie.',
    );
    expect(await page.$eval('a[href="#user-content-fn-1"]', (link) => link.id)).toBe(
      'user-content-fnref-1',
    );
    // Labelled in the practice's language, Spanish, not in Sätteri's English.
    expect(await page.$eval('#footnote-label', (heading) => heading.textContent)).toBe('Notas');
    expect(
      await page.$eval('.data-footnote-backref', (link) => link.getAttribute('aria-label')),
    ).toBe('Volver a la referencia 1');
    expect(await page.$eval('.ficha__body td', (cell) => getComputedStyle(cell).textAlign)).toBe(
      'left',
    );
    expect(
      await page.$eval('pre.astro-code span[style]', (span) => span.getAttribute('style')),
    ).toMatch(/^color:#/);
  });
});

test('the search result of the practice keeps its own title and address', async () => {
  // Pagefind's own browser API, as its search box uses it: what the index says of the page.
  // A string, so that the test runner does not rewrite the browser's `import()`.
  const results = (await page.evaluate(`(async () => {
    const pagefind = await import('/pagefind/pagefind.js');
    const { results } = await pagefind.search('Impostor');
    return Promise.all(results.map(async (result) => {
      const { url, meta } = await result.data();
      return { url, meta };
    }));
  })()`)) as { url: string; meta: Record<string, string> }[];
  expect(results).toEqual([
    {
      url: '/practicas/bp9_ah/',
      meta: expect.objectContaining({ title: 'Práctica hostil para las pruebas.' }) as unknown,
    },
  ]);
  expect(JSON.stringify(results)).not.toContain('Hijacked');
});

test('the PDF has no javascript:, file: or data: link', async () => {
  const pdf = (await readdir(dist)).find((file) => file.endsWith('.pdf'))!;
  const document = await getDocument({
    data: new Uint8Array(await readFile(path.join(dist, pdf))),
    verbosity: 0,
  }).promise;
  try {
    const links: string[] = [];
    for (let number = 1; number <= document.numPages; number++) {
      const annotations = (await (await document.getPage(number)).getAnnotations()) as {
        subtype: string;
        url?: string;
        unsafeUrl?: string;
      }[];
      for (const annotation of annotations) {
        if (annotation.subtype !== 'Link') continue;
        for (const url of [annotation.url, annotation.unsafeUrl]) if (url) links.push(url);
      }
    }
    expect(links.length).toBeGreaterThan(0);
    const schemes = links.map((url) => new URL(url, 'https://relative.invalid/').protocol);
    expect(schemes.filter((scheme) => !ALLOWED_PROTOCOLS.includes(scheme))).toEqual([]);
    expect(links).toContain('https://example.org/ok');
  } finally {
    await document.destroy();
  }
});
