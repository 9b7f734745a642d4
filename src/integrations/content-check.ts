/**
 * In `npm run dev`, runs the content checker at start and after every content edit, so an
 * editor sees the same messages as `npm run check` (file, line, field, hint) instead of
 * Astro's own schema errors alone.
 */
import path from 'node:path';
import type { AstroIntegration } from 'astro';
import { checkContent } from '../../scripts/lib/check/index.ts';
import { defaultContentDir } from '../lib/catalogue-settings.ts';
import { formatReport, messageLanguage } from '../../scripts/lib/check/report.ts';

export function contentCheck(): AstroIntegration {
  return {
    name: 'practices-catalogue:content-check',
    hooks: {
      'astro:server:setup': ({ server, logger }) => {
        const contentDir = path.resolve(defaultContentDir());
        const lang = messageLanguage(process.argv, process.env);
        const run = async () => {
          const { problems } = await checkContent(contentDir);
          if (problems.length === 0)
            logger.info(lang === 'es' ? 'Contenido correcto.' : 'Content OK.');
          else logger.warn(`\n${formatReport(problems, lang, false)}`);
        };
        void run();
        // An editor's save can fire several events; check once per burst.
        let pending: NodeJS.Timeout | undefined;
        server.watcher.on('all', (_event, file) => {
          if (!path.resolve(file).startsWith(contentDir)) return;
          clearTimeout(pending);
          pending = setTimeout(() => void run(), 200);
        });
      },
    },
  };
}
