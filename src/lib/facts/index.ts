/**
 * The labelled facts of a practice, per kind: what the facts table of its page, its printed
 * ficha and its factsheet show. Each kind's list lives in its own module.
 */
import { t } from '../../i18n/index.ts';
import { isRepositoryPractice, type Practice } from '../../schemas/practice.ts';
import type { Language } from '../../schemas/vocabularies.ts';
import { showDrafts } from '../drafts.ts';
import { fichaFacts } from './ficha.ts';
import { repositoryFacts } from './repository.ts';
import { reviewFacts } from './review.ts';
import type { Fact } from './types.ts';

export type { Fact } from './types.ts';

export function factsOf(practice: Practice, lang: Language): Fact[] {
  const facts: Fact[] = [{ label: t(lang, 'field.kind'), value: t(lang, `kind.${practice.kind}`) }];
  facts.push(
    ...(isRepositoryPractice(practice)
      ? repositoryFacts(practice, lang)
      : fichaFacts(practice, lang)),
  );
  if (showDrafts()) facts.push(...reviewFacts(practice, lang));
  if (practice.series) {
    facts.push({
      label: t(lang, 'field.series'),
      value: `${practice.series.name} #${practice.series.number}`,
    });
  }
  return facts;
}
