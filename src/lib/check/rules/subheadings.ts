/**
 * Warns about a `###` (or deeper) heading that names a section: it is taken as a subheading
 * of the section before it, so that section's text runs on and the intended one goes missing.
 */
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { SectionSpec } from '../../../schemas/sections.ts';
import { messages } from '../messages.ts';
import type { Problem } from '../problem.ts';
import { normaliseHeading, sectionByHeading } from './sections.ts';

type Report = (line: number | undefined, problem: Omit<Problem, 'file' | 'line'>) => void;

export function checkSubheadings(tree: Root, specs: readonly SectionSpec[], report: Report): void {
  const lookup = sectionByHeading(specs);
  for (const node of tree.children) {
    if (node.type !== 'heading' || node.depth < 3) continue;
    const text = normaliseHeading(toString(node));
    if (!lookup(text)) continue;
    report(node.position?.start.line, {
      field: text,
      severity: 'warning',
      message: messages.subheadingIsSection(text, node.depth),
      hint: messages.useSectionHeading(text),
    });
  }
}
