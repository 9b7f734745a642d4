/** The next free code of a kind in an area: `BP11_PC` after `BP10_PC`, `PR1_GN` for the first repository practice. */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { catalogueKindPrefixes, type PracticeKind } from '../../../src/schemas/practice-kinds.ts';
import { REPOSITORY_CODE_PREFIX } from '../../../src/schemas/practice.ts';

export const codePrefix = (kind: PracticeKind): string =>
  kind === 'practica' ? REPOSITORY_CODE_PREFIX : catalogueKindPrefixes[kind];

/** Codes are file names (`<CODE>.md`), so the taken numbers are read from the practices folder. */
export async function nextCode(
  contentDir: string,
  kind: PracticeKind,
  area: string,
): Promise<string> {
  const files = await readdir(path.join(contentDir, 'practices'), { recursive: true }).catch(
    () => [] as string[],
  );
  const pattern = new RegExp(`^${codePrefix(kind)}(\\d+)_${area}\\.mdx?$`, 'i');
  const taken = files
    .map((file) => pattern.exec(path.basename(file))?.[1])
    .filter((number) => number !== undefined)
    .map(Number);
  return `${codePrefix(kind)}${Math.max(0, ...taken) + 1}_${area}`;
}
