/**
 * The build as a careless user meets it: a wrong `--out`, two builds at once, Ctrl-C, a
 * practice that names an intranet image, a browser or a search indexer that does not start,
 * an output folder that cannot be replaced. Each ends in one message, with the previous
 * site untouched and nothing left behind.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { hostname, tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { BUILD_MARKER } from '../../scripts/lib/build/output-folder.ts';
import { printToFile, withPrintPage } from '../../scripts/lib/pdf/print-pdf.ts';
import { serveDirectory } from '../../scripts/lib/serve.ts';
import { createSandbox, FIXTURE, replaceLine, type Sandbox } from '../helpers/content-sandbox.ts';
import { runBuildCli, startBuildCli, type BuildRun } from '../helpers/run-build.ts';

let sandbox: Sandbox;
let outs: string;
let content: string;

beforeAll(async () => {
  sandbox = await createSandbox();
  content = path.join(sandbox.root, 'content');
  outs = await mkdtemp(path.join(tmpdir(), 'build-safety-'));
});
afterAll(async () => {
  await sandbox.dispose();
  await rm(outs, { recursive: true, force: true });
});

/** A folder an earlier build made, holding one file to recognise it by. */
async function previousSite(name: string): Promise<string> {
  const out = path.join(outs, name);
  await mkdir(out, { recursive: true });
  await writeFile(path.join(out, BUILD_MARKER), '');
  await writeFile(path.join(out, 'old.txt'), 'the previous site');
  return out;
}

/** The system temporary folder (TMPDIR) an interrupted build of `out` is given. */
const temporaryFolderFor = (out: string) => `${out}.tmp`;

/** Nothing a build leaves beside its output when it is over. */
function leftovers(out: string): string[] {
  return ['.building', '.lock', '.previous']
    .map((suffix) => `${out}${suffix}`)
    .filter((file) => existsSync(file));
}

const STACK_LINE = /^\s+at .+:\d+:\d+\)?$/m;

/** What a failed build must look like: exit code 1, one message, no stack trace. */
function expectOneMessage(run: BuildRun, expected: string) {
  expect(run.code).toBe(1);
  expect(run.stderr).toContain(expected);
  expect(run.stderr).not.toMatch(STACK_LINE);
}

function readLock(file: string): { pid: number } | undefined {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as { pid: number };
  } catch {
    return undefined;
  }
}

/** The pid of the build process that holds `lockFile`, once one does. */
async function holderOf(lockFile: string): Promise<number> {
  expect(await eventually(() => readLock(lockFile) !== undefined, 60_000)).toBe(true);
  return readLock(lockFile)!.pid;
}

/** Direct children of a process (Chromium is one, while the PDF prints). */
function childrenOf(pid: number): number[] {
  try {
    return execFileSync('ps', ['-o', 'pid=', '--ppid', String(pid)], { encoding: 'utf8' })
      .split('\n')
      .filter(Boolean)
      .map(Number);
  } catch {
    return [];
  }
}

/** Gone, or a zombie waiting to be reaped: either way no longer running. */
function isGone(pid: number): boolean {
  try {
    return readFileSync(`/proc/${pid}/stat`, 'utf8').split(' ')[2] === 'Z';
  } catch {
    return true;
  }
}

async function eventually(condition: () => boolean, ms = 10_000): Promise<boolean> {
  for (const started = Date.now(); Date.now() - started < ms;) {
    if (condition()) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return condition();
}

describe('--out', () => {
  let project: string;
  beforeAll(async () => {
    // A fake project: the build refuses before it needs anything else, so a regression
    // would cost this folder, not the real one.
    project = path.join(outs, 'project');
    for (const folder of ['content/practices', 'src', 'docs', 'node_modules/x'])
      await mkdir(path.join(project, folder), { recursive: true });
    for (const file of [
      'content/catalogue.yaml',
      'src/index.ts',
      'docs/fields.md',
      'node_modules/x/a.js',
    ])
      await writeFile(path.join(project, file), 'keep me\n');
  });

  test.each([
    ['docs', 'Refusing to build into docs/: it already exists and was not made by a build'],
    ['.', 'Refusing to build into ./: it is the project folder itself.'],
    ['..', 'it contains this project.'],
    ['content', 'Refusing to build into content/: it is the content folder.'],
    ['content/site', 'it is inside the content folder content/.'],
    ['src', 'Refusing to build into src/: it already exists and was not made by a build'],
    ['node_modules', 'Refusing to build into node_modules/'],
    ['src/site', 'the site goes in a folder of its own at the top level, not inside src/.'],
  ])('`npm run build -- --out %s` is refused and deletes nothing', async (out, expected) => {
    const run = await runBuildCli(['--out', out], { cwd: project });
    expectOneMessage(run, expected);
    for (const file of [
      'content/catalogue.yaml',
      'src/index.ts',
      'docs/fields.md',
      'node_modules/x/a.js',
    ])
      expect(readFileSync(path.join(project, file), 'utf8')).toBe('keep me\n');
    expect(await readdir(project)).toEqual(['content', 'docs', 'node_modules', 'src']);
  });

  test('`npm run build --out docs` (npm keeps --out, the script gets `docs`) is refused', async () => {
    const run = await runBuildCli(['docs'], { cwd: project });
    expectOneMessage(run, "Unexpected argument 'docs'.");
    expect(run.stderr).toContain('options go after `--`');
  });

  test('a folder of the user outside the project is refused and kept', async () => {
    const mine = path.join(outs, 'my-documents');
    await mkdir(mine);
    await writeFile(path.join(mine, 'notes.txt'), 'mine');
    const run = await runBuildCli(['--content', content, '--out', mine, '--no-pdf']);
    expectOneMessage(
      run,
      `Refusing to build into ${mine}/: it already exists and was not made by a build`,
    );
    expect(await readFile(path.join(mine, 'notes.txt'), 'utf8')).toBe('mine');
    expect(leftovers(mine)).toEqual([]);
  });

  test('a new folder is built and marked, an empty one accepted, and a built one rebuilt', async () => {
    const empty = path.join(outs, 'empty');
    await mkdir(empty);
    const first = await runBuildCli(['--content', content, '--out', empty, '--no-pdf']);
    expect(first.code, first.stderr).toBe(0);
    expect(existsSync(path.join(empty, BUILD_MARKER))).toBe(true);
    const again = await runBuildCli(['--content', content, '--out', empty, '--no-pdf']);
    expect(again.code, again.stderr).toBe(0);
    expect(leftovers(empty)).toEqual([]);
  });
});

describe('one build at a time', () => {
  test('a second build into the same folder stops at once, naming the first', async () => {
    const out = await previousSite('same');
    const first = startBuildCli(['--content', content, '--out', out, '--no-pdf']);
    // Hold the first build still once it has its lock, however fast or slow this machine is.
    const holder = await holderOf(`${out}.lock`);
    process.kill(holder, 'SIGSTOP');
    let second: BuildRun;
    try {
      second = await runBuildCli(['--content', content, '--out', out, '--no-pdf']);
    } finally {
      process.kill(holder, 'SIGCONT');
    }
    expectOneMessage(second, `Another build (pid ${holder}) is writing ${out}/ since `);
    expect(second.stderr).toContain(`If no build is running, delete ${out}.lock.`);
    const done = await first.done;
    expect(done.code, done.stderr).toBe(0);
    expect(await readFile(path.join(out, BUILD_MARKER), 'utf8')).toContain('npm run build');
    expect(leftovers(out)).toEqual([]);
  });

  test('a lock left by a build that was killed is taken over', async () => {
    const out = await previousSite('stale');
    const dead = Number(
      execFileSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']),
    );
    await writeFile(`${out}.lock`, JSON.stringify({ pid: dead, host: hostname(), since: '' }));
    const run = await runBuildCli(['--content', content, '--out', out, '--no-pdf']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toContain(`A build (pid ${dead}) had stopped without removing ${out}.lock`);
    expect(leftovers(out)).toEqual([]);
  });

  test('two builds into different folders at once both succeed, each with its own content', async () => {
    const other = await createSandbox();
    try {
      const bp1 = await readFile(path.join(FIXTURE, 'content/practices/ah/BP1_AH.md'), 'utf8');
      await other.write(
        'content/practices/ah/BP2_AH.md',
        replaceLine(bp1, 'code:', 'code: BP2_AH'),
      );
      const a = path.join(outs, 'a');
      const b = path.join(outs, 'b');
      const [runA, runB] = await Promise.all([
        runBuildCli(['--content', content, '--out', a, '--no-pdf']),
        runBuildCli(['--content', path.join(other.root, 'content'), '--out', b, '--no-pdf']),
      ]);
      expect(runA.code, runA.stderr).toBe(0);
      expect(runB.code, runB.stderr).toBe(0);
      expect(runA.stdout + runB.stdout).toMatch(
        /waiting for another build \(pid \d+\) of this project/,
      );
      expect((await readdir(path.join(a, 'practicas'))).sort()).toEqual([
        'bp1_ah',
        'la1_ah',
        'ln1_gn',
        'r4v_platform',
      ]);
      expect((await readdir(path.join(b, 'practicas'))).sort()).toEqual([
        'bp1_ah',
        'bp2_ah',
        'la1_ah',
        'ln1_gn',
        'r4v_platform',
      ]);
    } finally {
      await other.dispose();
    }
  });
});

describe('an interrupted build', () => {
  const astroLock = path.resolve('.astro/catalogue-build.lock');

  /** Starts a build and waits until it is inside `step`; returns it and the process doing the work. */
  async function buildUntil(
    out: string,
    step: 'build website' | 'print PDF',
    asTerminalJob = false,
  ) {
    // Its own temporary folder, to see what the build leaves in it.
    await mkdir(temporaryFolderFor(out));
    const build = startBuildCli(['--content', content, '--out', out], {
      asTerminalJob,
      env: { TMPDIR: temporaryFolderFor(out) },
    });
    const worker = await holderOf(`${out}.lock`);
    let browsers: number[] = [];
    if (step === 'build website') {
      // Astro's step has begun once the build holds the project's Astro lock.
      expect(await eventually(() => readLock(astroLock)?.pid === worker, 60_000)).toBe(true);
      await new Promise((resolve) => setTimeout(resolve, 1000));
    } else {
      await build.waitFor('search index');
      expect(await eventually(() => childrenOf(worker).length > 0)).toBe(true);
      browsers = childrenOf(worker);
    }
    return { build, worker, browsers };
  }

  /**
   * Nothing left: no temporary folder (beside the output or in the system's, where the
   * PDF's chunks and Chromium's profile go), no lock, no browser; the previous site as it was.
   */
  async function expectCleanedUp(out: string, worker: number, browsers: number[]) {
    expect(leftovers(out)).toEqual([]);
    // Node's compile cache is meant to stay, for the next run.
    const temporary = await readdir(temporaryFolderFor(out));
    expect(temporary.filter((name) => name !== 'node-compile-cache')).toEqual([]);
    expect(await readFile(path.join(out, 'old.txt'), 'utf8')).toBe('the previous site');
    expect(await eventually(() => browsers.every(isGone))).toBe(true);
    expect(readLock(astroLock)?.pid).not.toBe(worker);
  }

  test.each([
    ['SIGTERM', 'while Astro builds the website', 143, 'build website'],
    ['SIGINT', 'while Chromium prints the PDF', 130, 'print PDF'],
  ] as const)(
    '%s %s exits non-zero, cleans up and keeps the previous site',
    async (signal, _when, code, step) => {
      const out = await previousSite(`interrupted-${signal}`);
      const { build, worker, browsers } = await buildUntil(out, step);
      build.process.kill(signal);
      const run = await build.done;
      // The step was cut short: its timing line never came.
      expect(run.stdout).not.toMatch(new RegExp(`${step} +\\d`));
      expect(run.code).toBe(code);
      expect(run.stderr).toContain(
        `Build interrupted (${signal}): its temporary folder and lock are removed`,
      );
      expect(run.stderr).not.toMatch(STACK_LINE);
      await expectCleanedUp(out, worker, browsers);
    },
  );

  test.each(['build website', 'print PDF'] as const)(
    'Ctrl-C on `npm run build` in a terminal during "%s" cleans up',
    async (step) => {
      const out = await previousSite(`ctrl-c-${step.replace(' ', '-')}`);
      const { build, worker, browsers } = await buildUntil(out, step, true);
      build.signalGroup('SIGINT');
      const run = await build.done;
      expect(run.code).toBe(130);
      expect(run.stderr).toContain('Build interrupted (SIGINT)');
      await expectCleanedUp(out, worker, browsers);
    },
  );

  test('a build killed outright is cleaned up after', async () => {
    const out = await previousSite('killed');
    const { build, worker, browsers } = await buildUntil(out, 'build website');
    process.kill(worker, 'SIGKILL');
    const run = await build.done;
    expect(run.code).toBe(137);
    expect(run.stderr).toContain(
      `The build (pid ${worker}) ended (SIGKILL) without cleaning up; its temporary folder and lock are removed.`,
    );
    await expectCleanedUp(out, worker, browsers);
  });
});

describe('the PDF fetches nothing from outside the site', () => {
  let intranet: Server;
  let requests: string[];
  let connections: number;
  let address: string;

  beforeAll(async () => {
    requests = [];
    connections = 0;
    intranet = createServer((request, response) => {
      requests.push(request.url ?? '');
      response.writeHead(200, { 'content-type': 'image/png' }).end();
    });
    intranet.on('connection', () => connections++);
    await new Promise<void>((resolve) => intranet.listen(0, '127.0.0.1', resolve));
    address = `http://127.0.0.1:${(intranet.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise((resolve) => intranet.close(resolve));
  });

  test('a practice naming images on another server builds without fetching them', async () => {
    const bp1 = await readFile(path.join(FIXTURE, 'content/practices/ah/BP1_AH.md'), 'utf8');
    await sandbox.write(
      'content/practices/ah/BP1_AH.md',
      `${bp1}\n![Organigrama](${address}/intranet/organigrama.png)\n\n` +
        `<img src="${address}/intranet/logo.png" alt="Logo">\n\n` +
        `<picture><source srcset="${address}/intranet/photo.png"><img alt="Foto"></picture>\n`,
    );
    const out = path.join(outs, 'hermetic');
    try {
      const run = await runBuildCli(['--content', content, '--out', out]);
      expect(requests).toEqual([]);
      expect(connections).toBe(0);
      expect(run.code, run.stderr).toBe(0);
      expect(existsSync(path.join(out, 'test-catalogue.pdf'))).toBe(true);
    } finally {
      await sandbox.write('content/practices/ah/BP1_AH.md', bp1);
    }
  });

  test('the print step refuses every address outside the site, and names each', async () => {
    // The content pipeline already turns such images into links; the print step is the
    // last guard, so it is tried with a page that names the intranet in every way a page can.
    const site = await mkdtemp(path.join(tmpdir(), 'print-guard-'));
    const at = (name: string) => `${address}/intranet/${name}`;
    await mkdir(path.join(site, 'print'));
    await writeFile(path.join(site, 'print', 'local.css'), 'body { color: black }');
    await writeFile(
      path.join(site, 'print', 'index.html'),
      `<!doctype html><html><head><meta charset="utf-8"><title>Print</title>
      <link rel="stylesheet" href="local.css">
      <link rel="stylesheet" href="${at('style.css')}">
      <style>@import url("${at('import.css')}"); h1 { background: url("${at('background.png')}") }</style>
      <script src="${at('script.js')}"></script>
      </head><body><h1>Catálogo</h1>
      <img src="${at('image.png')}" alt="">
      <picture><source srcset="${at('srcset.png')}"><img alt=""></picture>
      <iframe src="${at('frame.html')}"></iframe>
      <script>fetch(${JSON.stringify(at('fetch.json'))}).catch(() => undefined);</script>
      </body></html>`,
    );
    const server = await serveDirectory(site);
    try {
      const { blocked } = await withPrintPage(`${server.url}/print/`, 'A4', (page) =>
        printToFile(page, path.join(site, 'out.pdf'), { paperSize: 'A4', tagged: false }),
      );
      expect(requests).toEqual([]);
      expect(connections).toBe(0);
      for (const name of [
        'style.css',
        'import.css',
        'background.png',
        'script.js',
        'image.png',
        'srcset.png',
        'frame.html',
        'fetch.json',
      ])
        expect(blocked).toContain(at(name));
      expect(blocked.some((url) => url.startsWith(server.url))).toBe(false);
      expect(existsSync(path.join(site, 'out.pdf'))).toBe(true);
    } finally {
      await server.close();
      await rm(site, { recursive: true, force: true });
    }
  });
});

describe('a failure ends in one message, and the previous site stays', () => {
  test('a Chromium that does not start (`CHROMIUM_PATH=/bin/false npm run build`)', async () => {
    const out = await previousSite('no-browser');
    const run = await runBuildCli(['--content', content, '--out', out], {
      env: { CHROMIUM_PATH: '/bin/false' },
    });
    expectOneMessage(
      run,
      'Build failed (step "print PDF"): Chromium did not start from /bin/false (found through CHROMIUM_PATH)',
    );
    expect(run.stderr).toContain('CHROMIUM_PATH=/usr/bin/chromium npm run build');
    expect(run.stderr).toContain(`${out}/ is unchanged.`);
    expect(run.stdout).toMatch(/print PDF +\d+\.\d\d s {2}failed/);
    expect(await readFile(path.join(out, 'old.txt'), 'utf8')).toBe('the previous site');
    expect(leftovers(out)).toEqual([]);
  });

  test('--debug adds the stack trace', async () => {
    const out = await previousSite('no-browser-debug');
    const run = await runBuildCli(['--content', content, '--out', out, '--debug'], {
      env: { CHROMIUM_PATH: '/bin/false' },
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('Chromium did not start from /bin/false');
    expect(run.stderr).toMatch(STACK_LINE);
  });

  test('an image Astro cannot read', async () => {
    const out = await previousSite('astro-error');
    const figure = path.join(content, 'practices/gn/figure.png');
    const original = await readFile(figure);
    await writeFile(figure, 'not a png');
    try {
      const run = await runBuildCli(['--content', content, '--out', out, '--no-pdf']);
      expectOneMessage(
        run,
        'Build failed (step "build website"): Astro could not build the website:',
      );
      expect(run.stderr).toContain(`Could not process image metadata for \`${figure}\``);
      expect(await readFile(path.join(out, 'old.txt'), 'utf8')).toBe('the previous site');
      expect(leftovers(out)).toEqual([]);
    } finally {
      await writeFile(figure, original);
    }
  });

  test('a Pagefind program that cannot start', async () => {
    const out = await previousSite('no-pagefind');
    const run = await runBuildCli(['--content', content, '--out', out, '--no-pdf'], {
      env: { PAGEFIND_BINARY_PATH: '/nowhere/pagefind' },
    });
    expectOneMessage(
      run,
      'Build failed (step "search index"): Pagefind could not start: spawn /nowhere/pagefind ENOENT.',
    );
    expect(await readFile(path.join(out, 'old.txt'), 'utf8')).toBe('the previous site');
    expect(leftovers(out)).toEqual([]);
  });

  // A mount point (a Docker volume mounted at dist/) cannot be renamed; mounting needs root.
  const canMount = (() => {
    if (process.getuid?.() !== 0) return false;
    try {
      execFileSync('mount', ['--version'], { stdio: 'ignore' });
      return true;
    } catch {
      return false;
    }
  })();

  test.skipIf(!canMount)(
    'an output folder that cannot be replaced, after the whole build ran',
    async () => {
      const out = await previousSite('mounted');
      const volume = await mkdtemp(path.join(tmpdir(), 'volume-'));
      await writeFile(path.join(volume, BUILD_MARKER), '');
      await writeFile(path.join(volume, 'old.txt'), 'the previous site');
      try {
        execFileSync('mount', ['--bind', volume, out]);
      } catch {
        return; // No permission to mount here (a container without CAP_SYS_ADMIN).
      }
      try {
        const run = await runBuildCli(['--content', content, '--out', out, '--no-pdf']);
        expectOneMessage(
          run,
          `Build failed (step "swap into place"): Could not move ${out}/ aside to put the new site in its place (EBUSY: resource busy or locked)`,
        );
        expect(run.stdout).toContain('search index');
        expect(run.stderr).toContain(`${out}/ is unchanged.`);
        expect(await readFile(path.join(out, 'old.txt'), 'utf8')).toBe('the previous site');
        expect(leftovers(out)).toEqual([]);
      } finally {
        execFileSync('umount', [out]);
        await rm(volume, { recursive: true, force: true });
      }
    },
  );
});
