/** What the head metadata of every page needs beyond the page itself. */
import type { Catalogue } from '../../schemas/catalogue.ts';
import type { Language } from '../../schemas/vocabularies.ts';

/** The preview image of every page (public/), at the size link previews ask for. */
export const OG_IMAGE = { file: 'og-default.png', width: 1200, height: 630 } as const;

const OG_LOCALES: Record<Language, string> = { es: 'es_ES', en: 'en_GB' };
/** Open Graph wants a locale (`es_ES`), not a language. */
export const openGraphLocale = (lang: Language): string => OG_LOCALES[lang];

/** Search engines show about 155 characters; longer text is cut at a word. */
export const DESCRIPTION_LENGTH = 155;

/** The page's own description, else the catalogue's subtitle, else its title; never too long. */
export function pageDescription(
  description: string | undefined,
  settings: Pick<Catalogue, 'title' | 'subtitle'>,
): string {
  const text = (description ?? settings.subtitle ?? settings.title).replace(/\s+/g, ' ').trim();
  if (text.length <= DESCRIPTION_LENGTH) return text;
  const cut = text.slice(0, DESCRIPTION_LENGTH - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 1)).replace(/[\s,;:.]+$/, '')}…`;
}
