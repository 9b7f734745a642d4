import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { findBrowser } from '../../scripts/lib/pdf/find-browser.ts';
import { swapIntoPlace } from '../../scripts/lib/build/swap.ts';
import { verifyPracticePages } from '../../scripts/lib/build/verify-pages.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'steps-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function page(site: string, slug: string) {
  await mkdir(path.join(site, 'practicas', slug), { recursive: true });
  await writeFile(path.join(site, 'practicas', slug, 'index.html'), '<html></html>');
}

test('a site missing a practice page fails verification, naming the page', async () => {
  await page(dir, 'bp1_ah');
  await expect(verifyPracticePages(dir, ['BP1_AH', 'BP2_AH'])).rejects.toThrow(
    'The site has 1 practice pages for 2 practices. Missing: bp2_ah.',
  );
});

test('a site with one page per practice passes verification', async () => {
  await page(dir, 'bp1_ah');
  await expect(verifyPracticePages(dir, ['BP1_AH'])).resolves.toBeUndefined();
});

test('the swap replaces the output folder whole', async () => {
  const dist = path.join(dir, 'dist');
  const built = path.join(dir, 'dist.building');
  await mkdir(dist);
  await writeFile(path.join(dist, 'old.txt'), 'old');
  await mkdir(built);
  await writeFile(path.join(built, 'new.txt'), 'new');
  await swapIntoPlace(built, dist);
  expect(await readFile(path.join(dist, 'new.txt'), 'utf8')).toBe('new');
  await expect(readFile(path.join(dist, 'old.txt'))).rejects.toThrow();
});

test('a browser path set in the environment must exist', () => {
  expect(() => findBrowser({ CHROMIUM_PATH: '/nowhere/chromium' })).toThrow(
    "CHROMIUM_PATH is set to '/nowhere/chromium', but there is no file there.",
  );
});
