/**
 * The 17 Sustainable Development Goals (SDGs) of the 2030 Agenda for Sustainable Development
 * (A/RES/70/1), by the short titles the United Nations uses for them in English and Spanish
 * ("Objetivos de Desarrollo Sostenible").
 *
 * Checked against (line-by-line status in /work/notes/vocabularies.md): UN-system pages that carry
 * the short titles (UN ECLAC's goal pages, IOM's SDG pages, the UN Department of Global
 * Communications' "Why it matters" sheet for Goal 16 in Spanish). The goal list of the UN
 * Sustainable Development site itself could not be read in this session, so the check is partial.
 */

/** A Sustainable Development Goal of the 2030 Agenda (A/RES/70/1). */
export interface Sdg {
  /** Goal number, 1–17. */
  readonly number: number;
  /** Short title of the Goal as used by the United Nations, per language. */
  readonly title: { readonly es: string; readonly en: string };
}

/** The 17 SDGs, in numerical order. */
export const sdgs = [
  { number: 1, title: { es: 'Fin de la pobreza', en: 'No Poverty' } },
  { number: 2, title: { es: 'Hambre cero', en: 'Zero Hunger' } },
  { number: 3, title: { es: 'Salud y bienestar', en: 'Good Health and Well-being' } },
  { number: 4, title: { es: 'Educación de calidad', en: 'Quality Education' } },
  { number: 5, title: { es: 'Igualdad de género', en: 'Gender Equality' } },
  { number: 6, title: { es: 'Agua limpia y saneamiento', en: 'Clean Water and Sanitation' } },
  {
    number: 7,
    title: { es: 'Energía asequible y no contaminante', en: 'Affordable and Clean Energy' },
  },
  {
    number: 8,
    title: { es: 'Trabajo decente y crecimiento económico', en: 'Decent Work and Economic Growth' },
  },
  {
    number: 9,
    title: {
      es: 'Industria, innovación e infraestructura',
      en: 'Industry, Innovation and Infrastructure',
    },
  },
  { number: 10, title: { es: 'Reducción de las desigualdades', en: 'Reduced Inequalities' } },
  {
    number: 11,
    title: { es: 'Ciudades y comunidades sostenibles', en: 'Sustainable Cities and Communities' },
  },
  {
    number: 12,
    title: {
      es: 'Producción y consumo responsables',
      en: 'Responsible Consumption and Production',
    },
  },
  { number: 13, title: { es: 'Acción por el clima', en: 'Climate Action' } },
  { number: 14, title: { es: 'Vida submarina', en: 'Life Below Water' } },
  { number: 15, title: { es: 'Vida de ecosistemas terrestres', en: 'Life on Land' } },
  {
    number: 16,
    title: {
      es: 'Paz, justicia e instituciones sólidas',
      en: 'Peace, Justice and Strong Institutions',
    },
  },
  {
    number: 17,
    title: { es: 'Alianzas para lograr los objetivos', en: 'Partnerships for the Goals' },
  },
] as const satisfies readonly Sdg[];
