/** Shows a `YYYY-MM-DD` date as people read it in the page's language ("19 de septiembre de 2023"). */
import type { Language } from '../schemas/vocabularies.ts';

const LOCALES: Record<Language, string> = { es: 'es-EC', en: 'en-GB' };

export function formatDate(iso: string, lang: Language): string {
  // Noon UTC, formatted in UTC: the day is the one written, whatever the build machine's zone.
  const date = new Date(`${iso}T12:00:00Z`);
  return new Intl.DateTimeFormat(LOCALES[lang], { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}
