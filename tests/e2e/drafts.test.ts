/**
 * Drafts as an editor and a reviewer meet them: a `draft: true` entry is left out of the
 * published site, its search index, open data and PDF; `npm run build -- --drafts --out DIR`
 * builds a preview that has it, marked as a draft and with its review, and refuses dist/.
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { pdfPageTexts } from '../../scripts/lib/pdf/inspect-pdf.ts';
import { serveDirectory, type StaticServer } from '../../scripts/lib/serve.ts';
import { launchBrowser, openPage } from '../helpers/browser.ts';
import { createSandbox, FIXTURE, replaceLine, type Sandbox } from '../helpers/content-sandbox.ts';
import { runBuildCli, type BuildRun } from '../helpers/run-build.ts';

const DRAFT_TITLE = 'Un borrador que solo se ve en la vista previa.';

let sandbox: Sandbox;
let content: string;
let published: { dir: string; build: BuildRun };
let preview: { dir: string; build: BuildRun; server: StaticServer };
let browser: Browser;

beforeAll(async () => {
  sandbox = await createSandbox();
  content = path.join(sandbox.root, 'content');
  const ln1 = await readFile(path.join(FIXTURE, 'content/practices/gn/LN1_GN.md'), 'utf8');
  let draft = replaceLine(ln1, 'code:', 'code: LN2_GN');
  draft = replaceLine(draft, 'title:', `title: "${DRAFT_TITLE}"`);
  draft = replaceLine(
    draft,
    'kind:',
    'kind: leccion-no-aprendida\ndraft: true\nreview:\n  reviewers: [Ana Pérez]\n  status: en-revision\n  date: 2026-11-02',
  );
  await sandbox.write('content/practices/gn/LN2_GN.md', draft);

  const publishedDir = path.join(sandbox.root, 'site');
  published = {
    dir: publishedDir,
    build: await runBuildCli(['--content', content, '--out', publishedDir]),
  };
  const previewDir = path.join(sandbox.root, 'preview');
  const previewBuild = await runBuildCli(['--drafts', '--content', content, '--out', previewDir]);
  preview = { dir: previewDir, build: previewBuild, server: await serveDirectory(previewDir) };
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser.close();
  await preview.server.close();
  await sandbox.dispose();
});

const practicesJson = async (dir: string) =>
  (
    JSON.parse(await readFile(path.join(dir, 'practices.json'), 'utf8')) as {
      practices: { code: string }[];
    }
  ).practices.map((practice) => practice.code);

describe('a normal build', () => {
  test('leaves the draft out of the pages, the search index, the open data and the PDF', async () => {
    expect(published.build.code).toBe(0);
    expect(published.build.stdout).toContain('Built 4 practices (4 in the search index)');
    expect(published.build.stdout).toContain('1 draft(s) checked but not published.');
    await expect(stat(path.join(published.dir, 'practicas', 'ln2_gn'))).rejects.toThrow();
    expect(await practicesJson(published.dir)).not.toContain('LN2_GN');
    const pdfText = (await pdfPageTexts(path.join(published.dir, 'test-catalogue.pdf'))).join('\n');
    expect(pdfText).toContain('LN1_GN');
    expect(pdfText).not.toContain('LN2_GN');
  });

  test('ignores CATALOGUE_DRAFTS in the environment', async () => {
    const out = path.join(sandbox.root, 'env-site');
    const build = await runBuildCli(['--no-pdf', '--content', content, '--out', out], {
      env: { CATALOGUE_DRAFTS: '1' },
    });
    expect(build.stdout).toContain('1 draft(s) checked but not published.');
    await expect(stat(path.join(out, 'practicas', 'ln2_gn'))).rejects.toThrow();
  });
});

describe('a --drafts build', () => {
  test('says it is a preview that has the draft', () => {
    expect(preview.build.stderr).not.toMatch(/error/i);
    expect(preview.build.code).toBe(0);
    expect(preview.build.stdout).toContain('Built 5 practices (5 in the search index)');
    expect(preview.build.stdout).toContain(
      'This is a preview: 1 draft(s) included and marked as drafts. Do not publish',
    );
  });

  test('shows the draft marked as such, with its review', async () => {
    const { page, consoleErrors } = await openPage(
      browser,
      `${preview.server.url}/practicas/ln2_gn/`,
    );
    expect(await page.$eval('h1', (h1) => h1.textContent)).toContain(DRAFT_TITLE);
    expect(await page.$eval('.ficha__draft', (mark) => mark.textContent)).toBe(
      'Borrador: no publicado',
    );
    const text = await page.$eval('main', (main) => main.innerText);
    expect(text).toContain('Revisión\tEn revisión · Ana Pérez · 2 de noviembre de 2026');
    expect(consoleErrors).toEqual([]);
  });

  test('marks only drafts', async () => {
    const { page } = await openPage(browser, `${preview.server.url}/practicas/ln1_gn/`);
    expect(await page.$$('.ficha__draft')).toHaveLength(0);
  });

  test('lists the draft on its area page and prints it, marked, in the PDF', async () => {
    const { page } = await openPage(browser, `${preview.server.url}/areas/gn/`);
    const codes = await page.$$eval('.summary-table tbody th', (cells) =>
      cells.map((cell) => cell.textContent.trim()),
    );
    expect(codes).toContain('LN2_GN');
    const pages = await pdfPageTexts(path.join(preview.dir, 'test-catalogue.pdf'));
    // The ficha's first page, not the contents that name it too.
    const fichaPage = pages.find((text) => text.includes('LN2_GN') && text.includes('Hallazgo'));
    expect(fichaPage).toBeDefined();
    expect(fichaPage).toMatch(/Borrador\s+Sí\s+Revisión\s+En revisión · Ana Pérez/);
  });

  test('keeps drafts out of the open data even in a preview', async () => {
    expect(await practicesJson(preview.dir)).not.toContain('LN2_GN');
  });

  test('refuses to write the published folder', async () => {
    const refused = await runBuildCli(['--drafts', '--content', content]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(
      'A build with --drafts is a preview and never goes into dist/, the folder that is published. ' +
        'Give it a folder of its own, e.g. `npm run build -- --drafts --out preview`.',
    );
  });
});
