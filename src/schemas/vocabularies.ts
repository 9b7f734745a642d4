/**
 * Controlled vocabularies as zod schemas. The data (labels per language) lives in
 * `src/vocabularies/`; these schemas only say which values a practice may use.
 */
import { z } from 'astro/zod';
import { gcmObjectives } from '../vocabularies/gcm-objectives.ts';
import { gcmPrinciples } from '../vocabularies/gcm-principles.ts';
import { sdgs } from '../vocabularies/sdgs.ts';

/** Languages the catalogue's content and UI can be written in. */
export const languages = ['es', 'en'] as const;
export const languageSchema = z.enum(languages);
export type Language = z.infer<typeof languageSchema>;

/** A GCM objective number, 1–23 (A/RES/73/195, para. 16). */
export const gcmObjectiveNumberSchema = z.number().int().min(1).max(gcmObjectives.length);

/** A GCM guiding principle letter, a–j (A/RES/73/195, para. 15). */
export const gcmPrincipleKeySchema = z.enum(
  gcmPrinciples.map((principle) => principle.key) as [string, ...string[]],
);

/** A Sustainable Development Goal number, 1–17. */
export const sdgNumberSchema = z.number().int().min(1).max(sdgs.length);

/** Text with a Spanish and an English version (labels, names). */
export const localisedTextSchema = z.strictObject({
  /** Spanish text. */
  es: z.string().min(1),
  /** English text. */
  en: z.string().min(1),
});
