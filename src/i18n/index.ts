/** UI labels. Spanish is the default; every key exists in every language (a test checks it). */
import en from './en.json' with { type: 'json' };
import es from './es.json' with { type: 'json' };
import type { Language } from '../schemas/vocabularies.ts';

export const labels: Record<Language, Record<string, string>> = { es, en };
export type LabelKey = keyof typeof es;

/** The label for `key`, with `{name}` placeholders filled in. */
export function t(
  lang: Language,
  key: LabelKey | `${string}.${string}`,
  params: Record<string, string | number> = {},
): string {
  const template = labels[lang][key] ?? labels.es[key];
  if (template === undefined) throw new Error(`Missing UI label '${key}' (src/i18n/${lang}.json)`);
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));
}
