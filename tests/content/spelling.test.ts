/**
 * The spelling check: OCR damage is found, each entry in its own language, and an unknown word
 * is a warning that names the file, the line and the fix, never a failure: a correct word the
 * dictionary lacks ("Defensoría") is the editor doing the right thing.
 */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { formatProblem } from '../../src/lib/check/problem.ts';
import {
  lineOfWord,
  loadSpellers,
  proseOf,
  spellingProblems,
  unknownWords,
  WORDLIST,
} from '../../scripts/lib/spelling/spelling.ts';

let folder: string;
beforeEach(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'spelling-'));
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

const entry = (lang: string, text: string) =>
  `---\nkind: practica\nlang: ${lang}\ntitle: "${text}"\n---\n\n${text}\n`;

test('the spelling check catches typical OCR damage', async () => {
  const spellers = await loadSpellers();
  expect(unknownWords('nifios poblacién disefio niños población diseño', 'es', spellers)).toEqual([
    'nifios',
    'poblacién',
    'disefio',
  ]);
});

test('each entry is checked against its own language', async () => {
  await writeFile(path.join(folder, 'en.md'), entry('en', 'The children received assistance.'));
  await writeFile(path.join(folder, 'es.md'), entry('es', 'Los niños recibieron asistencia.'));
  await writeFile(path.join(folder, 'mixed.md'), entry('en', 'Los niños received assistance.'));
  const found = await spellingProblems(folder, folder);
  expect(found.map((problem) => formatProblem(problem, 'en'))).toEqual([
    expect.stringMatching(/^mixed\.md:4 warning: unknown word "niños"; /),
  ]);
});

test('an unknown word is a warning on its line, with the close words and the word list to add it to', async () => {
  await mkdir(path.join(folder, 'practices'));
  const file = path.join(folder, 'practices', 'BP9_GN.md');
  await writeFile(
    file,
    '---\ntitle: "Mesas locales"\n---\n\n## Contexto\n\nCon la Defensoría del Pueblo y la poblacién local.\n',
  );
  const [defensoria, typo, ...rest] = await spellingProblems(folder, folder);
  expect(rest).toEqual([]);
  expect(defensoria).toMatchObject({ file: 'practices/BP9_GN.md', line: 7, severity: 'warning' });
  expect(formatProblem(typo!, 'es')).toBe(
    'practices/BP9_GN.md:7 aviso: palabra desconocida «poblacién»; si es una errata, corríjala (¿«población»?); ' +
      `si está bien escrita (un lugar, una institución, una sigla), añádala a ${WORDLIST}, una por línea`,
  );

  await writeFile(path.join(folder, WORDLIST), 'Defensoría\n');
  expect((await spellingProblems(folder, folder)).map((problem) => problem.message.en)).toEqual([
    'unknown word "poblacién"',
  ]);
});

test('the line is where the word stands as a word, not inside another', () => {
  expect(lineOfWord('---\ntitle: Tulcanes\n---\n\nEn Tulcán y Tulcan.\n', 'Tulcan')).toBe(5);
  expect(lineOfWord('nada', 'Tulcan')).toBeUndefined();
});

test('`npm run spellcheck` warns with the file and line and exits 0: a correct word must not fail anything', async () => {
  await writeFile(path.join(folder, 'es.md'), entry('es', 'La Defensoría recibió a las familias.'));
  const { code, stdout } = await new Promise<{ code: number; stdout: string }>((resolve) => {
    execFile(
      'npm',
      ['run', '--silent', 'spellcheck', '--', '--content', folder, '--lang', 'en'],
      { env: { ...process.env, GITHUB_ACTIONS: 'true' } },
      (error, out) => {
        resolve({ code: error ? Number(error.code) : 0, stdout: out });
      },
    );
  });
  expect(code).toBe(0);
  const file = path.relative(process.cwd(), path.join(folder, 'es.md'));
  expect(stdout).toContain(`${file}:4 warning: unknown word "Defensoría"`);
  expect(stdout).toContain(`::warning file=${file},line=4::unknown word "Defensoría"`);
  expect(stdout).toMatch(/1 unknown word in 1 file: warnings, they do not stop publication\.$/m);
});

test('URLs and codes are not spell-checked', () => {
  expect(
    proseOf('---\ntitle: "BP1_AH: texto"\n---\n\nVer https://example.org/xyzzy y BP2_AH.'),
  ).not.toMatch(/xyzzy|BP1_AH|BP2_AH/);
});
