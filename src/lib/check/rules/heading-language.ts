/**
 * Warns about `## Section` headings written in the other language than the entry's `lang`:
 * both are accepted, but a Spanish ficha with English headings reads oddly on its page.
 */
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { SectionSpec } from '../../../schemas/sections.ts';
import type { Language } from '../../../schemas/vocabularies.ts';
import { messages } from '../messages.ts';
import type { Problem } from '../problem.ts';
import { normaliseHeading, sectionByHeading } from './sections.ts';

type Report = (line: number | undefined, problem: Omit<Problem, 'file' | 'line'>) => void;

export function checkHeadingLanguage(
  tree: Root,
  specs: readonly SectionSpec[],
  lang: Language,
  report: Report,
): void {
  const lookup = sectionByHeading(specs);
  for (const node of tree.children) {
    if (node.type !== 'heading' || node.depth !== 2) continue;
    const text = normaliseHeading(toString(node));
    const match = lookup(text);
    // A heading the same in both languages (none today) is never in the wrong one.
    if (!match || match.lang === lang || match.spec.heading[lang] === text) continue;
    report(node.position?.start.line, {
      field: text,
      severity: 'warning',
      message: messages.headingLanguage(text, lang),
      hint: messages.writeHeadingAs(match.spec.heading[lang]),
    });
  }
}
