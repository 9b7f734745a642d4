/**
 * The build replaces its output folder whole, so it only writes where nothing else can be
 * lost: a new or empty folder, or one an earlier build made (it carries BUILD_MARKER), and
 * never the project, the content or a folder inside the project's own folders.
 */
import { existsSync } from 'node:fs';
import { readdir, realpath, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { BuildError } from './build-error.ts';
import { folderLabel, isInside } from './paths.ts';

/** The file every build writes into its output: proof that the next build may replace the folder. */
export const BUILD_MARKER = '.catalogue-build';

/** The folder a build writes into before it replaces `outDir`: `dist.building`. */
export const temporaryFolderOf = (outDir: string) => `${outDir}.building`;

/** Where the site goes when `--out` is not given (astro.config.mjs's outDir and .gitignore agree). */
export const DEFAULT_OUT = 'dist';

export interface OutputFolderInput {
  readonly root: string;
  readonly contentDir: string;
  readonly outDir: string;
}

/** Follows symbolic links as far as the path exists, so `--out link-to-content` is seen for what it is. */
async function realPathOf(target: string): Promise<string> {
  const missing: string[] = [];
  let existing = path.resolve(target);
  while (!existsSync(existing)) {
    const parent = path.dirname(existing);
    if (parent === existing) break;
    missing.unshift(path.basename(existing));
    existing = parent;
  }
  return path.join(await realpath(existing).catch(() => existing), ...missing);
}

/** Throws a BuildError saying why `outDir` may not be replaced by a build, if it may not. */
export async function assertOutputFolder(input: OutputFolderInput): Promise<void> {
  const [root, content, out] = (await Promise.all(
    [input.root, input.contentDir, input.outDir].map(realPathOf),
  )) as [string, string, string];
  const shown = folderLabel(input.root, input.outDir);
  const refuse = (why: string, loss: string, advice: string) =>
    new BuildError(
      `Refusing to build into ${shown}: it ${why}. The build replaces its output folder whole, ` +
        `so this would delete ${loss}. ${advice}`,
    );
  const elsewhere = `Build into a new folder instead, e.g. \`npm run build -- --out ${DEFAULT_OUT}\`.`;

  if (isInside(out, root)) {
    const why = out === root ? 'is the project folder itself' : 'contains this project';
    throw refuse(why, 'the project', elsewhere);
  }
  const contentShown = folderLabel(input.root, input.contentDir);
  if (isInside(content, out)) {
    const why =
      out === content ? 'is the content folder' : `is inside the content folder ${contentShown}`;
    throw refuse(why, 'the content', elsewhere);
  }
  if (isInside(out, content)) {
    throw refuse(`contains the content folder ${contentShown}`, 'the content', elsewhere);
  }
  if (isInside(root, out) && path.dirname(out) !== root) {
    const top = path.relative(root, out).split(path.sep)[0]!;
    throw new BuildError(
      `Refusing to build into ${shown}: inside the project, the site goes in a folder of its own ` +
        `at the top level, not inside ${top}/. Use e.g. \`--out ${DEFAULT_OUT}\`, or a folder outside the project.`,
    );
  }
  if (!existsSync(out)) return;
  if (!(await stat(out)).isDirectory()) {
    throw refuse('is a file, not a folder', 'that file', elsewhere);
  }
  if (await madeByBuild(out, root)) return;
  throw refuse(
    `already exists and was not made by a build (it has no ${BUILD_MARKER} file)`,
    `everything in ${shown}`,
    `Choose a new or empty folder (e.g. \`--out site\`), or, if ${shown} is an old build, delete it first.`,
  );
}

async function madeByBuild(folder: string, root: string): Promise<boolean> {
  const entries = await readdir(folder);
  if (entries.length === 0 || entries.includes(BUILD_MARKER)) return true;
  // Builds before the marker wrote the default dist/ with a search index; accept that one folder.
  return (
    folder === path.join(root, DEFAULT_OUT) &&
    existsSync(path.join(folder, 'index.html')) &&
    existsSync(path.join(folder, 'pagefind', 'pagefind-entry.json'))
  );
}

/** Marks a finished output folder as the build's own, so the next build may replace it. */
export async function writeBuildMarker(folder: string): Promise<void> {
  await writeFile(
    path.join(folder, BUILD_MARKER),
    'This folder was made by `npm run build`; the next build replaces it whole.\n',
  );
}
