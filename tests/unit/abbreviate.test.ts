import { expect, test } from 'vitest';
import { abbreviate } from '../../src/lib/abbreviations/abbreviate.ts';

const acronyms = [
  { acronym: 'ONG', expansion: 'Organización No Gubernamental' },
  { acronym: 'ONGD', expansion: 'Organización No Gubernamental para el Desarrollo' },
];

test('the first use of an acronym gets its expansion, later ones stay plain', () => {
  expect(abbreviate('<p>Una ONG y otra ONG.</p>', acronyms)).toBe(
    '<p>Una <abbr title="Organización No Gubernamental">ONG</abbr> y otra ONG.</p>',
  );
});

test('a longer acronym is not split by a shorter one, and words containing it are left alone', () => {
  expect(abbreviate('<p>La ONGD de LONGO.</p>', acronyms)).toContain(
    '<abbr title="Organización No Gubernamental para el Desarrollo">ONGD</abbr> de LONGO',
  );
});

test('links and headings are left as they are', () => {
  const html = '<h2>ONG</h2><p><a href="/x/">ONG</a></p>';
  expect(abbreviate(html, acronyms)).toBe(html);
});
