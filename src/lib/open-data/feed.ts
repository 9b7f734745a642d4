/** The Atom feed of new and updated practices, newest first. */
import { Feed } from 'feed';
import type { Catalogue } from '../../schemas/catalogue.ts';
import { t } from '../../i18n/index.ts';
import { absoluteUrl, homeUrl, openDataUrls } from '../routes.ts';
import type { PublishedPractice } from './record.ts';

/** How many entries the feed carries; readers only look for what is new. */
export const FEED_LENGTH = 50;

/**
 * When a practice last changed for a reader: its `updated` date, else its `added` date, else
 * the catalogue's edition (1 January), since the printed fichas carry no date of their own.
 */
export function changedOn(practice: PublishedPractice, edition: number): string {
  return practice.updated ?? practice.added ?? `${edition}-01-01`;
}

/** `YYYY-MM-DD` as midnight UTC: every reader of the feed sees the same day. */
const utcDate = (isoDate: string) => new Date(`${isoDate}T00:00:00Z`);

export function practicesFeed(
  practices: readonly PublishedPractice[],
  settings: Pick<
    Catalogue,
    'title' | 'subtitle' | 'organisation' | 'edition' | 'siteUrl' | 'languages'
  >,
): string {
  const dated = practices
    .map((practice, order) => ({ practice, order, date: changedOn(practice, settings.edition) }))
    // Newest first; the same day keeps catalogue order, so the feed does not reshuffle between builds.
    .sort((a, b) => b.date.localeCompare(a.date) || a.order - b.order)
    .slice(0, FEED_LENGTH);
  const home = absoluteUrl(settings.siteUrl, homeUrl());
  const lang = settings.languages[0] ?? 'es';
  const feed = new Feed({
    id: home,
    link: home,
    title: settings.title,
    ...(settings.subtitle ? { description: settings.subtitle } : {}),
    language: lang,
    updated: utcDate(dated[0]?.date ?? `${settings.edition}-01-01`),
    generator: false,
    author: { name: settings.organisation },
    copyright: `${settings.organisation}, ${settings.edition}`,
    feedLinks: { atom: absoluteUrl(settings.siteUrl, openDataUrls.feed()) },
  });
  for (const { practice, date } of dated) {
    feed.addItem({
      id: practice.url,
      link: practice.url,
      title: `${practice.code}: ${practice.title}`,
      description: practice.summary ?? practice.title,
      date: utcDate(date),
      ...(practice.added ? { published: utcDate(practice.added) } : {}),
      category: [
        { term: practice.kind, name: t(practice.lang, `kind.${practice.kind}`) },
        { term: practice.area, name: practice.areaName },
      ],
      author: [{ name: settings.organisation }],
    });
  }
  return feed.atom1();
}
