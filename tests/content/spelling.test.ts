/** No OCR damage left in the catalogue: every word is in the Spanish dictionary or the project word list. */
import { expect, test } from 'vitest';
import { findMisspellings, proseOf } from '../../scripts/lib/spelling/spelling.ts';

test('the shipped content has no unknown words', async () => {
  expect(await findMisspellings('content')).toEqual([]);
});

test('the spelling check catches typical OCR damage', async () => {
  const { execFileSync } = await import('node:child_process');
  const unknown = execFileSync('hunspell', ['-d', 'es_EC', '-l'], { input: 'nifios poblacién disefio niños población diseño' })
    .toString()
    .split('\n')
    .filter(Boolean);
  expect(unknown).toEqual(['nifios', 'poblacién', 'disefio']);
});

test('URLs and codes are not spell-checked', () => {
  expect(proseOf('---\ntitle: "BP1_AH: texto"\n---\n\nVer https://example.org/xyzzy y BP2_AH.')).not.toMatch(/xyzzy|BP1_AH|BP2_AH/);
});
