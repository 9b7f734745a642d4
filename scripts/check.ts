/**
 * `npm run check`: validates all content without a browser. Exit code 1 when there is any error.
 * `-- --lang en` for English messages, `-- --format json` for a machine-readable report.
 */
import { contentDirOption } from './lib/build/options.ts';
import { checkContent } from '../src/lib/check/index.ts';
import { errorsOf } from '../src/lib/check/problem.ts';
import {
  formatJsonReport,
  formatReport,
  inGitHubActions,
  messageLanguage,
  reportFormat,
} from '../src/lib/check/report.ts';

const started = performance.now();
const lang = messageLanguage(process.argv, process.env);
const result = await checkContent(contentDirOption(process.argv));
const seconds = ((performance.now() - started) / 1000).toFixed(2);
const failed = errorsOf(result.problems).length > 0;

if (reportFormat(process.argv) === 'json') {
  console.log(formatJsonReport(result.problems, lang, { practices: result.practices.length }));
  if (failed) process.exitCode = 1;
} else {
  printText();
}

function printText() {
  const report = formatReport(result.problems, lang, {
    annotations: inGitHubActions(process.env),
    practices: result.practices.length,
  });
  if (failed) {
    console.error(report);
    process.exitCode = 1;
  } else {
    console.log(`${report} (${seconds} s)`);
  }
}
