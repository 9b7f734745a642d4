import { mkdir, mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { findBrowser, isHeadlessShell } from '../../scripts/lib/pdf/find-browser.ts';
import {
  restoreInterruptedSwap,
  swapIntoPlace,
  type SwapFileSystem,
} from '../../scripts/lib/build/swap.ts';
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

test('files beside the practice pages are not counted as pages, an extra page is', async () => {
  await page(dir, 'bp1_ah');
  await writeFile(path.join(dir, 'practicas', 'index.xml'), '<feed/>');
  await mkdir(path.join(dir, 'practicas', 'images'));
  await expect(verifyPracticePages(dir, ['BP1_AH'])).resolves.toBeUndefined();
  await page(dir, 'bp9_ah');
  await expect(verifyPracticePages(dir, ['BP1_AH'])).rejects.toThrow(
    'The site has 2 practice pages for 1 practices. Unexpected: bp9_ah.',
  );
});

describe('the swap', () => {
  let dist: string;
  let built: string;
  beforeEach(async () => {
    dist = path.join(dir, 'dist');
    built = path.join(dir, 'dist.building');
    await mkdir(dist);
    await writeFile(path.join(dist, 'old.txt'), 'old');
    await mkdir(built);
    await writeFile(path.join(built, 'new.txt'), 'new');
  });

  /** The real file operations, with the n-th rename (1-based) failing as the system would. */
  function failingRename(failing: number[], code = 'EBUSY'): SwapFileSystem {
    let count = 0;
    return {
      rm,
      rename: (from, to) => {
        count++;
        if (failing.includes(count)) {
          const reason = code === 'EBUSY' ? 'resource busy or locked' : 'permission denied';
          const error = Object.assign(
            new Error(`${code}: ${reason}, rename '${from}' -> '${to}'`),
            { code },
          );
          return Promise.reject(error);
        }
        return rename(from, to);
      },
    };
  }

  test('replaces the output folder whole and removes the previous one', async () => {
    await swapIntoPlace(built, dist);
    expect(await readFile(path.join(dist, 'new.txt'), 'utf8')).toBe('new');
    expect(existsSync(path.join(dist, 'old.txt'))).toBe(false);
    expect(existsSync(`${dist}.previous`)).toBe(false);
  });

  test('puts an output folder that did not exist in place', async () => {
    await rm(dist, { recursive: true });
    await swapIntoPlace(built, dist);
    expect(await readFile(path.join(dist, 'new.txt'), 'utf8')).toBe('new');
  });

  test('an output folder that cannot be moved aside is left as it was, with the reason', async () => {
    await expect(
      swapIntoPlace(built, dist, { shown: 'dist', fs: failingRename([1]) }),
    ).rejects.toThrowErrorMatchingInlineSnapshot(
      `[BuildError: Could not move dist/ aside to put the new site in its place (EBUSY: resource busy or locked); dist/ is in use: a mount point (a Docker volume?) or open in another program; build into another folder with --out, or free it.]`,
    );
    expect(await readFile(path.join(dist, 'old.txt'), 'utf8')).toBe('old');
  });

  test('when the new site cannot take its place, the previous one is put back', async () => {
    await expect(
      swapIntoPlace(built, dist, { shown: 'dist', fs: failingRename([2], 'EACCES') }),
    ).rejects.toThrowErrorMatchingInlineSnapshot(
      `[BuildError: Could not move the new site into dist/ (EACCES: permission denied); check that you may change dist/ and the folder that holds it. dist/ was put back as it was.]`,
    );
    expect(await readFile(path.join(dist, 'old.txt'), 'utf8')).toBe('old');
    expect(existsSync(`${dist}.previous`)).toBe(false);
  });

  test('when putting the previous site back fails too, the message says where it is', async () => {
    const failure = swapIntoPlace(built, dist, { shown: 'dist', fs: failingRename([2, 3]) });
    await expect(failure).rejects.toThrow('it is in dist.previous; rename it to dist by hand.');
    await expect(failure).rejects.toMatchObject({ outputUnchanged: false });
    expect(await readFile(path.join(`${dist}.previous`, 'old.txt'), 'utf8')).toBe('old');
  });

  test('a previous folder that cannot be removed is a warning, not a failure', async () => {
    const fs: SwapFileSystem = {
      rename,
      rm: (target, options) =>
        target.endsWith('.previous') && existsSync(target)
          ? Promise.reject(
              Object.assign(new Error('EBUSY: resource busy or locked, rmdir'), { code: 'EBUSY' }),
            )
          : rm(target, options),
    };
    const result = await swapIntoPlace(built, dist, { shown: 'dist', fs });
    expect(result.warning).toContain(
      'The new site is in dist/, but the previous one could not be removed from dist.previous',
    );
    expect(await readFile(path.join(dist, 'new.txt'), 'utf8')).toBe('new');
  });

  test('an output folder left aside by a build killed mid-swap is restored', async () => {
    await rename(dist, `${dist}.previous`);
    expect(await restoreInterruptedSwap(dist)).toBe(true);
    expect(await readFile(path.join(dist, 'old.txt'), 'utf8')).toBe('old');
  });

  test('an output folder in place is not touched by the mid-swap repair', async () => {
    await mkdir(`${dist}.previous`);
    expect(await restoreInterruptedSwap(dist)).toBe(false);
    expect(await readFile(path.join(dist, 'old.txt'), 'utf8')).toBe('old');
  });
});

test('a browser path set in the environment must exist', () => {
  expect(() => findBrowser('print', { CHROMIUM_PATH: '/nowhere/chromium' })).toThrow(
    "CHROMIUM_PATH is set to '/nowhere/chromium', but there is no file there.",
  );
});

test('a browser path set in the environment is used and said to come from there', () => {
  expect(findBrowser('print', { CHROMIUM_PATH: process.execPath })).toEqual({
    executable: process.execPath,
    from: 'CHROMIUM_PATH',
  });
  expect(isHeadlessShell(process.execPath)).toBe(false);
});

test('a headless shell set in the environment is started as one, for printing and for pages', async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'browser-'));
  try {
    for (const name of ['chromium-headless-shell', 'chrome-headless-shell']) {
      const shell = path.join(dir, name);
      await writeFile(shell, '');
      for (const use of ['print', 'pages'] as const) {
        const found = findBrowser(use, { PUPPETEER_EXECUTABLE_PATH: shell });
        expect(found).toEqual({ executable: shell, from: 'PUPPETEER_EXECUTABLE_PATH' });
        expect(isHeadlessShell(found.executable)).toBe(true);
      }
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
