/**
 * A practice's `## Section` headings against its kind's list: unknown headings (with the
 * allowed ones when the editor misspelt one), duplicates, text before the first section,
 * required sections missing or empty, optional sections left empty (a warning).
 */
import type { Heading, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { walk } from '../walk.ts';
import type { SectionSpec } from '../../../schemas/sections.ts';
import type { Language } from '../../../schemas/vocabularies.ts';
import { messages } from '../messages.ts';
import type { Problem } from '../problem.ts';
import { nearest } from '../suggest.ts';

type Report = (line: number | undefined, problem: Omit<Problem, 'file' | 'line'>) => void;

export const normaliseHeading = (text: string): string =>
  text.replace(/\s+/g, ' ').replace(/:$/, '').trim();

/** The section a heading names, in either language, regardless of case. */
export function sectionByHeading(specs: readonly SectionSpec[]) {
  const known = new Map<string, { spec: SectionSpec; lang: Language }>();
  for (const spec of specs) {
    known.set(spec.heading.es.toLowerCase(), { spec, lang: 'es' });
    known.set(spec.heading.en.toLowerCase(), { spec, lang: 'en' });
  }
  return (text: string) => known.get(normaliseHeading(text).toLowerCase());
}

export function checkSections(tree: Root, specs: readonly SectionSpec[], report: Report): void {
  const lookup = sectionByHeading(specs);
  const found = new Map<string, { heading: Heading; content: RootContent[] }>();
  /** Sections whose heading is misspelt: reported once, as unknown, never also as missing. */
  const misspelt = new Set<string>();
  const unknown: { line: number | undefined; text: string }[] = [];
  const headingsIn = { es: 0, en: 0 };
  let current: RootContent[] | undefined;

  for (const node of tree.children) {
    // import/export are reported by the HTML policy rule, not as stray text.
    if (node.type === 'mdxjsEsm') continue;
    if (node.type === 'heading' && node.depth <= 2) {
      const line = node.position?.start.line;
      if (node.depth === 1) {
        report(line, { message: messages.topHeading() });
        current = undefined;
        continue;
      }
      const text = normaliseHeading(toString(node));
      const match = lookup(text);
      current = [];
      if (!match) {
        unknown.push({ line, text });
        continue;
      }
      headingsIn[match.lang] += 1;
      if (found.has(match.spec.id)) {
        report(line, { field: text, message: messages.duplicateSection(text) });
        continue;
      }
      found.set(match.spec.id, { heading: node, content: current });
    } else if (current) {
      current.push(node);
    } else if (!isBlank(node)) {
      report(node.position?.start.line, {
        message: messages.textBeforeSections(),
        hint: messages.putUnderSection(),
      });
      current = [];
    }
  }

  // Messages name headings in the language most of the entry's are written in (Spanish by default).
  const headingLang: Language = headingsIn.en > headingsIn.es ? 'en' : 'es';
  const allowed = specs.map((spec) => spec.heading[headingLang]);
  for (const { line, text } of unknown) {
    const suggestion = nearest(
      text,
      specs.flatMap((spec) => [spec.heading.es, spec.heading.en]),
    );
    const meant = suggestion ? lookup(suggestion)?.spec : undefined;
    if (meant && !found.has(meant.id)) misspelt.add(meant.id);
    report(line, {
      field: text,
      message: messages.unknownSection(text),
      // A close heading is suggested; otherwise the allowed ones are listed.
      ...(suggestion
        ? { hint: messages.didYouMean(`## ${suggestion}`) }
        : { expected: messages.oneOfHeadings(allowed) }),
    });
  }

  const lastLine = tree.position?.end.line;
  for (const spec of specs) {
    const heading = spec.heading[headingLang];
    const section = found.get(spec.id);
    if (!section) {
      if (spec.required && !misspelt.has(spec.id)) {
        report(lastLine, { field: heading, message: messages.missingSection(heading) });
      }
      continue;
    }
    if (!section.content.every(isBlank)) continue;
    const line = section.heading.position?.start.line;
    const written = normaliseHeading(toString(section.heading));
    if (spec.required) {
      report(line, {
        field: written,
        message: messages.emptySection(written),
        hint: messages.writeSectionText(),
      });
    } else {
      report(line, {
        field: written,
        severity: 'warning',
        message: messages.emptyOptionalSection(written),
        hint: messages.fillOrRemoveSection(),
      });
    }
  }
}

/** A node with no text, image or component in it: whitespace, an empty HTML comment, a rule. */
export function isBlank(node: RootContent): boolean {
  if (node.type === 'html') return /^\s*(<!--[\s\S]*?-->\s*)*$/.test(node.value);
  if (node.type === 'thematicBreak') return true;
  if (node.type === 'mdxJsxFlowElement' || node.type === 'image' || node.type === 'table')
    return false;
  let blank = toString(node).trim() === '';
  if (blank) {
    walk(node, (child) => {
      if (
        child.type === 'image' ||
        child.type === 'mdxJsxTextElement' ||
        child.type === 'mdxJsxFlowElement'
      ) {
        blank = false;
      }
    });
  }
  return blank;
}
