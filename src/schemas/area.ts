/** A thematic area: one file in `content/areas/<CODE>.md`; its body is the area's introduction. */
import { z } from 'astro/zod';
import { textBackgroundColourSchema } from './colour.ts';
import { areaCodeSchema } from './practice.ts';
import { localisedTextSchema } from './vocabularies.ts';

export const areaSchema = z.strictObject({
  /** Area code, as used in practice codes, e.g. `AH`. Must match the file name. */
  code: areaCodeSchema,
  /** Area name in Spanish and English. */
  name: localisedTextSchema,
  /** Short description per language, for listings. Optional; the body holds the full introduction. */
  description: localisedTextSchema.partial().optional(),
  /** Area colour as #rrggbb; white text must be readable on it (contrast ≥ 4.5:1). */
  colour: textBackgroundColourSchema,
  /** Position of the area in the catalogue, from 1. */
  order: z.number().int().positive(),
});
export type Area = z.infer<typeof areaSchema>;

