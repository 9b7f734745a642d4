// @ts-check
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { defineConfig } from 'astro/config';
import { loadCatalogueSettings } from './src/lib/catalogue-settings.ts';
import { contentCheck } from './src/integrations/content-check.ts';
import { sanitizeHtml } from './src/lib/markdown/sanitize.ts';

// A missing or broken settings file is reported by the content checker, not here.
/** @type {Record<string, unknown>} */
const settings = await loadCatalogueSettings().catch(() => ({}));
const siteUrl = settings['siteUrl'];

export default defineConfig({
  // The public address from content/catalogue.yaml, for absolute links (feeds, sitemaps, citations).
  ...(typeof siteUrl === 'string' ? { site: siteUrl } : {}),
  // The build script passes its own temporary outDir; this is the default for `astro build`.
  outDir: './dist',
  trailingSlash: 'always',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  markdown: {
    // Raw HTML is parsed into elements so that the sanitiser can see and clean it.
    processor: satteri({ features: { rawHtml: true }, hastPlugins: [sanitizeHtml] }),
  },
  integrations: [mdx(), contentCheck()],
  vite: {
    build: {
      rollupOptions: {
        // Astro's MDX output carries a "use astro:head-inject" directive the bundler warns about on every .mdx file.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
          warn(warning);
        },
      },
    },
  },
});
