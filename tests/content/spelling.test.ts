/** No OCR damage left in the catalogue: every word is in its entry's dictionary or the project word list. */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from 'vitest';
import {
  findMisspellings,
  loadSpellers,
  proseOf,
  unknownWords,
} from '../../scripts/lib/spelling/spelling.ts';

test('the shipped content has no unknown words', async () => {
  expect(await findMisspellings('content')).toEqual([]);
});

test('the spelling check catches typical OCR damage', async () => {
  const spellers = await loadSpellers();
  expect(unknownWords('nifios poblacién disefio niños población diseño', 'es', spellers)).toEqual([
    'nifios',
    'poblacién',
    'disefio',
  ]);
});

test('each entry is checked against its own language', async () => {
  const folder = await mkdtemp(path.join(tmpdir(), 'spelling-'));
  try {
    const entry = (lang: string, text: string) =>
      `---\nkind: practica\nlang: ${lang}\ntitle: "${text}"\n---\n\n${text}\n`;
    await writeFile(path.join(folder, 'en.md'), entry('en', 'The children received assistance.'));
    await writeFile(path.join(folder, 'es.md'), entry('es', 'Los niños recibieron asistencia.'));
    await writeFile(path.join(folder, 'mixed.md'), entry('en', 'Los niños received assistance.'));
    const found = await findMisspellings(folder);
    expect(found.map(({ word, files }) => `${word} ${files.join(',')}`)).toEqual([
      'niños mixed.md',
    ]);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
});

test('words in the project word list are accepted', async () => {
  const folder = await mkdtemp(path.join(tmpdir(), 'spelling-'));
  try {
    await writeFile(path.join(folder, 'words.txt'), 'Huaquillas\n');
    const spellers = await loadSpellers(path.join(folder, 'words.txt'));
    expect(unknownWords('Huaquillas y Xyzzyville', 'es', spellers)).toEqual(['Xyzzyville']);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
});

test('URLs and codes are not spell-checked', () => {
  expect(
    proseOf('---\ntitle: "BP1_AH: texto"\n---\n\nVer https://example.org/xyzzy y BP2_AH.'),
  ).not.toMatch(/xyzzy|BP1_AH|BP2_AH/);
});
