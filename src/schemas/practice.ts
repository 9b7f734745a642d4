/**
 * A practice: one Markdown/MDX file in `content/practices/<area>/<code>.md`.
 * Short typed metadata lives in the frontmatter (this schema); the long narrative
 * lives in the body as `## Section` headings (see `sections.ts`).
 */
import { z } from 'astro/zod';
import { isoDateSchema } from './date.ts';
import { catalogueKindPrefixes, type PracticeKind } from './practice-kinds.ts';
import {
  gcmObjectiveNumberSchema,
  gcmPrincipleKeySchema,
  languageSchema,
  sdgNumberSchema,
  type Language,
} from './vocabularies.ts';

/** Written where a number does not apply ("No aplica" in the printed fichas). */
export const NOT_APPLICABLE = 'no-aplica';
/** Written where the ficha says the number was not recorded ("No registra"). */
export const NOT_RECORDED = 'no-registra';
const noNumber = z.enum([NOT_APPLICABLE, NOT_RECORDED]);

/** An area code: two to four capital letters, e.g. `AH`, `ISE`. It must name a file in `content/areas/`. */
export const areaCodeSchema = z.string().regex(/^[A-Z]{2,4}$/, 'an area code in capitals, e.g. AH');

/** Where an entry stands in peer review. */
export const reviewStatuses = [
  'pendiente',
  'en-revision',
  'cambios-solicitados',
  'aprobada',
] as const;

/** Fields every kind of practice has. */
const sharedFields = {
  /**
   * Unique identifier; the page URL is derived from it (`/practicas/bp1_ah/`), so it must not change.
   * Catalogue kinds use `BP<n>_<AREA>`, `LA<n>_<AREA>`, `LN<n>_<AREA>`. A `practica` should use
   * `PR<n>_<AREA>` (`npm run new` picks the next free number) but may use any letters, digits,
   * `_` and `-`, e.g. an acronym such as `R4V_PLATFORM`.
   */
  code: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_-]*$/, 'letters, digits, _ or -'),
  /** The practice's statement or title, as printed at the top of its ficha. */
  title: z.string().trim().min(1),
  /**
   * Shorter wording used in listings and area summary tables when it differs from `title`.
   * Optional. Without it, the list of every practice (/explorar/) cuts a statement longer than
   * 110 characters at its last whole word.
   */
  summary: z.string().trim().min(1).optional(),
  /** Code of the thematic area (a file in `content/areas/`), e.g. `AH`. */
  area: areaCodeSchema,
  /** Keywords ("Palabras clave"), as printed. Default: none. */
  keywords: z.array(z.string().trim().min(1)).default([]),
  /** GCM objectives the practice contributes to most directly (numbers 1–23). Default: none. */
  gcmObjectives: z.array(gcmObjectiveNumberSchema).default([]),
  /** GCM objectives the practice also touches (numbers 1–23). Default: none. */
  gcmSecondaryObjectives: z.array(gcmObjectiveNumberSchema).default([]),
  /** GCM guiding principles the practice exemplifies (letters a–j). Default: none. */
  gcmPrinciples: z.array(gcmPrincipleKeySchema).default([]),
  /** Sustainable Development Goals (numbers 1–17). Default: none. */
  sdgs: z.array(sdgNumberSchema).default([]),
  /** Language the entry is written in: `es` or `en`. Default: `es`. */
  lang: languageSchema.default('es'),
  /**
   * A draft is checked and shown in previews (`npm run dev`, preview builds) but never published
   * on the site nor printed. Default: `false`.
   */
  draft: z.boolean().default(false),
  /** Peer review of the entry, shown in previews only. Optional. */
  review: z
    .strictObject({
      /** Names of the reviewers. Default: none. */
      reviewers: z.array(z.string().trim().min(1)).default([]),
      /** Date of the review (YYYY-MM-DD). Optional. */
      date: isoDateSchema.optional(),
      /** `pendiente`, `en-revision`, `cambios-solicitados` or `aprobada`. Default: `pendiente`. */
      status: z.enum(reviewStatuses).default('pendiente'),
    })
    .optional(),
  /** Numbered factsheet series the entry belongs to, e.g. Knowledge Bites #10. Optional. */
  series: z
    .object({
      /** Name of the series. */
      name: z.string().trim().min(1),
      /** Position in the series, from 1. */
      number: z.number().int().positive(),
    })
    .optional(),
  /** Codes of related practices; each must exist. Default: none. */
  related: z.array(z.string()).default([]),
  /** Date the entry was added to the catalogue (YYYY-MM-DD). Optional. */
  added: isoDateSchema.optional(),
  /** Date of the last substantive update (YYYY-MM-DD). Optional. */
  updated: isoDateSchema.optional(),
};

/** The language an entry is taken to be in when its `lang` does not say. */
export const defaultEntryLanguage: Language = sharedFields.lang.parse(undefined);

/**
 * The language of an entry whose front matter has `lang: value`: the default when there is
 * none, undefined when it names no language the catalogue has (the content check reports that).
 */
export const entryLanguage = (value: unknown): Language | undefined =>
  sharedFields.lang.safeParse(value).data;

/** Fields of the catalogue's fichas (good practices and lessons). */
const fichaFields = {
  /** Territories where it was applied ("Territorio"), e.g. `[Quito, Tulcán]`. Default: none. */
  territories: z.array(z.string().trim().min(1)).default([]),
  /** Actors involved ("Actores involucrados": NGO, government, business), as written. Optional: some fichas lack it. */
  actors: z.string().trim().min(1).optional(),
};

/** A good practice ("buena práctica") ficha. */
export const goodPracticeSchema = z.strictObject({
  /** Kind of entry: `buena-practica`. */
  kind: z.literal('buena-practica'),
  ...sharedFields,
  ...fichaFields,
  /** Population assisted ("# de población asistida"): a whole number, `no-aplica` or `no-registra`. */
  population: z.union([z.number().int().nonnegative(), noNumber]),
  /** Type of assistance ("Tipo de asistencia"), as written. */
  assistanceType: z.string().trim().min(1),
  /** Approximate budget ("Presupuesto aproximado"): `{ amount, currency }`, `no-aplica` or `no-registra`. */
  budget: z.union([
    z.strictObject({
      /** Amount, a number without thousands separators. */
      amount: z.number().nonnegative(),
      /** ISO 4217 currency code, e.g. `USD`. */
      currency: z.string().regex(/^[A-Z]{3}$/, 'a three-letter currency code, e.g. USD'),
    }),
    noNumber,
  ]),
  /** Sustainability level ("Sostenibilidad"): `Alta`, `Media` or `Baja`; the justification is the body section. */
  sustainability: z.enum(['Alta', 'Media', 'Baja']),
});

/** A criterion's verdict in a lesson ficha. */
export const verdictSchema = z.enum(['si', 'no', 'medianamente', 'no-determinable']);

/** Fields of both kinds of lesson ficha. */
const lessonFields = {
  ...sharedFields,
  ...fichaFields,
  /** Lesson type ("Tipo de lección"): `positiva` or `negativa`. */
  lessonType: z.enum(['positiva', 'negativa']),
};

/** Verdicts of the four IOM (2020) criteria; each justification is the body section of the same name. */
const criteriaSchema = z.strictObject({
  /** IMPORTANTE: `si`, `no`, `medianamente` or `no-determinable`. */
  importante: verdictSchema,
  /** ÚTIL. */
  util: verdictSchema,
  /** EQUITATIVO. */
  equitativo: verdictSchema,
  /** ECONÓMICO. */
  economico: verdictSchema,
});

/** A learned lesson ("lección aprendida") ficha. */
export const learnedLessonSchema = z.strictObject({
  /** Kind of entry: `leccion-aprendida`. */
  kind: z.literal('leccion-aprendida'),
  ...lessonFields,
  /** Verdicts of the four criteria (`si`, `no`, `medianamente`, `no-determinable`); justifications go in the body. */
  criteria: criteriaSchema,
});

/** A lesson not learned ("lección no aprendida") ficha. */
export const unlearnedLessonSchema = z.strictObject({
  /** Kind of entry: `leccion-no-aprendida`. */
  kind: z.literal('leccion-no-aprendida'),
  ...lessonFields,
  /** Verdicts of the four criteria, when the ficha has them. Optional for lessons not learned. */
  criteria: criteriaSchema.optional(),
});

/** A year, from 1900 to 2100. */
const yearSchema = z.number().int().min(1900).max(2100);

/** Free text the source may leave blank: leave the field out, or write `no-registra` to say so. */
const sourceText = z.string().trim().min(1);

/** An organisation: its short name, or `{ name, fullName }` when the source gives both. */
const organisationSchema = z.union([
  sourceText,
  z.strictObject({
    /** Short name or acronym as the source gives it, e.g. `IOM`. */
    name: sourceText,
    /** Full name ("Detailed information" in the repository), e.g. `International Organization for Migration`. Optional. */
    fullName: sourceText.optional(),
  }),
]);

/** What kind of thing an additional resource is. */
export const resourceTypes = ['document', 'website', 'video', 'media'] as const;

/**
 * A practice as published in the UN Network on Migration's Repository of Practices. Real
 * entries leave fields blank: every fact the source may omit is optional, and may say
 * `no-registra` ("not recorded"), so an editor never has to invent a value; the page then
 * shows "No registra". Codes follow `PR<n>_<AREA>` (see `code`).
 */
export const repositoryPracticeSchema = z.strictObject({
  /** Kind of entry: `practica`. */
  kind: z.literal('practica'),
  ...sharedFields,
  /** Year the practice started, or `no-registra` when the source does not say. Optional. */
  startYear: z.union([yearSchema, z.literal(NOT_RECORDED)]).optional(),
  /** Year it ended, `en-curso` while ongoing, or `no-registra` when the source does not say. Optional. */
  endYear: z.union([yearSchema, z.enum(['en-curso', NOT_RECORDED])]).optional(),
  /** Type of practice, e.g. "Partnership/Multistakeholder initiative", or `no-registra`. Optional. */
  practiceType: sourceText.optional(),
  /** Where it applies. Each list defaults to empty; an empty scope shows as "No registra". */
  geographicScope: z
    .strictObject({
      /** Countries, by name. */
      countries: z.array(sourceText).default([]),
      /** Regions, e.g. Americas. */
      regions: z.array(sourceText).default([]),
      /** Sub-regions, e.g. South America. */
      subRegions: z.array(sourceText).default([]),
      /** Local places: cities, provinces. */
      local: z.array(sourceText).default([]),
    })
    .default({ countries: [], regions: [], subRegions: [], local: [] }),
  /**
   * Main implementing organisations: `[IOM, UNHCR]`, or `{ name: IOM, fullName: International
   * Organization for Migration }` when the full name is known. Default: none (shown as "No registra").
   */
  implementingOrganisations: z.array(organisationSchema).default([]),
  /** Partner and donor organisations, written as `implementingOrganisations`. Default: none. */
  partnerOrganisations: z.array(organisationSchema).default([]),
  /** Additional resources: documents, websites, videos and other media. Default: none. */
  resources: z
    .array(
      z.strictObject({
        /** What the resource is, as its title. */
        title: sourceText,
        /** `document`, `website`, `video` or `media`. Optional. */
        type: z.enum(resourceTypes).optional(),
        /** Full address, starting with https:// or http://. Optional: some media have none. */
        url: z.url({ protocol: /^https?$/ }).optional(),
      }),
    )
    .default([]),
  /**
   * Related practices outside this catalogue, named by title as the repository does, with their
   * address when known; related practices inside the catalogue go in `related`, by code. Default: none.
   */
  relatedOutside: z
    .array(
      z.strictObject({
        /** Title of the related practice, as the source names it. */
        title: sourceText,
        /** Its address, starting with https:// or http://. Optional. */
        url: z.url({ protocol: /^https?$/ }).optional(),
      }),
    )
    .default([]),
  /** Date the practice was submitted to the repository (YYYY-MM-DD). Optional. */
  submitted: isoDateSchema.optional(),
});

/** Code prefix of repository practices: `PR1_GN` is repository practice 1 of area GN. */
export const REPOSITORY_CODE_PREFIX = 'PR';

/** Any practice, told apart by its literal `kind`, before cross-field rules. */
export const practiceShapeSchema = z.discriminatedUnion('kind', [
  goodPracticeSchema,
  learnedLessonSchema,
  unlearnedLessonSchema,
  repositoryPracticeSchema,
]);

/** Any practice, with its code consistent with its kind and area. */
export const practiceSchema = practiceShapeSchema.superRefine((practice, ctx) => {
  const mismatch = codeMismatch(practice.kind, practice.code, practice.area);
  if (mismatch) {
    ctx.addIssue({
      code: 'custom',
      path: ['code'],
      message: describeCodeMismatch(mismatch),
      input: practice.code,
    });
  }
});

export type Practice = z.infer<typeof practiceSchema>;
export type GoodPractice = z.infer<typeof goodPracticeSchema>;
export type LearnedLesson = z.infer<typeof learnedLessonSchema>;
export type UnlearnedLesson = z.infer<typeof unlearnedLessonSchema>;
export type Lesson = LearnedLesson | UnlearnedLesson;
export type RepositoryPractice = z.infer<typeof repositoryPracticeSchema>;
export type Verdict = z.infer<typeof verdictSchema>;
export type Organisation = z.infer<typeof organisationSchema>;
export type ResourceType = (typeof resourceTypes)[number];

export const isGoodPractice = (p: Practice): p is GoodPractice => p.kind === 'buena-practica';
export const isLesson = (p: Practice): p is Lesson =>
  p.kind === 'leccion-aprendida' || p.kind === 'leccion-no-aprendida';
export const isRepositoryPractice = (p: Practice): p is RepositoryPractice => p.kind === 'practica';

export type CodeMismatch =
  | { readonly reason: 'pattern'; readonly expected: string }
  | { readonly reason: 'kind'; readonly prefix: string }
  | { readonly reason: 'area' };

/**
 * Catalogue codes carry their kind and area (`BP1_AH` is good practice 1 of area AH), so a
 * mismatch usually means a file was copied and not fully edited.
 */
export function codeMismatch(
  kind: PracticeKind,
  code: string,
  area: string,
): CodeMismatch | undefined {
  if (kind === 'practica') return undefined;
  const prefix = catalogueKindPrefixes[kind];
  const match = /^([A-Z]{2})\d+_([A-Z]{2,4})$/.exec(code);
  if (!match) return { reason: 'pattern', expected: `${prefix}<n>_${area}` };
  if (match[1] !== prefix) return { reason: 'kind', prefix };
  if (match[2] !== area) return { reason: 'area' };
  return undefined;
}

function describeCodeMismatch(mismatch: CodeMismatch): string {
  switch (mismatch.reason) {
    case 'pattern':
      return `does not follow ${mismatch.expected}`;
    case 'kind':
      return `does not match the kind, whose codes start with ${mismatch.prefix}`;
    case 'area':
      return 'does not match the area';
  }
}
