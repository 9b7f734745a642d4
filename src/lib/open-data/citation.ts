/**
 * How to cite a practice: a suggested text citation in the practice's language, and the same
 * reference as CSL-JSON (Zotero, Mendeley, Pandoc) and BibTeX. One definition for all three,
 * so that they never disagree.
 */
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import { t } from '../../i18n/index.ts';
import type { Catalogue } from '../../schemas/catalogue.ts';
import type { Practice } from '../../schemas/practice.ts';
import { absoluteUrl, citationBibtexUrl, citationCslUrl, practiceUrl } from '../routes.ts';

export type CitationSettings = Pick<Catalogue, 'title' | 'organisation' | 'edition' | 'siteUrl'>;
type CitedPractice = Pick<Practice, 'code' | 'title' | 'kind' | 'lang' | 'added' | 'updated'> & {
  keywords?: readonly string[];
};

export interface Citation {
  /** The suggested citation, e.g. "OIM Ecuador (2021). Title. En Catálogo…. https://…". */
  readonly text: string;
  /** Site URL of the CSL-JSON download. */
  readonly cslUrl: string;
  /** Site URL of the BibTeX download. */
  readonly bibtexUrl: string;
}

/**
 * The year a practice was published: that of its last update or of its addition to the
 * catalogue, else the catalogue's edition, which the printed fichas belong to.
 */
export function citationYear(practice: CitedPractice, settings: CitationSettings): number {
  const date = practice.updated ?? practice.added;
  return date ? Number(date.slice(0, 4)) : settings.edition;
}

/** Ends a citation part with a full stop unless it already ends with punctuation. */
const sentence = (text: string) => (/[.!?…]$/.test(text.trim()) ? text.trim() : `${text.trim()}.`);

export function citationOf(practice: CitedPractice, settings: CitationSettings): Citation {
  const url = absoluteUrl(settings.siteUrl, practiceUrl(practice.code));
  const text = [
    `${settings.organisation} (${citationYear(practice, settings)}).`,
    sentence(practice.title),
    sentence(`${t(practice.lang, 'citation.in')} ${settings.title}`),
    url,
  ].join(' ');
  return {
    text,
    cslUrl: citationCslUrl(practice.code),
    bibtexUrl: citationBibtexUrl(practice.code),
  };
}

/** The reference as one CSL-JSON item: a chapter (the ficha) of a book (the catalogue). */
export function cslOf(practice: CitedPractice, settings: CitationSettings) {
  return {
    id: practice.code,
    'citation-key': practice.code,
    type: 'chapter',
    title: practice.title,
    author: [{ literal: settings.organisation }],
    publisher: settings.organisation,
    issued: { 'date-parts': [[citationYear(practice, settings)]] },
    'container-title': settings.title,
    genre: t(practice.lang, `kind.${practice.kind}`),
    language: practice.lang,
    URL: absoluteUrl(settings.siteUrl, practiceUrl(practice.code)),
    ...(practice.keywords?.length ? { keyword: practice.keywords.join(', ') } : {}),
  };
}

/** The same reference in BibTeX, written by citation.js (it escapes accents and TeX specials). */
export function bibtexOf(practice: CitedPractice, settings: CitationSettings): string {
  return `${new Cite([cslOf(practice, settings)]).format('bibtex').trim()}\n`;
}
