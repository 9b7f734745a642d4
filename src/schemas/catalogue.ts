/** Catalogue-wide settings: the single file `content/catalogue.yaml`. */
import { z } from 'astro/zod';
import { languageSchema } from './vocabularies.ts';

export const catalogueSchema = z.strictObject({
  /** Catalogue title, as on the cover. */
  title: z.string().trim().min(1),
  /** Short title for running heads and browser tabs. Default: the title. */
  shortTitle: z.string().trim().min(1).optional(),
  /** Subtitle, as on the cover. Optional. */
  subtitle: z.string().trim().min(1).optional(),
  /** Publishing organisation, e.g. "OIM Ecuador". */
  organisation: z.string().trim().min(1),
  /** Edition year. */
  edition: z.number().int().min(1900).max(2100),
  /** Languages of the catalogue; the first is the default. Default: `[es]`. */
  languages: z.array(languageSchema).min(1).default(['es']),
  /** Public address of the website, e.g. https://example.org/catalogo/. */
  siteUrl: z.url({ protocol: /^https?$/ }),
  /**
   * Address of the source repository on GitHub, e.g. https://github.com/oim-ecuador/catalogo: the
   * "edit this page" and "Proponer una práctica" links and the browser editor (/admin/) use it.
   * Optional. Default: in GitHub Actions, the repository being built; elsewhere, none (no links).
   */
  repositoryUrl: z.url({ protocol: /^https?$/ }).optional(),
  /**
   * Address of the OAuth proxy that signs editors in to the browser editor (/admin/) with
   * GitHub on a static host such as GitHub Pages, e.g. https://catalogo-auth.example.workers.dev;
   * the editor opens `<address>/auth`. Optional: without it, sign-in goes through Netlify, which
   * works only for sites hosted there (see docs/editor-guide.md).
   */
  cmsAuthUrl: z.url({ protocol: /^https$/ }).optional(),
  /** Paper size of the PDF: `A4` or `Letter`. Default: `A4`. */
  paperSize: z.enum(['A4', 'Letter']).default('A4'),
  /** File name of the whole-catalogue PDF in the site root. Default: `catalogue.pdf`. */
  pdfFileName: z
    .string()
    .regex(/^[A-Za-z0-9._-]+\.pdf$/, 'a file name ending in .pdf')
    .default('catalogue.pdf'),
});
export type Catalogue = z.infer<typeof catalogueSchema>;
