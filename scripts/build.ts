/** `npm run build`: the whole catalogue, website and PDF, into dist/ — or nothing changes. */
import { BuildError } from './lib/build/build-error.ts';
import { parseBuildOptions, relativeOut } from './lib/build/options.ts';
import { runBuild } from './lib/build/run-build.ts';
import { formatReport, inGitHubActions, messageLanguage } from '../src/lib/check/report.ts';

const options = parseBuildOptions(process.argv);
const lang = messageLanguage(process.argv, process.env);
const started = performance.now();
console.log('Building the catalogue:');

try {
  const result = await runBuild(options);
  if (!result.ok) {
    console.error(
      `\n${formatReport(result.problems, lang, { annotations: inGitHubActions(process.env), practices: result.practices })}`,
    );
    console.error(`\nNothing was built; ${relativeOut(options)}/ is unchanged.`);
    process.exitCode = 1;
  } else {
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const pdf = result.pdfPages === undefined ? 'no PDF' : `a PDF of ${result.pdfPages} pages`;
    console.log(
      `\nBuilt ${result.practices} practices (${result.searchRecords} in the search index) and ${pdf} into ${relativeOut(options)}/ in ${seconds} s.`,
    );
    if (result.drafts > 0) console.log(`${result.drafts} draft(s) checked but not published.`);
  }
} catch (error) {
  if (!(error instanceof BuildError)) throw error;
  console.error(`\nBuild failed: ${error.message}\n${relativeOut(options)}/ is unchanged.`);
  process.exitCode = 1;
}
