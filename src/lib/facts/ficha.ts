/** The facts of the catalogue's fichas (good practices and lessons), in the printed form's order. */
import { t } from '../../i18n/index.ts';
import type { GoodPractice, Lesson } from '../../schemas/practice.ts';
import type { Language } from '../../schemas/vocabularies.ts';
import { FactList, type Fact } from './types.ts';

/** Made once: an Intl formatter costs more to make than a page costs to render. */
const NUMBER_FORMATS: Record<Language, Intl.NumberFormat> = {
  es: new Intl.NumberFormat('es-EC'),
  en: new Intl.NumberFormat('en-GB'),
};

export function fichaFacts(practice: GoodPractice | Lesson, lang: Language): Fact[] {
  const number = NUMBER_FORMATS[lang];
  const list = new FactList();
  if (practice.kind === 'buena-practica') {
    const population = practice.population;
    list.add(
      t(lang, 'field.population'),
      typeof population === 'number' ? number.format(population) : t(lang, `value.${population}`),
    );
  }
  list.add(t(lang, 'field.territories'), practice.territories.join(', '));
  if (practice.kind === 'buena-practica')
    list.add(t(lang, 'field.assistanceType'), practice.assistanceType);
  list.add(t(lang, 'field.actors'), practice.actors);
  if (practice.kind === 'buena-practica') {
    const budget = practice.budget;
    list.add(
      t(lang, 'field.budget'),
      typeof budget === 'string'
        ? t(lang, `value.${budget}`)
        : `${number.format(budget.amount)} ${budget.currency}`,
    );
    list.add(t(lang, 'field.sustainability'), practice.sustainability);
  } else {
    list.add(t(lang, 'field.lessonType'), t(lang, `lessonType.${practice.lessonType}`));
  }
  return list.facts;
}
