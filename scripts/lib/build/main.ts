/**
 * The build itself, as `npm run build` runs it (in a child of scripts/build.ts): reads the
 * options, builds, and says what it built or, in one message, why it did not.
 */
import { existsSync } from 'node:fs';
import { BuildError } from './build-error.ts';
import { exitOnSignals } from './interrupt.ts';
import { outLabel, parseBuildOptions, type BuildOptions } from './options.ts';
import { describeFailure } from './report-failure.ts';
import { runBuild } from './run-build.ts';
import { reportFinished, unrefSupervisorChannel } from './supervise.ts';
import { formatReport, inGitHubActions, messageLanguage } from '../../../src/lib/check/report.ts';

unrefSupervisorChannel();
const debug = process.argv.includes('--debug');
const lang = messageLanguage(process.argv, process.env);
const started = performance.now();
let options: BuildOptions | undefined;

function fail(error: unknown): void {
  console.error(`\n${describeFailure(error, { debug })}`);
  const unchanged = !(error instanceof BuildError) || error.outputUnchanged;
  if (options && unchanged && existsSync(options.outDir))
    console.error(`${outLabel(options)} is unchanged.`);
  process.exitCode = 1;
}

exitOnSignals((signal) => {
  const out = options ? outLabel(options) : 'the output folder';
  console.error(
    `\nBuild interrupted (${signal}): its temporary folder and lock are removed; ${out} is as the last finished build left it.`,
  );
});
// A library that fails outside the promise it returned (Pagefind's service, Chromium's pipe)
// still ends in one message; the exit removes the temporary folder and the lock.
for (const event of ['uncaughtException', 'unhandledRejection'] as const) {
  process.on(event, (error) => {
    fail(error);
    reportFinished(1);
    process.exit(1);
  });
}

try {
  options = parseBuildOptions(process.argv);
  console.log('Building the catalogue:');
  const result = await runBuild(options);
  if (!result.ok) {
    console.error(
      `\n${formatReport(result.problems, lang, { annotations: inGitHubActions(process.env), practices: result.practices })}`,
    );
    console.error(`\nNothing was built; ${outLabel(options)} is unchanged.`);
    process.exitCode = 1;
  } else {
    for (const warning of result.warnings) console.warn(`Warning: ${warning}`);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const pdf = result.pdfPages === undefined ? 'no PDF' : `a PDF of ${result.pdfPages} pages`;
    console.log(
      `\nBuilt ${result.practices} practices (${result.searchRecords} in the search index) and ${pdf} into ${outLabel(options)} in ${seconds} s.`,
    );
    if (result.preview) {
      console.log(
        `This is a preview: ${result.drafts} draft(s) included and marked as drafts. Do not publish ${outLabel(options)}.`,
      );
    } else if (result.drafts > 0) {
      console.log(`${result.drafts} draft(s) checked but not published.`);
    }
  }
} catch (error) {
  fail(error);
}
reportFinished(Number(process.exitCode ?? 0));
