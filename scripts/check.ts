/** `npm run check`: validates all content without a browser. Exit code 1 when anything is wrong. */
import { contentDirOption } from './lib/build/options.ts';
import { checkContent } from './lib/check/index.ts';
import { formatReport, messageLanguage } from './lib/check/report.ts';

const started = performance.now();
const lang = messageLanguage(process.argv, process.env);
const result = await checkContent(contentDirOption(process.argv));
const seconds = ((performance.now() - started) / 1000).toFixed(2);

if (result.problems.length > 0) {
  console.error(formatReport(result.problems, lang, process.env['GITHUB_ACTIONS'] === 'true'));
  process.exitCode = 1;
} else {
  const ok =
    lang === 'es'
      ? `Contenido correcto: ${result.practices.length} prácticas revisadas en ${seconds} s.`
      : `Content OK: ${result.practices.length} practices checked in ${seconds} s.`;
  console.log(ok);
}
