/** The JSON Schema of practices.json, generated from the same zod schemas that check the content. */
import { z } from 'astro/zod';
import { openDataDocumentSchema } from './record.ts';

export function practicesJsonSchema(schemaUrl: string): Record<string, unknown> {
  // `output`: fields with a default are always present in the published data.
  const schema = z.toJSONSchema(openDataDocumentSchema, { target: 'draft-2020-12', io: 'output' });
  return {
    ...schema,
    $id: schemaUrl,
    title: 'Practices catalogue: open data',
    description:
      'Every published practice of the catalogue with all its fields, its address and its Markdown narrative. ' +
      'Field meanings: docs/fields.md of the catalogue source.',
  };
}
