/** Reads `content/catalogue.yaml`; shared by the site, the checker and the PDF export. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseYaml } from './check/frontmatter.ts';

export const CATALOGUE_SETTINGS_FILE = 'catalogue.yaml';

/** The content folder the site is built from: CATALOGUE_CONTENT (set by the build script), else content/. */
export const defaultContentDir = (env: NodeJS.ProcessEnv = process.env): string =>
  env['CATALOGUE_CONTENT'] ?? 'content';

/** The settings as the checker reads them (same YAML reading), before the schema. */
export async function loadCatalogueSettings(
  contentDir = defaultContentDir(),
): Promise<Record<string, unknown>> {
  const text = await readFile(path.join(contentDir, CATALOGUE_SETTINGS_FILE), 'utf8');
  const parsed = parseYaml(CATALOGUE_SETTINGS_FILE, text.replace(/^\uFEFF/, ''));
  return parsed.ok ? (parsed.parsed.data as Record<string, unknown>) : {};
}
