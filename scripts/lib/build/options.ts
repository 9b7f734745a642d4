/** Command-line options of `npm run build`: where the content is, where the site goes. */
import path from 'node:path';
import { defaultContentDir } from '../../../src/lib/catalogue-settings.ts';

export interface BuildOptions {
  /** Project root (where astro.config.mjs is). */
  readonly root: string;
  /** Content folder to build from. Default: content/. */
  readonly contentDir: string;
  /** Output folder, replaced only when the whole build succeeded. Default: dist/. */
  readonly outDir: string;
  /** Skip the PDF (for quick local previews). */
  readonly skipPdf: boolean;
}

const flagValue = (argv: readonly string[], flag: string) => {
  const index = argv.indexOf(flag);
  return index >= 0 ? argv[index + 1] : undefined;
};

/** The content folder: `--content DIR`, else CATALOGUE_CONTENT, else content/ (as the site reads it). */
export function contentDirOption(argv: readonly string[], root = process.cwd()): string {
  return path.resolve(root, flagValue(argv, '--content') ?? defaultContentDir());
}

export function parseBuildOptions(argv: readonly string[], root = process.cwd()): BuildOptions {
  return {
    root,
    contentDir: contentDirOption(argv, root),
    outDir: path.resolve(root, flagValue(argv, '--out') ?? 'dist'),
    skipPdf: argv.includes('--no-pdf'),
  };
}

/** The output folder as the user sees it, for messages. */
export const relativeOut = (options: BuildOptions) =>
  path.relative(options.root, options.outDir) || '.';
