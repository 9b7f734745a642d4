/** Reads `content/catalogue.yaml`; shared by the site, the checker and the PDF export. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';

export const CATALOGUE_SETTINGS_FILE = 'catalogue.yaml';

export async function loadCatalogueSettings(
  contentDir = 'content',
): Promise<Record<string, unknown>> {
  const text = await readFile(path.join(contentDir, CATALOGUE_SETTINGS_FILE), 'utf8');
  const data: unknown = parse(text.replace(/^\uFEFF/, ''));
  return typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : {};
}
