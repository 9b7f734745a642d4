/**
 * `npm run spellcheck`: warns of words of the content that neither the dictionary of their
 * entry's language nor the project word list knows, each with its file and line. Warnings,
 * like the checker's: a correct word the dictionary lacks must not stop anyone. In GitHub
 * Actions they are annotations on the pull request's diff. `-- --lang en` for English.
 */
import { contentDirOption } from './lib/build/options.ts';
import { spellingProblems } from './lib/spelling/spelling.ts';
import { messages } from '../src/lib/check/messages.ts';
import { formatAnnotation, formatProblem, sortProblems } from '../src/lib/check/problem.ts';
import { inGitHubActions, messageLanguage } from '../src/lib/check/report.ts';

const lang = messageLanguage(process.argv, process.env);
const problems = sortProblems(await spellingProblems(contentDirOption(process.argv)));
for (const problem of problems) console.log(formatProblem(problem, lang));
if (inGitHubActions(process.env)) {
  for (const problem of problems) console.log(formatAnnotation(problem, lang));
}
const files = new Set(problems.map((problem) => problem.file)).size;
console.log(
  `${problems.length > 0 ? '\n' : ''}${messages.spellingSummary(problems.length, files)[lang]}`,
);
