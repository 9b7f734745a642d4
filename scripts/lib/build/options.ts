/** Command-line options of `npm run build`: where the content is, where the site goes. */
import path from 'node:path';

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

export function parseBuildOptions(argv: readonly string[], root = process.cwd()): BuildOptions {
  const value = (flag: string) => {
    const index = argv.indexOf(flag);
    return index >= 0 ? argv[index + 1] : undefined;
  };
  return {
    root,
    contentDir: path.resolve(
      root,
      value('--content') ?? process.env['CATALOGUE_CONTENT'] ?? 'content',
    ),
    outDir: path.resolve(root, value('--out') ?? 'dist'),
    skipPdf: argv.includes('--no-pdf'),
  };
}
