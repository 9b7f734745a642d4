/**
 * A published practice as the open data gives it: every frontmatter field as the schema
 * read it, plus where it lives, its area's name and its Markdown narrative.
 */
import { z } from 'astro/zod';
import type { Area } from '../../schemas/area.ts';
import type { Catalogue } from '../../schemas/catalogue.ts';
import {
  goodPracticeSchema,
  learnedLessonSchema,
  repositoryPracticeSchema,
  unlearnedLessonSchema,
  type Practice,
} from '../../schemas/practice.ts';
import { absoluteUrl, homeUrl, practiceUrl } from '../routes.ts';

/** What the open data adds to a practice's own fields. */
const publishedFields = {
  /** Full address of the practice's page. */
  url: z.url(),
  /** Name of the practice's area, in the practice's language. */
  areaName: z.string().min(1),
  /** The narrative: the Markdown body, with its `## Section` headings. */
  body: z.string(),
};

/** One entry of practices.json, per kind. */
export const publishedPracticeSchema = z.discriminatedUnion('kind', [
  goodPracticeSchema.extend(publishedFields),
  learnedLessonSchema.extend(publishedFields),
  unlearnedLessonSchema.extend(publishedFields),
  repositoryPracticeSchema.extend(publishedFields),
]);
export type PublishedPractice = z.infer<typeof publishedPracticeSchema>;

/** The whole of practices.json: the catalogue it comes from, then every published practice. */
export const openDataDocumentSchema = z.strictObject({
  /** Address of this document's JSON Schema. */
  $schema: z.url(),
  /** Catalogue title. */
  title: z.string().min(1),
  /** Publishing organisation. */
  organisation: z.string().min(1),
  /** Edition year. */
  edition: z.number().int(),
  /** Address of the website. */
  url: z.url(),
  /** Every published practice, in catalogue order. */
  practices: z.array(publishedPracticeSchema),
});
export type OpenDataDocument = z.infer<typeof openDataDocumentSchema>;

export interface PracticeSource {
  readonly data: Practice;
  /** Markdown body, without the frontmatter. */
  readonly body: string;
}

/** The open-data entry of one published practice. */
export function publishedPractice(
  source: PracticeSource,
  area: Pick<Area, 'name'>,
  settings: Pick<Catalogue, 'siteUrl'>,
): PublishedPractice {
  const practice = source.data;
  return {
    ...practice,
    url: absoluteUrl(settings.siteUrl, practiceUrl(practice.code)),
    areaName: area.name[practice.lang],
    body: source.body.trim(),
  };
}

/** practices.json for `practices` (published ones only: drafts never leave the build). */
export function openDataDocument(
  practices: readonly PracticeSource[],
  areas: readonly Pick<Area, 'code' | 'name'>[],
  settings: Pick<Catalogue, 'siteUrl' | 'title' | 'organisation' | 'edition'>,
  schemaUrl: string,
): OpenDataDocument {
  const byCode = new Map(areas.map((area) => [area.code, area]));
  return {
    $schema: absoluteUrl(settings.siteUrl, schemaUrl),
    title: settings.title,
    organisation: settings.organisation,
    edition: settings.edition,
    url: absoluteUrl(settings.siteUrl, homeUrl()),
    practices: practices
      .filter((source) => !source.data.draft)
      .map((source) => {
        const area = byCode.get(source.data.area);
        if (!area)
          throw new Error(`${source.data.code}: area '${source.data.area}' does not exist`);
        return publishedPractice(source, area, settings);
      }),
  };
}
