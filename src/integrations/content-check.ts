/**
 * In `npm run dev`, runs the content checker at start and after every content edit, so an
 * editor sees the same messages as `npm run check` (file, line, field, hint) instead of
 * Astro's own schema errors alone.
 */
import path from 'node:path';
import type { AstroIntegration } from 'astro';
import { checkedContent } from '../lib/check/checked-content.ts';
import { defaultContentDir } from '../lib/catalogue-settings.ts';
import { formatReport, messageLanguage } from '../lib/check/report.ts';

export function contentCheck(): AstroIntegration {
  return {
    name: 'practices-catalogue:content-check',
    hooks: {
      'astro:server:setup': ({ server, logger }) => {
        const contentDir = path.resolve(defaultContentDir());
        const lang = messageLanguage(process.argv, process.env);
        const run = async () => {
          const { problems, practices } = await checkedContent(contentDir, process.cwd());
          const report = formatReport(problems, lang, { practices: practices.length });
          if (problems.length === 0) logger.info(report);
          else logger.warn(`\n${report}`);
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
