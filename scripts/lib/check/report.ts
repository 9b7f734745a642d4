/** Prints a check result for people (and, in GitHub Actions, as annotations on the diff). */
import {
  formatAnnotation,
  formatProblem,
  sortProblems,
  type MessageLanguage,
  type Problem,
} from './problem.ts';

const SUMMARY = {
  es: (problems: number, files: number) =>
    `${problems} problema(s) en ${files} archivo(s). Corríjalos y vuelva a ejecutar \`npm run check\`.`,
  en: (problems: number, files: number) =>
    `${problems} problem(s) in ${files} file(s). Fix them and run \`npm run check\` again.`,
};

export function formatReport(
  problems: readonly Problem[],
  lang: MessageLanguage,
  annotations: boolean,
): string {
  const sorted = sortProblems(problems);
  const lines = sorted.map((problem) => formatProblem(problem, lang));
  if (annotations) lines.push(...sorted.map((problem) => formatAnnotation(problem, lang)));
  const files = new Set(problems.map((problem) => problem.file)).size;
  lines.push('', SUMMARY[lang](problems.length, files));
  return lines.join('\n');
}

/** Language of messages: `--lang en`, else CHECK_LANG, else Spanish (the catalogue's editors). */
export function messageLanguage(argv: readonly string[], env: NodeJS.ProcessEnv): MessageLanguage {
  const flag = argv.indexOf('--lang');
  const value = flag >= 0 ? argv[flag + 1] : env['CHECK_LANG'];
  return value === 'en' ? 'en' : 'es';
}
