/** A footnote definition that no text cites is dropped from the page without a word: tell the editor. */
import type { FootnoteDefinition, Root } from 'mdast';
import { walk } from '../walk.ts';
import { messages } from '../messages.ts';
import type { Problem } from '../problem.ts';

type Report = (line: number | undefined, problem: Omit<Problem, 'file' | 'line'>) => void;

export function checkFootnotes(tree: Root, report: Report): void {
  const cited = new Set<string>();
  const definitions: FootnoteDefinition[] = [];
  walk(tree, (node) => {
    if (node.type === 'footnoteReference') cited.add(node.identifier);
    if (node.type === 'footnoteDefinition') definitions.push(node);
  });
  for (const node of definitions) {
    if (cited.has(node.identifier)) continue;
    const label = node.label ?? node.identifier;
    report(node.position?.start.line, {
      field: `[^${label}]`,
      severity: 'warning',
      message: messages.unusedFootnote(label),
      hint: messages.citeFootnote(label),
    });
  }
}
