/** A front-matter page of the catalogue (presentation, introduction, glossary…): `content/pages/<slug>.md`. */
import { z } from 'astro/zod';

export const pageSchema = z.strictObject({
  /** Page title, as printed. */
  title: z.string().trim().min(1),
  /** Position among the front-matter pages, from 1. */
  order: z.number().int().positive(),
  /** Who signs the page (the presentation letter). Optional. */
  signature: z
    .object({
      /** Full name. */
      name: z.string().trim().min(1),
      /** Position, e.g. "Jefe de Misión". */
      role: z.string().trim().min(1),
      /** Organisation, e.g. "OIM Ecuador". */
      organisation: z.string().trim().min(1),
    })
    .optional(),
  /** Acronyms listed on the page, in order. Optional. */
  acronyms: z
    .array(
      z.strictObject({
        /** The acronym, e.g. `OIM`. */
        acronym: z.string().trim().min(1),
        /** What it stands for. */
        expansion: z.string().trim().min(1),
      }),
    )
    .optional(),
  /** Glossary terms listed on the page, in order. Optional. */
  glossary: z
    .array(
      z.strictObject({
        /** The term. */
        term: z.string().trim().min(1),
        /** Its definition, as written. */
        definition: z.string().trim().min(1),
        /** Source of the definition, e.g. "ILO, 2014". Optional. */
        source: z.string().trim().min(1).optional(),
      }),
    )
    .optional(),
});
export type Page = z.infer<typeof pageSchema>;
