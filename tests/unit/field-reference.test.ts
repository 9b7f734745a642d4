/** The editors' field reference is generated from the schemas, so it cannot drift from them. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from 'vitest';
import { readSchemaDocs } from '../../scripts/lib/field-reference/read-schema-docs.ts';
import { renderFieldReference } from '../../scripts/lib/field-reference/render.ts';

test('docs/fields.md is up to date with the schemas (run `npm run docs:fields` if not)', async () => {
  expect(await readFile('docs/fields.md', 'utf8')).toBe(renderFieldReference());
});

test('every field of every schema has a JSDoc description', () => {
  for (const file of ['practice.ts', 'area.ts', 'page.ts', 'catalogue.ts', 'vocabularies.ts']) {
    for (const [schema, fields] of readSchemaDocs(path.join('src/schemas', file))) {
      for (const field of fields)
        expect(field.description, `${file} ${schema}.${field.name}`).not.toBe('');
    }
  }
});

test('the reference lists the required sections of each kind', () => {
  const reference = renderFieldReference();
  expect(reference).toContain('| `## Sostenibilidad` | `## Sustainability` | yes |');
  expect(reference).toContain('| `population` | # de población asistida | yes |');
});

test('the reference lists the fields of each item of a list of objects, and only schema fields', () => {
  const reference = renderFieldReference();
  expect(reference).toContain(
    '| `resources[].type` |  | no | `document`, `website`, `video` or `media`. Optional. |',
  );
  expect(reference).toContain('| `implementingOrganisations[].fullName` |  | no | Full name');
  expect(reference).toContain('| `relatedOutside[].url` |  | no |');
  expect(reference).toContain('| `budget.currency` |  | yes |');
  // The options of z.url({ protocol }) are not fields.
  expect(reference).not.toContain('.protocol');
});
