import { expect, test } from 'vitest';
import en from '../../src/i18n/en.json' with { type: 'json' };
import es from '../../src/i18n/es.json' with { type: 'json' };
import { t } from '../../src/i18n/index.ts';

test('Spanish and English have the same UI labels', () => {
  expect(Object.keys(en).sort()).toEqual(Object.keys(es).sort());
});

test('placeholders are filled in', () => {
  expect(t('es', 'site.practicesCount', { count: 5 })).toBe('5 fichas');
  expect(t('en', 'site.practicesCount', { count: 5 })).toBe('5 entries');
});
