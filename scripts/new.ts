/**
 * `npm run new`: writes a new practice file with every field and section of its kind, each with
 * a hint, under the next free code, and prints its path. Asks for kind, area, title and
 * language, or takes them as `--kind --area --title --lang` (and `--content DIR`).
 */
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { areaSlug } from '../src/lib/routes.ts';
import { readAnswers } from './lib/new/answers.ts';
import { nextCode } from './lib/new/next-code.ts';
import { scaffold } from './lib/new/scaffold.ts';

try {
  const answers = await readAnswers(process.argv.slice(2));
  const code = await nextCode(answers.contentDir, answers.kind, answers.area);
  const file = path.join(answers.contentDir, 'practices', areaSlug(answers.area), `${code}.md`);
  if (existsSync(file)) throw new Error(`${file} already exists`);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, scaffold({ ...answers, code }), { flag: 'wx' });
  console.log(file);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
