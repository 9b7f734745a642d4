/**
 * Editing in the browser: the CMS at /admin/ against its local backend (decap-server on
 * 127.0.0.1, writing into a sandbox copy of the content), one practice of each kind created
 * through the form as an editor would; what it writes passes the check and builds.
 */
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { parse } from 'yaml';
import { checkContent } from '../../src/lib/check/index.ts';
import { formatProblem } from '../../src/lib/check/problem.ts';
import { practiceKinds, type PracticeKind } from '../../src/schemas/practice-kinds.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { markdownFiles, startLocalCms, type LocalCms } from '../helpers/cms.ts';
import { createSandbox, type Sandbox } from '../helpers/content-sandbox.ts';
import { runBuildCli } from '../helpers/run-build.ts';

const AREAS = [
  { code: 'AH', name: { es: 'Asistencia Humanitaria', en: 'Humanitarian Assistance' } },
  { code: 'GN', name: { es: 'Gobernanza', en: 'Governance' } },
];

/** What an editor types into each kind's form: text boxes and choices, by field name. */
interface FormEntry {
  readonly code: string;
  readonly area: string;
  readonly text: Record<string, string>;
  readonly choices: Record<string, string>;
}

const entries: Record<PracticeKind, FormEntry> = {
  'buena-practica': {
    code: 'BP5_AH',
    area: 'AH',
    text: {
      title: 'Una buena práctica escrita en el editor',
      population: '1200',
      budget: '1500 USD',
      assistanceType: 'Asistencia técnica',
    },
    choices: { sustainability: 'Media' },
  },
  'leccion-aprendida': {
    code: 'LA5_AH',
    area: 'AH',
    text: { title: 'Una lección aprendida escrita en el editor' },
    choices: {
      lessonType: 'positiva',
      importante: 'si',
      util: 'si',
      equitativo: 'medianamente',
      economico: 'no-determinable',
    },
  },
  'leccion-no-aprendida': {
    code: 'LN5_GN',
    area: 'GN',
    text: { title: 'Una lección no aprendida escrita en el editor' },
    choices: { lessonType: 'negativa' },
  },
  // A repository entry whose source leaves the dates, type and organisations empty.
  practica: {
    code: 'PR1_GN',
    area: 'GN',
    text: {
      title: 'Una práctica del repositorio escrita en el editor',
      endYear: 'en-curso',
      startYear: 'no-registra',
    },
    choices: {},
  },
};

let sandbox: Sandbox | undefined;
let cms: LocalCms | undefined;
let browser: Browser | undefined;
const consoleErrors: string[] = [];

beforeAll(async () => {
  sandbox = await createSandbox();
  cms = await startLocalCms(sandbox.root, AREAS);
  browser = await launchBrowser();
});

/** What beforeAll started; the tests only run once it has. */
function started() {
  if (!sandbox || !cms || !browser) throw new Error('The CMS did not start');
  return { sandbox, cms, browser };
}

afterAll(async () => {
  await browser?.close();
  await cms?.close();
  await sandbox?.dispose();
});

/** The input of a field, found by its label as a person finds it. */
async function fieldInput(page: Page, name: string): Promise<string> {
  const id = await page.$eval(`label[for^="${name}-field-"]`, (label) => label.getAttribute('for'));
  return `#${id ?? ''}`;
}

async function choose(page: Page, name: string, value: string) {
  await page.click(await fieldInput(page, name));
  await page.keyboard.type(value);
  await page.keyboard.press('Enter');
}

/** The file the CMS writes for an entry, relative to content/practices/, once it exists. */
async function waitForFile(entry: FormEntry): Promise<string> {
  const expected = `${entry.area}/${entry.code}.md`.toLowerCase();
  for (let attempt = 0; attempt < 150; attempt += 1) {
    const files = await markdownFiles(path.join(started().sandbox.root, 'content/practices'));
    const found = files.find((file) => file.toLowerCase() === expected);
    if (found) return found;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`The CMS did not write content/practices/${expected}`);
}

async function createThroughForm(kind: PracticeKind, entry: FormEntry) {
  const { browser: chromium, cms: local } = started();
  const page = await chromium.newPage();
  await page.setViewport({ width: 1280, height: 1000 });
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(`${kind}: ${message.text()}`);
  });
  page.on('pageerror', (error) => consoleErrors.push(`${kind}: ${String(error)}`));
  try {
    await page.goto(local.adminUrl, { waitUntil: 'networkidle0' });
    // The local backend asks for no password: one click on "Iniciar sesión", the first time.
    const login = await page.$('xpath/.//button[text()="Iniciar sesión"]');
    if (login) {
      await login.click();
      await page.waitForNetworkIdle();
    }
    await page.goto(`${local.adminUrl}#/collections/${kind}/new`, { waitUntil: 'networkidle0' });
    await page.waitForSelector('label[for^="code-field-"]');
    await page.type(await fieldInput(page, 'code'), entry.code);
    await choose(page, 'area', entry.area);
    for (const [name, value] of Object.entries(entry.text))
      await page.type(await fieldInput(page, name), value);
    for (const [name, value] of Object.entries(entry.choices)) await choose(page, name, value);
    // The body comes prefilled with the kind's headings and a hint under each: the editor
    // selects each hint (triple click) and writes the section's text over it.
    for (;;) {
      const hint = await page.$(
        'xpath/.//span[@data-slate-string and starts-with(text(), "<!--")]',
      );
      if (!hint) break;
      await hint.click({ count: 3 });
      await page.keyboard.type(`Texto de la sección, escrito en el editor (${entry.code}).`);
    }
    await (
      await page.$('xpath/.//span[text()="Publicar"] | .//button[text()="Publicar"]')
    )?.click();
    await (await page.waitForSelector('xpath/.//*[text()="Publicar ahora"]'))?.click();
    await waitForFile(entry);
  } finally {
    await page.close();
  }
}

describe('the CMS writes practices the catalogue accepts', () => {
  test.each(practiceKinds)(
    'a %s created through the form is written where the checker expects it',
    async (kind) => {
      const entry = entries[kind];
      await createThroughForm(kind, entry);
      const written = await waitForFile(entry);
      const text = await readFile(
        path.join(started().sandbox.root, 'content/practices', written),
        'utf8',
      );
      expect(text).toContain(`kind: ${kind}`);
      expect(text).toContain(`code: ${entry.code}`);
    },
  );

  test('every written file passes the check, with typed values where the schema wants them', async () => {
    const { root } = started().sandbox;
    const result = await checkContent(path.join(root, 'content'), root);
    expect(result.problems.map((problem) => formatProblem(problem, 'en'))).toEqual([]);
    const byCode = new Map(result.practices.map((practice) => [practice.data.code, practice.data]));
    expect(byCode.get('BP5_AH')).toMatchObject({
      population: 1200,
      budget: { amount: 1500, currency: 'USD' },
    });
    expect(byCode.get('PR1_GN')).toMatchObject({ endYear: 'en-curso', startYear: 'no-registra' });
    expect(consoleErrors).toEqual([]);
  });

  test('the catalogue with the new practices builds, and each has its page', async () => {
    const { root } = started().sandbox;
    const dist = path.join(root, 'dist');
    const build = await runBuildCli([
      '--content',
      path.join(root, 'content'),
      '--out',
      dist,
      '--no-pdf',
    ]);
    expect(build.code, build.stderr).toBe(0);
    for (const kind of practiceKinds) {
      const page = await readFile(
        path.join(dist, 'practicas', entries[kind].code.toLowerCase(), 'index.html'),
        'utf8',
      );
      expect(page).toContain(entries[kind].text['title']);
    }
    await rm(dist, { recursive: true, force: true });
  });
});

test('the shipped site serves the CMS from its own files, configured from the schemas', async () => {
  const { dist } = inject('shipped');
  const html = await readFile(path.join(dist, 'admin/index.html'), 'utf8');
  expect(html).toContain('src="decap/decap-cms.js"');
  expect(html).not.toMatch(/https?:\/\//);
  const config = parse(await readFile(path.join(dist, 'admin/config.yml'), 'utf8')) as {
    publish_mode: string;
    collections: { name: string; folder: string }[];
  };
  expect(config.publish_mode).toBe('editorial_workflow');
  expect(config.collections.map((collection) => collection.name)).toEqual([...practiceKinds]);
  expect((await readFile(path.join(dist, 'admin/decap/decap-cms.js'))).length).toBeGreaterThan(
    1_000_000,
  );
});
