/** A problem found in the content, told to the editor who must fix it. */
import type { Localised } from './messages.ts';

export interface Problem {
  /** Path of the file, relative to the project root, with forward slashes. */
  readonly file: string;
  /** 1-based line in the file, when known. */
  readonly line?: number | undefined;
  /** The field (dotted frontmatter path) or section the problem is about. */
  readonly field?: string | undefined;
  /** What is wrong. */
  readonly message: Localised;
  /** What was expected, when that helps. */
  readonly expected?: Localised | undefined;
  /** How to fix it, e.g. "did you mean 'Alta'?". */
  readonly hint?: Localised | undefined;
  /** A warning is told but does not stop the check or the build. Default: an error. */
  readonly severity?: 'error' | 'warning' | undefined;
}

export const isError = (problem: Problem): boolean => problem.severity !== 'warning';
/** Only errors stop `npm run check` and the build. */
export const errorsOf = (problems: readonly Problem[]): Problem[] => problems.filter(isError);

export type MessageLanguage = 'es' | 'en';

const EXPECTED_LABEL = { es: 'se esperaba', en: 'expected' } as const;
const WARNING_LABEL = { es: 'aviso', en: 'warning' } as const;

/** One line per problem: `file:line field: message (expected …); hint` */
export function formatProblem(problem: Problem, lang: MessageLanguage): string {
  const location = problem.line === undefined ? problem.file : `${problem.file}:${problem.line}`;
  const field = problem.field === undefined ? '' : ` ${problem.field}:`;
  const warning = isError(problem) ? '' : ` ${WARNING_LABEL[lang]}:`;
  let text = `${location}${warning}${field} ${problem.message[lang]}`;
  if (problem.expected) text += ` (${EXPECTED_LABEL[lang]} ${problem.expected[lang]})`;
  if (problem.hint) text += `; ${problem.hint[lang]}`;
  return text;
}

/** A GitHub Actions annotation, so the problem shows on the pull request's diff. */
export function formatAnnotation(problem: Problem, lang: MessageLanguage): string {
  const escape = (text: string) =>
    text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const props = [`file=${problem.file}`];
  if (problem.line !== undefined) props.push(`line=${problem.line}`);
  if (problem.field !== undefined)
    props.push(`title=${escape(problem.field).replace(/[,:]/g, ' ')}`);
  const body = formatProblem(
    { ...problem, file: '', line: undefined, severity: 'error' },
    lang,
  ).trimStart();
  return `::${isError(problem) ? 'error' : 'warning'} ${props.join(',')}::${escape(body)}`;
}

/** Problems sorted by file and line, so a report reads top to bottom. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0),
  );
}
