/**
 * The 23 objectives of the Global Compact for Safe, Orderly and Regular Migration (GCM): the
 * official titles (A/RES/73/195, annex, para. 16) and the short labels of the Migration Network Hub.
 *
 * Verified against (line-by-line status in /work/notes/vocabularies.md):
 * - English titles: General Assembly resolution A/RES/73/195, "Global Compact for Safe, Orderly and
 *   Regular Migration" (English text, list in para. 16 and the objective headings), and the
 *   objective pages of the UN Network on Migration's Migration Network Hub, which quote it.
 * - Spanish titles: A/RES/73/195, "Pacto Mundial para la Migración Segura, Ordenada y Regular", as
 *   quoted on the Spanish objective pages of the Migration Network Hub, in the Spanish edition of
 *   UN Women's gender-responsive policy guide to the GCM and on IOM's objective pages (Latin America
 *   and the Caribbean); cross-checked against the "Relación con el Pacto Mundial" blocks of the IOM
 *   Ecuador catalogue of lessons learned and good practices. Objectives 15 to 18 were checked only
 *   against that IOM catalogue (see the notes).
 * - Short labels: the objective facets of the Migration Network Hub, English and Spanish.
 */

/** The 23 objectives of the Global Compact for Safe, Orderly and Regular Migration (A/RES/73/195, para. 16). */
export interface GcmObjective {
  /** Objective number, 1–23. */
  readonly number: number;
  /** Official title as in the resolution, per language. */
  readonly title: { readonly es: string; readonly en: string };
  /** Short label used by the Migration Network Hub facets, per language. */
  readonly short: { readonly es: string; readonly en: string };
}

/** The 23 GCM objectives, in the order of A/RES/73/195, para. 16. */
export const gcmObjectives = [
  {
    number: 1,
    title: {
      es: 'Recopilar y utilizar datos exactos y desglosados para formular políticas con base empírica',
      en: 'Collect and utilize accurate and disaggregated data as a basis for evidence-based policies',
    },
    short: { es: 'Datos', en: 'Data' },
  },
  {
    number: 2,
    title: {
      es: 'Minimizar los factores adversos y estructurales que obligan a las personas a abandonar su país de origen',
      en: 'Minimize the adverse drivers and structural factors that compel people to leave their country of origin',
    },
    short: { es: 'Minimizar factores adversos', en: 'Minimize adverse drivers' },
  },
  {
    number: 3,
    title: {
      es: 'Proporcionar información exacta y oportuna en todas las etapas de la migración',
      en: 'Provide accurate and timely information at all stages of migration',
    },
    short: { es: 'Proporcionar información', en: 'Information provision' },
  },
  {
    number: 4,
    title: {
      es: 'Velar por que todos los migrantes tengan pruebas de su identidad jurídica y documentación adecuada',
      en: 'Ensure that all migrants have proof of legal identity and adequate documentation',
    },
    short: { es: 'Identidad jurídica y documentación', en: 'Legal identity and documentation' },
  },
  {
    number: 5,
    title: {
      es: 'Aumentar la disponibilidad y flexibilidad de las vías de migración regular',
      en: 'Enhance availability and flexibility of pathways for regular migration',
    },
    short: { es: 'Vías de migración regular', en: 'Regular pathways' },
  },
  {
    number: 6,
    title: {
      es: 'Facilitar la contratación equitativa y ética y salvaguardar las condiciones que garantizan el trabajo decente',
      en: 'Facilitate fair and ethical recruitment and safeguard conditions that ensure decent work',
    },
    short: { es: 'Contratación y trabajo decente', en: 'Recruitment and decent work' },
  },
  {
    number: 7,
    title: {
      es: 'Abordar y reducir las vulnerabilidades en la migración',
      en: 'Address and reduce vulnerabilities in migration',
    },
    short: { es: 'Reducir vulnerabilidades', en: 'Reduce vulnerabilities' },
  },
  {
    number: 8,
    title: {
      es: 'Salvar vidas y emprender iniciativas internacionales coordinadas sobre los migrantes desaparecidos',
      en: 'Save lives and establish coordinated international efforts on missing migrants',
    },
    short: { es: 'Salvar vidas', en: 'Save lives' },
  },
  {
    number: 9,
    title: {
      es: 'Reforzar la respuesta transnacional al tráfico ilícito de migrantes',
      en: 'Strengthen the transnational response to smuggling of migrants',
    },
    short: { es: 'Combatir el tráfico de migrantes', en: 'Counter smuggling' },
  },
  {
    number: 10,
    title: {
      es: 'Prevenir, combatir y erradicar la trata de personas en el contexto de la migración internacional',
      en: 'Prevent, combat and eradicate trafficking in persons in the context of international migration',
    },
    short: { es: 'Erradicar la trata de personas', en: 'Eradicate trafficking' },
  },
  {
    number: 11,
    title: {
      es: 'Gestionar las fronteras de manera integrada, segura y coordinada',
      en: 'Manage borders in an integrated, secure and coordinated manner',
    },
    short: { es: 'Gestión de fronteras', en: 'Manage borders' },
  },
  {
    number: 12,
    title: {
      es: 'Aumentar la certidumbre y previsibilidad de los procedimientos migratorios para la adecuada verificación de antecedentes, evaluación y derivación',
      en: 'Strengthen certainty and predictability in migration procedures for appropriate screening, assessment and referral',
    },
    short: { es: 'Verificación de antecedentes y derivación', en: 'Screening and referral' },
  },
  {
    number: 13,
    title: {
      es: 'Utilizar la detención de migrantes solo como último recurso y buscar otras alternativas',
      en: 'Use migration detention only as a measure of last resort and work towards alternatives',
    },
    short: { es: 'Alternativas a la detención', en: 'Alternatives to detention' },
  },
  {
    number: 14,
    title: {
      es: 'Mejorar la protección, asistencia y cooperación consulares a lo largo de todo el ciclo migratorio',
      en: 'Enhance consular protection, assistance and cooperation throughout the migration cycle',
    },
    short: { es: 'Protección consular', en: 'Consular protection' },
  },
  {
    number: 15,
    title: {
      es: 'Proporcionar a los migrantes acceso a servicios básicos',
      en: 'Provide access to basic services for migrants',
    },
    short: { es: 'Acceso a los servicios básicos', en: 'Access to basic services' },
  },
  {
    number: 16,
    title: {
      es: 'Empoderar a los migrantes y las sociedades para lograr la plena inclusión y la cohesión social',
      en: 'Empower migrants and societies to realize full inclusion and social cohesion',
    },
    short: { es: 'Inclusión y cohesión social', en: 'Inclusion and social cohesion' },
  },
  {
    number: 17,
    title: {
      es: 'Eliminar todas las formas de discriminación y promover un discurso público con base empírica para modificar las percepciones de la migración',
      en: 'Eliminate all forms of discrimination and promote evidence-based public discourse to shape perceptions of migration',
    },
    short: { es: 'Eliminar la discriminación', en: 'Eliminate discrimination' },
  },
  {
    number: 18,
    title: {
      es: 'Invertir en el desarrollo de aptitudes y facilitar el reconocimiento mutuo de aptitudes, cualificaciones y competencias',
      en: 'Invest in skills development and facilitate mutual recognition of skills, qualifications and competences',
    },
    short: {
      es: 'Desarrollo y reconocimiento de competencias',
      en: 'Skills development and recognition',
    },
  },
  {
    number: 19,
    title: {
      es: 'Crear las condiciones necesarias para que los migrantes y las diásporas puedan contribuir plenamente al desarrollo sostenible en todos los países',
      en: 'Create conditions for migrants and diasporas to fully contribute to sustainable development in all countries',
    },
    short: {
      es: 'Contribución de migrantes y diásporas',
      en: 'Migrant and diaspora contributions',
    },
  },
  {
    number: 20,
    title: {
      es: 'Promover transferencias de remesas más rápidas, seguras y económicas y fomentar la inclusión financiera de los migrantes',
      en: 'Promote faster, safer and cheaper transfer of remittances and foster financial inclusion of migrants',
    },
    short: { es: 'Remesas', en: 'Remittances' },
  },
  {
    number: 21,
    title: {
      es: 'Colaborar para facilitar el regreso y la readmisión en condiciones de seguridad y dignidad, así como la reintegración sostenible',
      en: 'Cooperate in facilitating safe and dignified return and readmission, as well as sustainable reintegration',
    },
    short: { es: 'Retorno y reintegración dignos', en: 'Dignified return and reintegration' },
  },
  {
    number: 22,
    title: {
      es: 'Establecer mecanismos para la portabilidad de la seguridad social y las prestaciones adquiridas',
      en: 'Establish mechanisms for the portability of social security entitlements and earned benefits',
    },
    short: { es: 'Protección social', en: 'Social protection' },
  },
  {
    number: 23,
    title: {
      es: 'Fortalecer la cooperación internacional y las alianzas mundiales para la migración segura, ordenada y regular',
      en: 'Strengthen international cooperation and global partnerships for safe, orderly and regular migration',
    },
    short: { es: 'Cooperación internacional', en: 'International cooperation' },
  },
] as const satisfies readonly GcmObjective[];
