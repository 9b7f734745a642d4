/** Wires the content folders to their schemas; nothing else belongs here. */
import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { glob } from 'astro/loaders';
import { areaSchema } from './schemas/area.ts';
import { catalogueSchema } from './schemas/catalogue.ts';
import { pageSchema } from './schemas/page.ts';
import { practiceSchema, practiceSlug } from './schemas/practice.ts';
import { defaultContentDir, loadCatalogueSettings } from './lib/catalogue-settings.ts';

/** The content folder; tests and benchmarks point the build at another one. */
const contentDir = defaultContentDir();

const practices = defineCollection({
  loader: glob({
    pattern: '**/*.{md,mdx}',
    base: `${contentDir}/practices`,
    // The id is the code's slug, so each page's URL comes from its code, not its file name.
    generateId: ({ entry, data }) =>
      typeof data['code'] === 'string' ? practiceSlug(data['code']) : entry,
  }),
  schema: practiceSchema,
});

const areas = defineCollection({
  loader: glob({ pattern: '*.md', base: `${contentDir}/areas` }),
  schema: areaSchema,
});

const pages = defineCollection({
  loader: glob({ pattern: '*.{md,mdx}', base: `${contentDir}/pages` }),
  schema: pageSchema,
});

const catalogue = defineCollection({
  // A single entry; the loader's `id` is not a setting, so the schema allows just that one extra key.
  loader: async () => [{ id: 'catalogue', ...(await loadCatalogueSettings(contentDir)) }],
  schema: catalogueSchema.extend({ id: z.literal('catalogue') }),
});

export const collections = { practices, areas, pages, catalogue };
