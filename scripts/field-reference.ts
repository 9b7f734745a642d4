/** `npm run docs:fields`: regenerates docs/fields.md from the schemas. */
import { writeFile } from 'node:fs/promises';
import { renderFieldReference } from './lib/field-reference/render.ts';

await writeFile('docs/fields.md', renderFieldReference());
console.log('Wrote docs/fields.md');
