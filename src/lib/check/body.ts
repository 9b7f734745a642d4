/**
 * Checks a practice's Markdown/MDX body: its `## Section` headings against the kind's
 * list, that required sections have text, that images exist, and (rules/html.ts) that
 * its HTML and MDX stay within the HTML policy.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Root } from 'mdast';
import { parseBody } from './parse-body.ts';
import type { SectionSpec } from '../../schemas/sections.ts';
import { messages } from './messages.ts';
import { checkFootnotes } from './rules/footnotes.ts';
import type { Problem } from './problem.ts';
import { checkHtml } from './rules/html.ts';
import { checkSections } from './rules/sections.ts';
import { walk } from './walk.ts';

export interface BodyInput {
  /** Project-relative path, for messages. */
  readonly file: string;
  /** Absolute path, to resolve images. */
  readonly absolutePath: string;
  readonly body: string;
  /** Add to a body line to get the file line. */
  readonly lineOffset: number;
  readonly isMdx: boolean;
  /** The content folder (absolute); images must be inside it. */
  readonly contentDir?: string | undefined;
  /** The sections the entry's kind knows; undefined for files without sections (pages, areas). */
  readonly sections?: readonly SectionSpec[] | undefined;
}

export function checkBody(input: BodyInput): Problem[] {
  const at = (line: number | undefined) => (line ?? 1) + input.lineOffset;
  let tree: Root;
  try {
    tree = parseBody(input.body, input.isMdx);
  } catch (error) {
    const { line, reason } = describeParseError(error);
    return [{ file: input.file, line: at(line), message: messages.mdxSyntax(reason) }];
  }
  const problems: Problem[] = [];
  const report = (line: number | undefined, problem: Omit<Problem, 'file' | 'line'>) =>
    problems.push({ file: input.file, line: at(line), ...problem });

  if (input.sections) checkSections(tree, input.sections, report);
  checkImages(tree, input.absolutePath, input.contentDir, report);
  checkFootnotes(tree, report);
  checkHtml(input.body, input.isMdx, report);
  return problems;
}

type Report = (line: number | undefined, problem: Omit<Problem, 'file' | 'line'>) => void;

function checkImages(
  tree: Root,
  absolutePath: string,
  contentDir: string | undefined,
  report: Report,
): void {
  const check = (src: string, line: number | undefined) => {
    if (/^(https?:)?\/\//i.test(src.trim())) {
      // The build fetches nothing from outside (an intranet image must not reach a public PDF).
      report(line, {
        field: 'image',
        severity: 'warning',
        message: messages.externalImage(src),
        hint: messages.imageHint(),
      });
      return;
    }
    if (/^[a-z][a-z0-9+.-]*:/i.test(src) || src.startsWith('/') || src.startsWith('#')) return;
    const written = src.split(/[?#]/)[0] ?? src;
    let decoded = written;
    try {
      decoded = decodeURI(written);
    } catch {
      // A stray '%' is part of the file name as written.
    }
    const resolved = path.resolve(path.dirname(absolutePath), decoded);
    if (contentDir && !resolved.startsWith(contentDir + path.sep)) {
      report(line, {
        field: 'image',
        message: messages.imageOutsideContent(src),
        hint: messages.imageHint(),
      });
    } else if (!existsSync(resolved)) {
      report(line, {
        field: 'image',
        message: messages.missingImage(src),
        hint: messages.imageHint(),
      });
    }
  };
  walk(tree, (node) => {
    if (node.type === 'image') check(node.url, node.position?.start.line);
    if (node.type === 'definition' && /\.(png|jpe?g|gif|svg|webp|avif)$/i.test(node.url)) {
      check(node.url, node.position?.start.line);
    }
    if (
      (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') &&
      node.name === 'img'
    ) {
      for (const attribute of node.attributes) {
        if (
          attribute.type === 'mdxJsxAttribute' &&
          attribute.name === 'src' &&
          typeof attribute.value === 'string'
        ) {
          check(attribute.value, node.position?.start.line);
        }
      }
    }
  });
}

/**
 * The line and reason of a parse error. Sätteri writes its position at the start of the
 * message (`3:1: Unexpected character … (mdx-jsx:unexpected-character)`), relative to the body.
 */
function describeParseError(error: unknown): { line: number | undefined; reason: string } {
  const text = error instanceof Error ? error.message : String(error);
  const match = /^(\d+):\d+:\s*/.exec(text);
  const reason = text
    .slice(match?.[0].length ?? 0)
    .replace(/\s*\([a-z-]+:[a-z-]+\)\s*$/, '')
    .replace(/\s*\(\d+:\d+(-\d+:\d+)?\)/g, '');
  return { line: match ? Number(match[1]) : undefined, reason };
}
