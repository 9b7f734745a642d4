/** Prints a check result for people (and, in GitHub Actions, as annotations on the diff). */
import {
  errorsOf,
  isError,
  formatAnnotation,
  formatProblem,
  sortProblems,
  type MessageLanguage,
  type Problem,
} from './problem.ts';

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

const SUMMARY = {
  es: (practices: number, errors: number, warnings: number) =>
    `${plural(practices, 'práctica', 'prácticas')}, ${plural(errors, 'error', 'errores')}, ${plural(warnings, 'aviso', 'avisos')}.` +
    (errors > 0 ? ' Corrija los errores y vuelva a ejecutar `npm run check`.' : ''),
  en: (practices: number, errors: number, warnings: number) =>
    `${plural(practices, 'practice', 'practices')}, ${plural(errors, 'error', 'errors')}, ${plural(warnings, 'warning', 'warnings')}.` +
    (errors > 0 ? ' Fix the errors and run `npm run check` again.' : ''),
};

/** Every problem, one line each, sorted by file and line; then, with `annotations`, each as a GitHub annotation. */
export function formatProblems(
  problems: readonly Problem[],
  lang: MessageLanguage,
  annotations = false,
): string[] {
  const sorted = sortProblems(problems);
  const lines = sorted.map((problem) => formatProblem(problem, lang));
  if (annotations) lines.push(...sorted.map((problem) => formatAnnotation(problem, lang)));
  return lines;
}

/** Every problem, one line each, sorted by file and line, then the summary line. */
export function formatReport(
  problems: readonly Problem[],
  lang: MessageLanguage,
  options: { readonly annotations?: boolean; readonly practices: number },
): string {
  const lines = formatProblems(problems, lang, options.annotations);
  const errors = errorsOf(problems).length;
  if (lines.length > 0) lines.push('');
  lines.push(SUMMARY[lang](options.practices, errors, problems.length - errors));
  return lines.join('\n');
}

/**
 * The report as JSON (`npm run check -- --format json`), for editors' tools and CI: every
 * problem with its place, severity and texts in one language, sorted, and the counts.
 */
export function formatJsonReport(
  problems: readonly Problem[],
  lang: MessageLanguage,
  options: { readonly practices: number },
): string {
  const errors = errorsOf(problems).length;
  return JSON.stringify(
    {
      practices: options.practices,
      errors,
      warnings: problems.length - errors,
      problems: sortProblems(problems).map((problem) => ({
        file: problem.file,
        line: problem.line ?? null,
        field: problem.field ?? null,
        severity: isError(problem) ? 'error' : 'warning',
        message: problem.message[lang],
        expected: problem.expected?.[lang] ?? null,
        hint: problem.hint?.[lang] ?? null,
        text: formatProblem(problem, lang),
      })),
    },
    null,
    2,
  );
}

/** `--format json` or `--format text` (the default). */
export function reportFormat(argv: readonly string[]): 'json' | 'text' {
  const flag = argv.indexOf('--format');
  return flag >= 0 && argv[flag + 1] === 'json' ? 'json' : 'text';
}

/** Language of messages: `--lang en`, else CHECK_LANG, else Spanish (the catalogue's editors). */
export function messageLanguage(argv: readonly string[], env: NodeJS.ProcessEnv): MessageLanguage {
  const flag = argv.indexOf('--lang');
  const value = flag >= 0 ? argv[flag + 1] : env['CHECK_LANG'];
  return value === 'en' ? 'en' : 'es';
}

/** GitHub Actions shows `::error` lines as annotations on the pull request's diff. */
export const inGitHubActions = (env: NodeJS.ProcessEnv): boolean =>
  env['GITHUB_ACTIONS'] === 'true';
