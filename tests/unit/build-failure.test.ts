/** Every way a build can fail ends in one message: what failed, where, what to do. */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { describeAstroFailure } from '../../scripts/lib/build/astro-build.ts';
import { BuildError } from '../../scripts/lib/build/build-error.ts';
import { parseBuildOptions } from '../../scripts/lib/build/options.ts';
import { describeFailure } from '../../scripts/lib/build/report-failure.ts';
import { writeSearchIndex } from '../../scripts/lib/build/search-index.ts';
import { timed } from '../../scripts/lib/build/timed.ts';
import { isAllowedRequest } from '../../scripts/lib/pdf/print-pdf.ts';

const argv = (...args: string[]) => ['node', 'scripts/build.ts', ...args];

describe('command line', () => {
  test('reads the output folder, the content folder and the flags', () => {
    const options = parseBuildOptions(
      argv('--out', 'site', '--content', 'c', '--no-pdf', '--debug'),
      '/p',
    );
    expect(options).toEqual({
      root: '/p',
      contentDir: '/p/c',
      outDir: '/p/site',
      skipPdf: true,
      drafts: false,
      debug: true,
    });
  });

  test('--drafts builds a preview into the folder given with --out', () => {
    const options = parseBuildOptions(argv('--drafts', '--out', 'preview'), '/p');
    expect(options).toMatchObject({ drafts: true, outDir: '/p/preview' });
  });

  test('--drafts without --out, or into dist/, is refused: dist/ is what gets published', () => {
    const refusal =
      'A build with --drafts is a preview and never goes into dist/, the folder that is published. ' +
      'Give it a folder of its own, e.g. `npm run build -- --drafts --out preview`.';
    expect(() => parseBuildOptions(argv('--drafts'), '/p')).toThrow(refusal);
    expect(() => parseBuildOptions(argv('--drafts', '--out', './dist/'), '/p')).toThrow(refusal);
  });

  test('a bare word (`npm run build --out docs` without `--`) is refused with the usage', () => {
    expect(() => parseBuildOptions(argv('docs'), '/p')).toThrow(
      "Unexpected argument 'docs'.\nUsage: npm run build -- [--out DIR]",
    );
  });

  test('a misspelt option is refused', () => {
    expect(() => parseBuildOptions(argv('--ouy', 'docs'), '/p')).toThrow("Unknown option '--ouy'");
  });

  test('--out without a folder is refused', () => {
    expect(() => parseBuildOptions(argv('--out'), '/p')).toThrow(
      "Option '--out <value>' argument missing",
    );
  });

  test('--out followed by another option is refused', () => {
    expect(() => parseBuildOptions(argv('--out', '--no-pdf'), '/p')).toThrow(BuildError);
  });
});

describe('the failure message', () => {
  test('an explained failure is one line with its step and no stack trace', () => {
    const error = new BuildError('Chromium did not start from /bin/false.');
    error.step = 'print PDF';
    const text = describeFailure(error, { debug: false });
    expect(text).toBe('Build failed (step "print PDF"): Chromium did not start from /bin/false.');
  });

  test('with --debug the stack trace and its cause follow', () => {
    const error = new BuildError('Astro could not build the website.', {
      cause: new TypeError('x is undefined'),
    });
    const text = describeFailure(error, { debug: true });
    expect(text).toContain('Build failed: Astro could not build the website.');
    expect(text).toMatch(/\n {4}at /);
    expect(text).toContain('Caused by: TypeError: x is undefined');
  });

  test('an unexpected error is called a bug, with a way to see more', () => {
    expect(describeFailure(new TypeError('x is undefined\n  detail'), { debug: false })).toBe(
      'Build failed: unexpected TypeError: x is undefined. This is probably a bug in the build: ' +
        'run `npm run build -- --debug` for the stack trace and report it.',
    );
  });

  test('a failing step is named, and a library error in it becomes an explained failure', async () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    const failure = timed('search index', () => Promise.reject(new RangeError('bad length')));
    await expect(failure).rejects.toMatchObject({
      name: 'BuildError',
      step: 'search index',
      message: expect.stringContaining('unexpected RangeError: bad length.') as unknown,
    });
    expect(log.mock.calls[0]?.[0]).toMatch(/search index +\d+\.\d\d s {2}failed/);
    log.mockRestore();
  });
});

describe("Astro's errors", () => {
  test('an AstroError gives its message, place and hint', () => {
    const error = Object.assign(
      new Error('Could not process image metadata for `/c/figure.png`.'),
      {
        type: 'AstroError',
        title: 'Could not process image metadata.',
        hint: 'This is often caused by a corrupted or malformed image.',
        loc: { file: '/c/practices/gn/R4V.mdx', line: 32 },
      },
    );
    expect(describeAstroFailure(error)).toBe(
      '  Could not process image metadata for `/c/figure.png`. (/c/practices/gn/R4V.mdx:32) ' +
        'This is often caused by a corrupted or malformed image.',
    );
  });

  test("the bundler's collected errors give one line each, without their stacks", () => {
    const inner = Object.assign(new Error('Could not process image metadata for `/c/a.png`.'), {
      type: 'AstroError',
    });
    const outer = Object.assign(
      new Error(
        'Build failed with 2 errors:\n\n[plugin astro:assets:esm]\nNoImageMetadata: …\n    at x',
      ),
      { errors: [inner, new Error('Unexpected token\n    at y')] },
    );
    expect(describeAstroFailure(outer)).toBe(
      '  Could not process image metadata for `/c/a.png`.\n  Unexpected token',
    );
  });
});

describe('Pagefind', () => {
  const saved = process.env['PAGEFIND_BINARY_PATH'];
  let site: string | undefined;
  afterEach(async () => {
    if (saved === undefined) delete process.env['PAGEFIND_BINARY_PATH'];
    else process.env['PAGEFIND_BINARY_PATH'] = saved;
    if (site) await rm(site, { recursive: true, force: true });
  });

  test.each([
    ['is missing', '/nowhere/pagefind', 'spawn /nowhere/pagefind ENOENT'],
    ['exits at once', '/bin/false', 'Pagefind could not start'],
  ])(
    'a Pagefind program that %s fails the step with a message',
    async (_name, binary, expected) => {
      site = await mkdtemp(path.join(tmpdir(), 'pagefind-'));
      await writeFile(
        path.join(site, 'index.html'),
        '<html><body data-pagefind-body>hola</body></html>',
      );
      process.env['PAGEFIND_BINARY_PATH'] = binary;
      const error = vi.spyOn(console, 'error');
      const failure = writeSearchIndex(site, 'es', { timeoutMs: 3000 });
      await expect(failure).rejects.toThrow(BuildError);
      await expect(failure).rejects.toThrow(expected);
      await expect(failure).rejects.toThrow('`npm ci` reinstalls it');
      // Pagefind's own stack traces are kept for --debug, not printed.
      expect(error).not.toHaveBeenCalled();
      error.mockRestore();
    },
  );
});

describe('the PDF fetches from the local server only', () => {
  const origin = 'http://127.0.0.1:4321';
  test.each([
    [`${origin}/print/`, true],
    [`${origin}/_astro/figure.png`, true],
    ['data:image/png;base64,iVBORw0KGgo=', true],
    ['blob:http://127.0.0.1:4321/5b2c', true],
    ['http://127.0.0.1:9/x.png', false],
    ['http://localhost:4321/print/', false],
    ['https://intranet.example/logo.png', false],
    ['file:///etc/passwd', false],
    ['not a url', false],
  ])('%s → %s', (url, allowed) => {
    expect(isAllowedRequest(url, origin)).toBe(allowed);
  });
});
