/** Command-line options of `npm run build`: where the content is, where the site goes. */
import path from 'node:path';
import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';
import { defaultContentDir } from '../../../src/lib/catalogue-settings.ts';
import { BuildError } from './build-error.ts';
import { DEFAULT_OUT } from './output-folder.ts';
import { displayPath, folderLabel } from './paths.ts';

export interface BuildOptions {
  /** Project root (where astro.config.mjs is). */
  readonly root: string;
  /** Content folder to build from. Default: content/. */
  readonly contentDir: string;
  /** Output folder, replaced only when the whole build succeeded. Default: dist/. */
  readonly outDir: string;
  /** Skip the PDF (for quick local previews). */
  readonly skipPdf: boolean;
  /**
   * A preview with the drafts (`draft: true`), marked as such and with their review shown.
   * Never the published site: it needs an `--out` other than dist/. Default: false.
   */
  readonly drafts: boolean;
  /** Print stack traces with failures. */
  readonly debug: boolean;
}

/** The build's options; `--lang` is read by the message formatter (src/lib/check/report.ts). */
const OPTIONS = {
  content: { type: 'string' },
  out: { type: 'string' },
  'no-pdf': { type: 'boolean' },
  drafts: { type: 'boolean' },
  debug: { type: 'boolean' },
  lang: { type: 'string' },
} as const satisfies ParseArgsOptionsConfig;

const USAGE =
  'Usage: npm run build -- [--out DIR] [--content DIR] [--no-pdf] [--drafts] [--debug] [--lang en] ' +
  '(options go after `--`, or npm keeps them for itself).';

/** The content folder: `--content DIR`, else CATALOGUE_CONTENT, else content/ (as the site reads it). */
export function contentDirOption(argv: readonly string[], root = process.cwd()): string {
  const { values } = parseArgs({
    args: argv.slice(2),
    options: { content: OPTIONS.content },
    strict: false,
  });
  const content = typeof values.content === 'string' ? values.content : undefined;
  return path.resolve(root, content ?? defaultContentDir());
}

/** `argv` is process.argv: node, the script, then the options. */
export function parseBuildOptions(argv: readonly string[], root = process.cwd()): BuildOptions {
  let parsed;
  try {
    parsed = parseArgs({ args: argv.slice(2), options: OPTIONS, allowPositionals: true });
  } catch (error) {
    throw new BuildError(`${(error as Error).message}\n${USAGE}`);
  }
  const { values, positionals } = parsed;
  if (positionals.length > 0) {
    // `npm run build --out docs` (no `--`) reaches the script as the bare word `docs`.
    throw new BuildError(`Unexpected argument '${positionals.join(' ')}'.\n${USAGE}`);
  }
  for (const flag of ['out', 'content'] as const) {
    if (values[flag] === '') throw new BuildError(`--${flag} needs a folder.\n${USAGE}`);
  }
  const outDir = path.resolve(root, values.out ?? DEFAULT_OUT);
  const drafts = values.drafts ?? false;
  if (drafts && (values.out === undefined || outDir === path.resolve(root, DEFAULT_OUT))) {
    // dist/ is what gets deployed; a preview there could be published by mistake.
    throw new BuildError(
      `A build with --drafts is a preview and never goes into ${DEFAULT_OUT}/, the folder that is published. ` +
        'Give it a folder of its own, e.g. `npm run build -- --drafts --out preview`.',
    );
  }
  return {
    root,
    contentDir: path.resolve(root, values.content ?? defaultContentDir()),
    outDir,
    skipPdf: values['no-pdf'] ?? false,
    drafts,
    debug: values.debug ?? false,
  };
}

/** The output folder as the user sees it, for messages. */
export const relativeOut = (options: Pick<BuildOptions, 'root' | 'outDir'>) =>
  displayPath(options.root, options.outDir);

/** The output folder named in a message, with its trailing slash: `dist/`. */
export const outLabel = (options: Pick<BuildOptions, 'root' | 'outDir'>) =>
  folderLabel(options.root, options.outDir);
