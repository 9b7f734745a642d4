/** Reads `content/catalogue.yaml`; shared by the site, the checker and the PDF export. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';

export const CATALOGUE_SETTINGS_FILE = 'catalogue.yaml';

/** The content folder the site is built from: CATALOGUE_CONTENT (set by the build script), else content/. */
export const defaultContentDir = (env: NodeJS.ProcessEnv = process.env): string =>
  env['CATALOGUE_CONTENT'] ?? 'content';

export async function loadCatalogueSettings(
  contentDir = defaultContentDir(),
): Promise<Record<string, unknown>> {
  const text = await readFile(path.join(contentDir, CATALOGUE_SETTINGS_FILE), 'utf8');
  const data: unknown = parse(text.replace(/^\uFEFF/, ''));
  return typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : {};
}
