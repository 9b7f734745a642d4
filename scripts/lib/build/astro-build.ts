/** Builds the website with Astro into a given folder. */
import { createHash } from 'node:crypto';
import path from 'node:path';
import { build } from 'astro';
import { DRAFTS_ENV } from '../../../src/lib/drafts.ts';
import { BuildError, firstLine } from './build-error.ts';

/**
 * Astro keeps loaded content in a cache between builds; builds of different content
 * folders (the tests build several at once) each get their own, or their entries mix.
 */
function cacheDirFor(root: string, contentDir: string): string {
  const key = createHash('sha256').update(path.resolve(contentDir)).digest('hex').slice(0, 12);
  return path.join(root, 'node_modules', '.astro', `content-${key}`);
}

export interface SiteOptions {
  /** Build the drafts too (a preview). Whatever the environment says, a build without it has none. */
  readonly drafts?: boolean;
}

export async function buildSite(
  root: string,
  contentDir: string,
  outDir: string,
  { drafts = false }: SiteOptions = {},
): Promise<void> {
  process.env['ASTRO_TELEMETRY_DISABLED'] = '1';
  process.env['CATALOGUE_CONTENT'] = contentDir;
  // Set or cleared every time: a CATALOGUE_DRAFTS left in the shell never publishes drafts.
  process.env[DRAFTS_ENV] = drafts ? '1' : '';
  try {
    await build({ root, outDir, cacheDir: cacheDirFor(root, contentDir), logLevel: 'warn' });
  } catch (error) {
    throw new BuildError(`Astro could not build the website:\n${describeAstroFailure(error)}`, {
      cause: error,
    });
  }
}

interface AstroLikeError {
  message?: unknown;
  hint?: unknown;
  loc?: { file?: string; line?: number; column?: number };
  id?: unknown;
  errors?: unknown;
}

/**
 * Astro throws its own errors (AstroError: a message, a hint, a location) and the bundler's,
 * which Vite gathers in one error with an `errors` list; each becomes one indented line.
 */
export function describeAstroFailure(error: unknown): string {
  const { errors } = (error ?? {}) as AstroLikeError;
  const all = Array.isArray(errors) && errors.length > 0 ? (errors as unknown[]) : [error];
  return all.map((one) => `  ${describeOne(one)}`).join('\n');
}

function describeOne(error: unknown): string {
  const { hint, loc, id } = (error ?? {}) as AstroLikeError;
  const file = loc?.file ?? (typeof id === 'string' ? id : undefined);
  const where = file ? ` (${file}${loc?.line ? `:${loc.line}` : ''})` : '';
  const advice = typeof hint === 'string' && hint ? ` ${hint.trim()}` : '';
  return `${firstLine(error)}${where}${advice}`;
}
