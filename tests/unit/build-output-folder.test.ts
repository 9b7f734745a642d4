/** `--out`: which folders a build may replace, tried on a fake project in a temporary folder. */
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { BUILD_MARKER, assertOutputFolder } from '../../scripts/lib/build/output-folder.ts';

let root: string;
let contentDir: string;

beforeAll(async () => {
  root = path.join(await mkdtemp(path.join(tmpdir(), 'out-rules-')), 'project');
  contentDir = path.join(root, 'content');
  for (const folder of [
    'content/practices',
    'src',
    'scripts',
    'tests',
    'node_modules/astro',
    '.git',
    'layouts',
    'public',
    'docs',
  ])
    await mkdir(path.join(root, folder), { recursive: true });
  await writeFile(path.join(root, 'README.md'), '# project\n');
  await writeFile(path.join(root, 'docs/fields.md'), '# fields\n');
  await writeFile(path.join(root, 'src/index.ts'), '');
  await writeFile(path.join(root, 'scripts/build.ts'), '');
  await writeFile(path.join(root, 'tests/a.test.ts'), '');
  await writeFile(path.join(root, 'node_modules/astro/package.json'), '{}');
  await writeFile(path.join(root, '.git/HEAD'), 'ref: refs/heads/main\n');
  await writeFile(path.join(root, 'layouts/Base.astro'), '');
  await writeFile(path.join(root, 'public/favicon.svg'), '<svg/>');
  await writeFile(path.join(contentDir, 'catalogue.yaml'), 'title: x\n');
  await mkdir(path.join(root, 'empty'));
  await mkdir(path.join(root, 'site'));
  await writeFile(path.join(root, 'site', BUILD_MARKER), '');
  await writeFile(path.join(root, 'site', 'index.html'), '');
  await symlink(contentDir, path.join(root, 'link-to-content'));
});
afterAll(async () => {
  await rm(path.dirname(root), { recursive: true, force: true });
});

const check = (out: string, content = contentDir) =>
  assertOutputFolder({ root, contentDir: content, outDir: path.resolve(root, out) });

describe('refused', () => {
  test('an existing folder that no build made, such as docs/', async () => {
    await expect(check('docs')).rejects.toThrowErrorMatchingInlineSnapshot(
      `[BuildError: Refusing to build into docs/: it already exists and was not made by a build (it has no .catalogue-build file). The build replaces its output folder whole, so this would delete everything in docs/. Choose a new or empty folder (e.g. \`--out site\`), or, if docs/ is an old build, delete it first.]`,
    );
  });

  test.each(['src', 'scripts', 'tests', 'node_modules', '.git', 'layouts', 'public'])(
    'the project folder %s/',
    async (folder) => {
      await expect(check(folder)).rejects.toThrow(
        `Refusing to build into ${folder}/: it already exists and was not made by a build`,
      );
    },
  );

  test('the project root', async () => {
    await expect(check('.')).rejects.toThrowErrorMatchingInlineSnapshot(
      `[BuildError: Refusing to build into ./: it is the project folder itself. The build replaces its output folder whole, so this would delete the project. Build into a new folder instead, e.g. \`npm run build -- --out dist\`.]`,
    );
  });

  test.each(['..', '../..', '/'])('an ancestor of the project: %s', async (out) => {
    await expect(check(out)).rejects.toThrow('it contains this project.');
  });

  test('the content folder', async () => {
    await expect(check('content')).rejects.toThrow(
      'Refusing to build into content/: it is the content folder.',
    );
  });

  test('a new folder inside the content folder', async () => {
    await expect(check('content/site')).rejects.toThrow(
      'Refusing to build into content/site/: it is inside the content folder content/.',
    );
  });

  test('a folder that contains a content folder outside the project', async () => {
    const elsewhere = path.join(path.dirname(root), 'other', 'content');
    await mkdir(elsewhere, { recursive: true });
    await expect(
      assertOutputFolder({ root, contentDir: elsewhere, outDir: path.dirname(elsewhere) }),
    ).rejects.toThrow(`it contains the content folder ${elsewhere}/.`);
  });

  test('a symbolic link to the content folder', async () => {
    await expect(check('link-to-content')).rejects.toThrow('it is the content folder');
  });

  test('a new folder inside one of the project folders', async () => {
    await expect(check('src/site')).rejects.toThrowErrorMatchingInlineSnapshot(
      `[BuildError: Refusing to build into src/site/: inside the project, the site goes in a folder of its own at the top level, not inside src/. Use e.g. \`--out dist\`, or a folder outside the project.]`,
    );
  });

  test('a file', async () => {
    await expect(check('README.md')).rejects.toThrow(
      'Refusing to build into README.md/: it is a file, not a folder.',
    );
  });

  test('an old default dist/ that does not look like a build', async () => {
    await mkdir(path.join(root, 'dist'), { recursive: true });
    await writeFile(path.join(root, 'dist', 'notes.txt'), 'mine');
    await expect(check('dist')).rejects.toThrow('Refusing to build into dist/: it already exists');
    await rm(path.join(root, 'dist'), { recursive: true });
  });
});

describe('accepted', () => {
  test('a new folder at the top of the project', async () => {
    await expect(check('dist')).resolves.toBeUndefined();
  });

  test('a new folder outside the project', async () => {
    await expect(
      check(path.join(path.dirname(root), 'published', 'site')),
    ).resolves.toBeUndefined();
  });

  test('an existing empty folder', async () => {
    await expect(check('empty')).resolves.toBeUndefined();
  });

  test('a folder an earlier build made (it has the marker)', async () => {
    await expect(check('site')).resolves.toBeUndefined();
  });

  test('the default dist/ of a build made before the marker existed', async () => {
    await mkdir(path.join(root, 'dist', 'pagefind'), { recursive: true });
    await writeFile(path.join(root, 'dist', 'index.html'), '');
    await writeFile(path.join(root, 'dist', 'pagefind', 'pagefind-entry.json'), '{}');
    await expect(check('dist')).resolves.toBeUndefined();
    await rm(path.join(root, 'dist'), { recursive: true });
  });
});
