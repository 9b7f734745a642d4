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

/**
 * Defaults that come from where the site is built: in GitHub Actions, `repositoryUrl` is the
 * repository being built (GITHUB_SERVER_URL/GITHUB_REPOSITORY), so a fork or a renamed
 * repository links to itself without editing catalogue.yaml. A value in the file wins.
 */
export function withBuildHostDefaults(
  settings: Record<string, unknown>,
  env: NodeJS.ProcessEnv = process.env,
): Record<string, unknown> {
  const server = env['GITHUB_SERVER_URL'];
  const repository = env['GITHUB_REPOSITORY'];
  if (settings['repositoryUrl'] !== undefined || !server || !repository) return settings;
  return { ...settings, repositoryUrl: `${server.replace(/\/$/, '')}/${repository}` };
}
