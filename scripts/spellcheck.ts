/**
 * `npm run spellcheck`: warns of words of the content that neither the dictionary of their
 * entry's language nor the project word list knows, each with its file and line. Warnings,
 * like the checker's: a correct word the dictionary lacks must not stop anyone. In GitHub
 * Actions they are annotations on the pull request's diff. `-- --lang en` for English.
 */
import { contentDirOption } from './lib/build/options.ts';
import { spellingProblems } from './lib/spelling/spelling.ts';
import { messages } from '../src/lib/check/messages.ts';
import { formatProblems, inGitHubActions, messageLanguage } from '../src/lib/check/report.ts';

const lang = messageLanguage(process.argv, process.env);
const problems = await spellingProblems(contentDirOption(process.argv));
const lines = formatProblems(problems, lang, inGitHubActions(process.env));
const files = new Set(problems.map((problem) => problem.file)).size;
if (lines.length > 0) lines.push('');
lines.push(messages.spellingSummary(problems.length, files)[lang]);
console.log(lines.join('\n'));
