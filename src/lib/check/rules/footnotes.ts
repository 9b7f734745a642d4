/** A footnote definition that no text cites is dropped from the page without a word: tell the editor. */
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { messages } from '../messages.ts';
import type { Problem } from '../problem.ts';

type Report = (line: number | undefined, problem: Omit<Problem, 'file' | 'line'>) => void;

export function checkFootnotes(tree: Root, report: Report): void {
  const cited = new Set<string>();
  visit(tree, 'footnoteReference', (node) => {
    cited.add(node.identifier);
  });
  visit(tree, 'footnoteDefinition', (node) => {
    if (cited.has(node.identifier)) return;
    const label = node.label ?? node.identifier;
    report(node.position?.start.line, {
      field: `[^${label}]`,
      severity: 'warning',
      message: messages.unusedFootnote(label),
      hint: messages.citeFootnote(label),
    });
  });
}
