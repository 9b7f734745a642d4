/**
 * One-line hints for editors, in Spanish and English: the scaffold (npm run new) writes them
 * above each field and under each section heading, and the CMS shows them under each field.
 * Which fields and sections exist comes from the schemas; a test checks that every one of them
 * has a hint here.
 */
import type { Localised } from '../check/messages.ts';

export const fieldHints: Readonly<Record<string, Localised>> = {
  kind: { es: 'Tipo de entrada (no lo cambie)', en: 'Kind of entry (do not change it)' },
  code: {
    es: 'Código único; da la dirección de la página y no debe cambiar',
    en: 'Unique code; it makes the page address and must not change',
  },
  title: { es: 'Enunciado o título de la práctica', en: 'Statement or title of the practice' },
  summary: {
    es: 'Opcional: versión breve del título para listados',
    en: 'Optional: a shorter title for listings',
  },
  area: { es: 'Código del área temática', en: 'Code of the thematic area' },
  keywords: {
    es: 'Palabras clave, p. ej. [salud, empleo]',
    en: 'Keywords, e.g. [health, employment]',
  },
  gcmObjectives: {
    es: 'Objetivos del Pacto Mundial (1 a 23), p. ej. [7, 15]',
    en: 'Global Compact objectives (1 to 23), e.g. [7, 15]',
  },
  gcmSecondaryObjectives: {
    es: 'Objetivos del Pacto que también toca (1 a 23)',
    en: 'Global Compact objectives it also touches (1 to 23)',
  },
  gcmPrinciples: {
    es: 'Principios rectores del Pacto (letras a a j), p. ej. [a, f]',
    en: 'Global Compact guiding principles (letters a to j), e.g. [a, f]',
  },
  sdgs: {
    es: 'Objetivos de Desarrollo Sostenible (1 a 17)',
    en: 'Sustainable Development Goals (1 to 17)',
  },
  lang: { es: 'Idioma de la entrada: es o en', en: 'Language of the entry: es or en' },
  draft: {
    es: 'true: borrador, se ve en la vista previa pero no se publica',
    en: 'true: a draft, shown in previews but not published',
  },
  review: { es: 'Opcional: revisión por pares', en: 'Optional: peer review' },
  'review.reviewers': { es: 'Nombres de quienes revisan', en: 'Names of the reviewers' },
  'review.date': { es: 'Fecha de la revisión, AAAA-MM-DD', en: 'Date of the review, YYYY-MM-DD' },
  'review.status': {
    es: 'pendiente, en-revision, cambios-solicitados o aprobada',
    en: 'pendiente, en-revision, cambios-solicitados or aprobada',
  },
  series: { es: 'Opcional: serie numerada de fichas', en: 'Optional: numbered factsheet series' },
  'series.name': { es: 'Nombre de la serie', en: 'Name of the series' },
  'series.number': { es: 'Número dentro de la serie, desde 1', en: 'Number in the series, from 1' },
  related: {
    es: 'Códigos de prácticas relacionadas de este catálogo, p. ej. [BP2_AH]',
    en: 'Codes of related practices in this catalogue, e.g. [BP2_AH]',
  },
  added: { es: 'Opcional: fecha de alta, AAAA-MM-DD', en: 'Optional: date added, YYYY-MM-DD' },
  updated: {
    es: 'Opcional: fecha de la última actualización, AAAA-MM-DD',
    en: 'Optional: date of the last update, YYYY-MM-DD',
  },
  territories: {
    es: 'Territorios, p. ej. [Quito, Tulcán]',
    en: 'Territories, e.g. [Quito, Tulcán]',
  },
  actors: {
    es: 'Opcional: actores involucrados (ONG, Gobierno, Empresa)',
    en: 'Optional: actors involved (NGO, government, business)',
  },
  population: {
    es: 'Población asistida: un número, no-aplica o no-registra',
    en: 'Population assisted: a number, no-aplica or no-registra',
  },
  assistanceType: {
    es: 'Tipo de asistencia, tal como está escrito',
    en: 'Type of assistance, as written',
  },
  budget: {
    es: 'Presupuesto: { amount: 1500, currency: USD }, no-aplica o no-registra',
    en: 'Budget: { amount: 1500, currency: USD }, no-aplica or no-registra',
  },
  sustainability: {
    es: 'Sostenibilidad: Alta, Media o Baja',
    en: 'Sustainability: Alta, Media or Baja',
  },
  lessonType: {
    es: 'Tipo de lección: positiva o negativa',
    en: 'Lesson type: positiva or negativa',
  },
  criteria: {
    es: 'Criterios: si, no, medianamente o no-determinable',
    en: 'Criteria: si, no, medianamente or no-determinable',
  },
  'criteria.importante': { es: 'IMPORTANTE', en: 'IMPORTANT' },
  'criteria.util': { es: 'ÚTIL', en: 'USEFUL' },
  'criteria.equitativo': { es: 'EQUITATIVO', en: 'EQUITABLE' },
  'criteria.economico': { es: 'ECONÓMICO', en: 'ECONOMICAL' },
  startYear: {
    es: 'Año de inicio, o no-registra si la fuente no lo dice',
    en: 'Start year, or no-registra if the source does not say',
  },
  endYear: {
    es: 'Año de fin, en-curso, o no-registra si la fuente no lo dice',
    en: 'End year, en-curso, or no-registra if the source does not say',
  },
  practiceType: {
    es: 'Tipo de práctica, p. ej. "Partnership/Multistakeholder initiative", o no-registra',
    en: 'Type of practice, e.g. "Partnership/Multistakeholder initiative", or no-registra',
  },
  geographicScope: { es: 'Alcance geográfico', en: 'Geographic scope' },
  'geographicScope.countries': { es: 'Países', en: 'Countries' },
  'geographicScope.regions': { es: 'Regiones, p. ej. [Américas]', en: 'Regions, e.g. [Americas]' },
  'geographicScope.subRegions': { es: 'Subregiones', en: 'Sub-regions' },
  'geographicScope.local': { es: 'Lugares: ciudades, provincias', en: 'Places: cities, provinces' },
  implementingOrganisations: {
    es: 'Organizaciones ejecutoras: [OIM] o - { name: OIM, fullName: "Organización…" }',
    en: 'Implementing organisations: [IOM] or - { name: IOM, fullName: "International…" }',
  },
  partnerOrganisations: {
    es: 'Organizaciones asociadas y donantes, como las ejecutoras',
    en: 'Partner and donor organisations, written like the implementing ones',
  },
  resources: {
    es: 'Recursos: - { title: "…", type: document|website|video|media, url: "https://…" }',
    en: 'Resources: - { title: "…", type: document|website|video|media, url: "https://…" }',
  },
  relatedOutside: {
    es: 'Prácticas relacionadas fuera del catálogo: - { title: "…", url: "https://…" }',
    en: 'Related practices outside the catalogue: - { title: "…", url: "https://…" }',
  },
  submitted: {
    es: 'Opcional: fecha de envío al repositorio, AAAA-MM-DD',
    en: 'Optional: date submitted to the repository, YYYY-MM-DD',
  },
};

/** What each section holds, by section id (see src/schemas/sections.ts). */
export const sectionHints: Readonly<Record<string, Localised>> = {
  hallazgo: { es: 'Qué se encontró, en pocas frases', en: 'What was found, in a few sentences' },
  contexto: { es: 'En qué situación ocurrió', en: 'The situation in which it happened' },
  consejos: {
    es: 'Qué hace falta para aplicarla en otro lugar',
    en: 'What it takes to apply it elsewhere',
  },
  'causa-efecto': { es: 'Qué causó qué efecto', en: 'Which cause led to which effect' },
  limitaciones: { es: 'Opcional: sus límites', en: 'Optional: its limits' },
  contribucion: { es: 'A quién beneficia y cómo', en: 'Whom it benefits and how' },
  efectividad: { es: 'Qué evidencia muestra que funcionó', en: 'What evidence shows it worked' },
  metas: { es: 'Metas del proyecto a las que contribuye', en: 'Project goals it contributes to' },
  replicacion: {
    es: 'Dónde y quién podría replicarla',
    en: 'Where and by whom it could be replicated',
  },
  vinculos: {
    es: 'Vínculos con objetivos más amplios de la institución',
    en: 'Links to wider objectives of the institution',
  },
  factores: { es: 'Qué la distingue', en: 'What sets it apart' },
  sostenibilidad: { es: 'Por qué puede durar (o no)', en: 'Why it can last (or not)' },
  descripcion: { es: 'La lección, explicada', en: 'The lesson, explained' },
  beneficiarios: { es: 'Quiénes se beneficiaron', en: 'Who benefited' },
  exito: { es: 'Qué salió bien', en: 'What went well' },
  desafios: { es: 'Qué dificultades hubo', en: 'What difficulties there were' },
  importante: { es: 'Por qué es importante', en: 'Why it is important' },
  util: { es: 'Por qué es útil', en: 'Why it is useful' },
  equitativo: { es: 'Por qué es equitativa', en: 'Why it is equitable' },
  economico: { es: 'Por qué es económica', en: 'Why it is economical' },
  resumen: { es: 'Resumen de la práctica', en: 'Summary of the practice' },
  beneficio: { es: 'Beneficio e impacto', en: 'Benefit and impact' },
  lecciones: { es: 'Lecciones clave aprendidas', en: 'Key lessons learned' },
  recomendaciones: { es: 'Recomendaciones para replicarla', en: 'Recommendations for replication' },
  innovacion: {
    es: 'Opcional: qué tiene de innovador',
    en: 'Optional: what is innovative about it',
  },
  revision: {
    es: 'Opcional: comentarios de los revisores',
    en: "Optional: the peer reviewers' comments",
  },
};
