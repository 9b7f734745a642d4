/** The facts of a repository-style practice (`kind: practica`), in the order its page shows them. */
import { t } from '../../i18n/index.ts';
import type { RepositoryPractice } from '../../schemas/practice.ts';
import type { Language } from '../../schemas/vocabularies.ts';
import { formatDate } from '../dates.ts';
import { FactList, type Fact } from './types.ts';

export function repositoryFacts(practice: RepositoryPractice, lang: Language): Fact[] {
  const list = new FactList();
  list.add(t(lang, 'field.practiceType'), practice.practiceType);
  list.add(t(lang, 'field.startYear'), String(practice.startYear));
  list.add(
    t(lang, 'field.endYear'),
    typeof practice.endYear === 'number' ? String(practice.endYear) : t(lang, 'value.en-curso'),
  );
  const scope = practice.geographicScope;
  list.add(
    t(lang, 'field.geographicScope'),
    [...scope.countries, ...scope.regions, ...scope.subRegions, ...scope.local].join(', '),
  );
  list.add(
    t(lang, 'field.implementingOrganisations'),
    practice.implementingOrganisations.join(', '),
  );
  list.add(t(lang, 'field.partnerOrganisations'), practice.partnerOrganisations.join(', '));
  if (practice.submitted)
    list.add(t(lang, 'field.submitted'), formatDate(practice.submitted, lang));
  return list.facts;
}
