/**
 * The facts of a repository-style practice (`kind: practica`), in the order its page shows them.
 * Real entries leave facts blank: the main facts are always listed, and one the source left
 * empty (or marked `no-registra`) says "No registra" instead of disappearing or being invented.
 */
import { t } from '../../i18n/index.ts';
import {
  NOT_RECORDED,
  type Organisation,
  type RepositoryPractice,
} from '../../schemas/practice.ts';
import type { Language } from '../../schemas/vocabularies.ts';
import { formatDate } from '../dates.ts';
import { FactList, type Fact } from './types.ts';

export function repositoryFacts(practice: RepositoryPractice, lang: Language): Fact[] {
  const notRecorded = t(lang, `value.${NOT_RECORDED}`);
  /** A main fact: its value, or "No registra" when the source has none. */
  const recorded = (value: string | number | undefined): string =>
    value === undefined || value === NOT_RECORDED || String(value).trim() === ''
      ? notRecorded
      : String(value);
  const list = new FactList();
  list.add(t(lang, 'field.practiceType'), recorded(practice.practiceType));
  list.add(t(lang, 'field.startYear'), recorded(practice.startYear));
  list.add(
    t(lang, 'field.endYear'),
    practice.endYear === 'en-curso' ? t(lang, 'value.en-curso') : recorded(practice.endYear),
  );
  const scope = practice.geographicScope;
  list.add(
    t(lang, 'field.geographicScope'),
    recorded(
      [...scope.countries, ...scope.regions, ...scope.subRegions, ...scope.local].join(', '),
    ),
  );
  list.add(
    t(lang, 'field.implementingOrganisations'),
    recorded(practice.implementingOrganisations.map(organisationName).join('; ')),
  );
  list.add(
    t(lang, 'field.partnerOrganisations'),
    practice.partnerOrganisations.map(organisationName).join('; '),
  );
  list.addLinks(
    t(lang, 'field.relatedOutside'),
    practice.relatedOutside.map((related) => ({ text: related.title, href: related.url })),
  );
  if (practice.submitted)
    list.add(t(lang, 'field.submitted'), formatDate(practice.submitted, lang));
  return list.facts;
}

/** `IOM (International Organization for Migration)` when the full name is known. */
function organisationName(organisation: Organisation): string {
  if (typeof organisation === 'string') return organisation;
  return organisation.fullName
    ? `${organisation.name} (${organisation.fullName})`
    : organisation.name;
}
