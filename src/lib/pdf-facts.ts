/**
 * The whole-catalogue PDF's size and page count, shown beside its download link on the home
 * page. The PDF is printed from the built site, after Astro has written the home page, so the
 * page carries an empty placeholder and the build fills it in from the file it has just
 * printed (scripts/lib/build/pdf-facts.ts): the figures are always those of the PDF served
 * beside the page. A build without a PDF leaves the placeholder empty, and nothing shows.
 */
import { t } from '../i18n/index.ts';
import type { Language } from '../schemas/vocabularies.ts';

export interface PdfFacts {
  readonly bytes: number;
  readonly pages: number;
}

/** The placeholder as the home page writes it, for the build to find. */
export const pdfFactsPlaceholder = (lang: Language): string =>
  `<span class="pdf-facts" data-pdf-facts="${lang}"></span>`;

const PLACEHOLDER = /<span class="pdf-facts" data-pdf-facts="(es|en)"><\/span>/g;

/** A file size as people read it: "850 kB", "2,3 MB" (decimal units, as file managers show). */
export function formatFileSize(bytes: number, lang: Language): string {
  const [unit, value] = bytes < 1_000_000 ? ['kilobyte', bytes / 1000] : ['megabyte', bytes / 1e6];
  return new Intl.NumberFormat(lang, {
    style: 'unit',
    unit,
    maximumFractionDigits: unit === 'megabyte' ? 1 : 0,
  }).format(value);
}

/** "PDF, 2,3 MB, 52 páginas". */
export function describePdf(facts: PdfFacts, lang: Language): string {
  return t(lang, 'home.pdfDetails', {
    size: formatFileSize(facts.bytes, lang),
    pages: new Intl.NumberFormat(lang).format(facts.pages),
  });
}

/** `html` with every placeholder filled in, and how many there were. */
export function fillPdfFacts(html: string, facts: PdfFacts): { html: string; filled: number } {
  let filled = 0;
  const result = html.replace(PLACEHOLDER, (_, lang: Language) => {
    filled += 1;
    return `<span class="pdf-facts">${describePdf(facts, lang)}</span>`;
  });
  return { html: result, filled };
}
