/**
 * Builds the fixture catalogue (every kind, an MDX entry, a CRLF+BOM file) as a user
 * would, then reads the site and the PDF as a reader would.
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { inspectPdf, pdfPageTexts } from '../../scripts/lib/pdf/inspect-pdf.ts';
import { fichaAnchor } from '../../src/lib/routes.ts';
import { serveDirectory, type StaticServer } from '../../scripts/lib/serve.ts';
import { launchBrowser, openPage } from '../helpers/browser.ts';
import { createSandbox, FIXTURE, replaceLine, type Sandbox } from '../helpers/content-sandbox.ts';
import { runBuildCli, type BuildRun } from '../helpers/run-build.ts';

let sandbox: Sandbox;
let dist: string;
let build: BuildRun;
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  sandbox = await createSandbox();
  // A second good practice saved by a Windows editor: CRLF line endings and a BOM.
  const bp1 = await readFile(path.join(FIXTURE, 'content/practices/ah/BP1_AH.md'), 'utf8');
  const bp2 = replaceLine(
    replaceLine(bp1, 'code:', 'code: BP2_AH'),
    'title:',
    'title: "Guardado con CRLF y BOM."',
  );
  await sandbox.write('content/practices/ah/BP2_AH.md', `\uFEFF${bp2.replace(/\n/g, '\r\n')}`);
  // A draft: checked like any other, but not published.
  const ln1 = await readFile(path.join(FIXTURE, 'content/practices/gn/LN1_GN.md'), 'utf8');
  await sandbox.write(
    'content/practices/gn/LN2_GN.md',
    replaceLine(
      replaceLine(ln1, 'code:', 'code: LN2_GN'),
      'kind:',
      'kind: leccion-no-aprendida\ndraft: true',
    ),
  );
  dist = path.join(sandbox.root, 'dist');
  build = await runBuildCli(['--content', path.join(sandbox.root, 'content'), '--out', dist]);
  server = await serveDirectory(dist);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser.close();
  await server.close();
  await sandbox.dispose();
});

test('the build succeeds and says what it built', () => {
  expect(build.stderr).not.toMatch(/error/i);
  expect(build.code).toBe(0);
  expect(build.stdout).toContain('Built 5 practices (5 in the search index) and a PDF of');
});

test('a draft is checked but not published', async () => {
  expect(build.stdout).toContain('1 draft(s) checked but not published.');
  await expect(stat(path.join(dist, 'practicas', 'ln2_gn'))).rejects.toThrow();
});

describe('website', () => {
  test('a good practice page shows its fields', async () => {
    const { page, consoleErrors } = await openPage(browser, `${server.url}/practicas/bp1_ah/`);
    const text = await page.$eval('main', (main) => main.innerText);
    expect(await page.$eval('h1', (h1) => h1.textContent)).toContain(
      'Lograr acuerdos para acceder a espacios físicos temporales.',
    );
    for (const expected of [
      'Buena práctica',
      '# de población asistida',
      '32.000',
      'Tulcán, Quito',
      '1.500 USD',
      'Alta',
      'Hallazgo',
      'La emergencia sanitaria incrementó',
      'Objetivo 7: Abordar y reducir las vulnerabilidades en la migración',
      'ODS 10: Reducción de las desigualdades',
      'Acuerdos',
    ]) {
      expect(text).toContain(expected);
    }
    expect(consoleErrors).toEqual([]);
  });

  test('a lesson page shows its type and each criterion verdict', async () => {
    const { page } = await openPage(browser, `${server.url}/practicas/la1_ah/`);
    const text = await page.$eval('main', (main) => main.innerText);
    for (const expected of [
      'Lección positiva',
      'Importante\tSí',
      'Útil\tMedianamente',
      'Equitativo\tNo',
      'Económico\tNo determinable',
      'No, porque depende de un dispositivo.',
    ]) {
      expect(text).toContain(expected);
    }
  });

  test('an MDX repository practice renders its component and image, in English', async () => {
    const { page, consoleErrors } = await openPage(
      browser,
      `${server.url}/practicas/r4v_platform/`,
    );
    expect(await page.$eval('.callout', (el) => el.textContent)).toContain(
      'Partners plan together.',
    );
    expect(await page.$eval('article img', (img) => img.naturalWidth)).toBeGreaterThan(0);
    const text = await page.$eval('main', (main) => main.innerText);
    for (const expected of [
      'Practice',
      'Ongoing',
      'Ecuador, Colombia, Peru',
      'IOM (International Organization for Migration); UNHCR',
      'Knowledge Bites #10',
      'Platform website',
      'Radio spot',
      'Information portal on migration',
      'SDG 17: Partnerships for the Goals',
    ]) {
      expect(text).toContain(expected);
    }
    // A screen reader reads the notes' labels in the practice's language.
    expect(await page.$eval('#footnote-label', (heading) => heading.textContent)).toBe('Footnotes');
    expect(
      await page.$eval('.data-footnote-backref', (link) => link.getAttribute('aria-label')),
    ).toBe('Back to reference 1');
    expect(consoleErrors).toEqual([]);
  });

  test('a repository practice shows each resource with its type, says which has no link, and links related practices outside the catalogue', async () => {
    const { page } = await openPage(browser, `${server.url}/practicas/r4v_platform/`);
    const resources = await page.$$eval('.resources li', (items) =>
      items.map((item) => ({
        text: item.textContent.replace(/\s+/g, ' ').trim(),
        href: item.querySelector('a')?.getAttribute('href') ?? null,
      })),
    );
    expect(resources).toEqual([
      { text: 'Platform website (Website)', href: 'https://example.org/r4v' },
      { text: 'Radio spot (Media · no link)', href: null },
    ]);
    const outside = await page.$$eval('.facts tr', (rows) =>
      rows
        .filter(
          (row) =>
            row.querySelector('th')?.textContent === 'Related practices outside the catalogue',
        )
        .map((row) =>
          [...row.querySelectorAll('td a')].map((a) => [a.textContent, a.getAttribute('href')]),
        ),
    );
    expect(outside).toEqual([[['Information portal on migration', 'https://example.org/portal']]]);
    const pdfText = (await pdfPageTexts(path.join(dist, 'test-catalogue.pdf'))).join('\n');
    expect(pdfText).toMatch(/Platform website\s+\(Website\)/);
    expect(pdfText).toMatch(/Radio spot\s+\(Media · no link\)/);
  });

  test('a file with CRLF line endings and a BOM is published like any other', async () => {
    const { page } = await openPage(browser, `${server.url}/practicas/bp2_ah/`);
    expect(await page.$eval('h1', (h1) => h1.textContent)).toContain('Guardado con CRLF y BOM.');
  });

  test('the area page lists its practices in a summary table generated from the files', async () => {
    const { page } = await openPage(browser, `${server.url}/areas/ah/`);
    const codes = await page.$$eval('.summary-table tbody th', (cells) =>
      cells.map((cell) => cell.textContent.trim()),
    );
    expect(codes).toEqual(['BP1_AH', 'BP2_AH', 'LA1_AH']);
  });

  test('search in the browser finds a practice by a word of its text', async () => {
    const { page, consoleErrors } = await openPage(browser, `${server.url}/buscar/`);
    await page.type('#search-q', 'conectividad');
    await page.waitForSelector('.search-result h2 a', { timeout: 15_000 });
    const links = await page.$$eval('.search-result h2 a', (anchors) =>
      anchors.map((a) => a.getAttribute('href')),
    );
    expect(links).toContain('/practicas/la1_ah/');
    expect(consoleErrors).toEqual([]);
  });
});

describe('PDF', () => {
  test('the PDF has a bookmark and a destination for every ficha, on the page that shows it', async () => {
    const pdf = path.join(dist, 'test-catalogue.pdf');
    const summary = await inspectPdf(pdf);
    const texts = await pdfPageTexts(pdf);
    for (const code of ['BP1_AH', 'BP2_AH', 'LA1_AH', 'LN1_GN', 'R4V_PLATFORM']) {
      const page = summary.destinations.get(fichaAnchor(code));
      expect(page, code).toBeDefined();
      expect(texts[page! - 1]).toContain(code);
    }
    const titles = JSON.stringify(summary.outline);
    expect(titles).toContain('Lograr acuerdos para acceder a espacios físicos temporales.');
  });
});

describe('a failed build', () => {
  test('exits non-zero with the checker message and leaves the previous site untouched', async () => {
    const before = await stat(path.join(dist, 'index.html'));
    await sandbox.write('content/practices/gn/LN1_GN.md', 'kind: [broken\n');
    const failed = await runBuildCli([
      '--content',
      path.join(sandbox.root, 'content'),
      '--out',
      dist,
    ]);
    expect(failed.code).toBe(1);
    expect(failed.stderr).toContain(
      'content/practices/gn/LN1_GN.md:1 the metadata header is missing',
    );
    expect(failed.stderr).toContain('is unchanged');
    const after = await stat(path.join(dist, 'index.html'));
    expect(after.mtimeMs).toBe(before.mtimeMs);
    await expect(stat(`${dist}.building`)).rejects.toThrow();
  });
});
