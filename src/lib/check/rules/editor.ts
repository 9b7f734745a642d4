/**
 * Advice for editors that never stops a build: headings in the entry's language, section names
 * written as subheadings, statements far longer than a ficha's. Reads the body on its own, so
 * it runs whatever else is wrong with the file.
 */
import type { Root } from 'mdast';
import { parseBody } from '../parse-body.ts';
import { practiceKinds, type PracticeKind } from '../../../schemas/practice-kinds.ts';
import { entryLanguage } from '../../../schemas/practice.ts';
import { sectionsByKind } from '../../../schemas/sections.ts';
import type { Problem } from '../problem.ts';
import { checkHeadingLanguage } from './heading-language.ts';
import { checkStatementLength } from './long-statement.ts';
import { checkSubheadings } from './subheadings.ts';

export interface EditorRulesInput {
  readonly file: string;
  readonly data: Record<string, unknown>;
  readonly body: string;
  /** Add to a body line to get the file line. */
  readonly lineOffset: number;
  readonly isMdx: boolean;
  readonly lineOf: (path: readonly PropertyKey[]) => number;
}

export function checkEditorRules(input: EditorRulesInput): Problem[] {
  const problems: Problem[] = [];
  const report = (line: number | undefined, problem: Omit<Problem, 'file' | 'line'>) =>
    problems.push({ file: input.file, line: (line ?? 1) + input.lineOffset, ...problem });
  problems.push(...checkStatementLength(input.file, input.data, input.lineOf));

  const kind = input.data['kind'];
  if (!practiceKinds.includes(kind as PracticeKind)) return problems;
  const specs = sectionsByKind[kind as PracticeKind];
  let tree: Root;
  try {
    tree = parseBody(input.body, input.isMdx);
  } catch {
    return problems; // The body rules report the syntax error.
  }
  const lang = entryLanguage(input.data['lang']);
  if (lang) checkHeadingLanguage(tree, specs, lang, report);
  checkSubheadings(tree, specs, report);
  return problems;
}
