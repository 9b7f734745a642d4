/**
 * The narrative of a practice lives in its Markdown body as `## Section` headings.
 * This module says which headings each kind knows, which are required, and in
 * which order they are shown. A heading may be written in Spanish or in English.
 */
import type { PracticeKind } from './practice-kinds.ts';

export interface SectionSpec {
  /** Stable identifier, used for anchors and styling. */
  readonly id: string;
  /** The heading as an editor writes it, per language. */
  readonly heading: { readonly es: string; readonly en: string };
  /** Whether every practice of this kind must have the section, with text in it. */
  readonly required: boolean;
}

const section = (id: string, es: string, en: string, required = true): SectionSpec => ({
  id,
  heading: { es, en },
  required,
});

const goodPracticeSections: readonly SectionSpec[] = [
  section('hallazgo', 'Hallazgo', 'Finding'),
  section('contexto', 'Contexto', 'Context'),
  section('consejos', 'Consejos de aplicabilidad', 'Applicability advice'),
  section('causa-efecto', 'Relación causa-efecto', 'Cause and effect'),
  section('limitaciones', 'Limitaciones', 'Limitations', false),
  section(
    'contribucion',
    'Contribución y beneficiarios previstos',
    'Contribution and intended beneficiaries',
  ),
  section('efectividad', 'Efectividad', 'Effectiveness'),
  section('metas', 'Metas del proyecto', 'Project goals'),
  section(
    'replicacion',
    'Potencial de replicación y por quién',
    'Replication potential and by whom',
  ),
  section(
    'vinculos',
    'Vínculos con objetivos más elevados de la Institución',
    'Links to higher institutional objectives',
  ),
  section('factores', 'Factores diferenciadores', 'Differentiating factors'),
  section('sostenibilidad', 'Sostenibilidad', 'Sustainability'),
];

/**
 * The lesson ficha. A lesson not learned has no evidence of change, and the printed
 * catalogue leaves its assessment rows blank, so for it only the description is required.
 */
const lessonSections = (assessed: boolean): readonly SectionSpec[] => [
  section('hallazgo', 'Hallazgo', 'Finding'),
  section('descripcion', 'Descripción de la lección', 'Description of the lesson'),
  section(
    'contexto',
    'Contexto y condiciones previas relacionadas',
    'Context and prior conditions',
  ),
  section('metas', 'Metas del proyecto', 'Project goals'),
  section('beneficiarios', 'Beneficiarios', 'Beneficiaries'),
  section('exito', 'Éxito / cuestiones positivas', 'Success / positive issues'),
  section('desafios', 'Desafíos, dificultades, problemas', 'Challenges, difficulties, problems'),
  section('factores', 'Factores diferenciadores', 'Differentiating factors', assessed),
  section('efectividad', 'Efectividad', 'Effectiveness', assessed),
  section('importante', 'Importante', 'Important', assessed),
  section('util', 'Útil', 'Useful', assessed),
  section('equitativo', 'Equitativo', 'Equitable', assessed),
  section('economico', 'Económico', 'Economical', assessed),
];

const repositoryPracticeSections: readonly SectionSpec[] = [
  section('resumen', 'Resumen', 'Summary'),
  section('beneficio', 'Beneficio e impacto', 'Benefit and impact'),
  section('lecciones', 'Lecciones clave', 'Key lessons'),
  section('recomendaciones', 'Recomendaciones para la réplica', 'Recommendations for replication'),
  section('innovacion', 'Innovación', 'Innovation', false),
  section('revision', 'Comentarios de los revisores', "Peer reviewers' comments", false),
];

/** The sections each kind of practice knows, in display order. */
export const sectionsByKind: Readonly<Record<PracticeKind, readonly SectionSpec[]>> = {
  'buena-practica': goodPracticeSections,
  'leccion-aprendida': lessonSections(true),
  'leccion-no-aprendida': lessonSections(false),
  practica: repositoryPracticeSections,
};
