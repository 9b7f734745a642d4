/** Draft state and peer review of a practice: facts shown in previews only (see drafts.ts). */
import { t } from '../../i18n/index.ts';
import type { Practice } from '../../schemas/practice.ts';
import type { Language } from '../../schemas/vocabularies.ts';
import { formatDate } from '../dates.ts';
import { FactList, type Fact } from './types.ts';

export function reviewFacts(practice: Practice, lang: Language): Fact[] {
  const list = new FactList();
  if (practice.draft) list.add(t(lang, 'field.draft'), t(lang, 'verdict.si'));
  const review = practice.review;
  if (review) {
    const parts = [
      t(lang, `reviewStatus.${review.status}`),
      review.reviewers.join(', '),
      review.date ? formatDate(review.date, lang) : '',
    ];
    list.add(t(lang, 'field.review'), parts.filter(Boolean).join(' · '));
  }
  return list.facts;
}
