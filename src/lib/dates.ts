/** Shows a `YYYY-MM-DD` date as people read it in the page's language ("19 de septiembre de 2023"). */
import type { Language } from '../schemas/vocabularies.ts';

const LOCALES: Record<Language, string> = { es: 'es-EC', en: 'en-GB' };

/** Made once: an Intl formatter costs more to make than thousands of dates cost to format. */
const FORMATS = Object.fromEntries(
  Object.entries(LOCALES).map(([lang, locale]) => [
    lang,
    new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }),
  ]),
) as Record<Language, Intl.DateTimeFormat>;

export function formatDate(iso: string, lang: Language): string {
  // Noon UTC, formatted in UTC: the day is the one written, whatever the build machine's zone.
  return FORMATS[lang].format(new Date(`${iso}T12:00:00Z`));
}
