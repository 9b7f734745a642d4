/** Wires the content folders to their schemas; nothing else belongs here. */
import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { areaSchema } from './schemas/area.ts';
import { catalogueSchema } from './schemas/catalogue.ts';
import { pageSchema } from './schemas/page.ts';
import { practiceSchema } from './schemas/practice.ts';
import {
  defaultContentDir,
  loadCatalogueSettings,
  withBuildHostDefaults,
} from './lib/catalogue-settings.ts';
import { checkedCollection } from './lib/content-loader.ts';

/** The content folder; tests and benchmarks point the build at another one. */
const contentDir = defaultContentDir();

// Each collection holds what the content checker accepted, read as it read it.
const practices = defineCollection({
  loader: checkedCollection('practices', contentDir),
  schema: practiceSchema,
});

const areas = defineCollection({
  loader: checkedCollection('areas', contentDir),
  schema: areaSchema,
});

const pages = defineCollection({
  loader: checkedCollection('pages', contentDir),
  schema: pageSchema,
});

const catalogue = defineCollection({
  // A single entry; the loader's `id` is not a setting, so the schema allows just that one extra key.
  loader: async () => [
    { id: 'catalogue', ...withBuildHostDefaults(await loadCatalogueSettings(contentDir)) },
  ],
  schema: catalogueSchema.extend({ id: z.literal('catalogue') }),
});

export const collections = { practices, areas, pages, catalogue };
