/**
 * Parses YAML (a content file's frontmatter, or catalogue.yaml), keeping enough
 * position information to point an editor at the line of any field.
 */
import { isMap, isSeq, LineCounter, parseDocument, type Document } from 'yaml';
import { messages } from './messages.ts';
import type { Problem } from './problem.ts';

export interface ParsedYaml {
  /** The YAML as plain data: always a mapping. */
  readonly data: unknown;
  /** 1-based file line of the value at a path; falls back to the nearest parent. */
  readonly lineOf: (path: readonly PropertyKey[]) => number;
}

export interface ParsedFile extends ParsedYaml {
  /** The Markdown body, after the closing `---`. */
  readonly body: string;
  /** Line in the file where the body starts, minus one (to add to body-relative lines). */
  readonly bodyLineOffset: number;
}

type Parsed<T> = { ok: true; parsed: T } | { ok: false; problems: Problem[] };

const FENCE = /^---[ \t]*$/;
/** Aliases a header may expand; a practice needs none, the YAML library's default is 100. */
const MAX_ALIAS_COUNT = 20;

/** Splits a content file into its frontmatter (starting on line 2) and its body. */
export function parseFrontmatter(file: string, text: string): Parsed<ParsedFile> {
  const lines = text.split('\n');
  if (!FENCE.test(lines[0] ?? '')) {
    return { ok: false, problems: [{ file, line: 1, message: messages.noFrontmatter() }] };
  }
  const closing = lines.findIndex((line, index) => index > 0 && FENCE.test(line));
  if (closing === -1) {
    return { ok: false, problems: [{ file, line: 1, message: messages.unclosedFrontmatter() }] };
  }
  const yaml = parseYaml(file, lines.slice(1, closing).join('\n'), 1);
  if (!yaml.ok) return yaml;
  return {
    ok: true,
    parsed: {
      ...yaml.parsed,
      body: lines.slice(closing + 1).join('\n'),
      bodyLineOffset: closing + 1,
    },
  };
}

/** Parses a YAML mapping that starts after `lineOffset` lines of its file. */
export function parseYaml(file: string, yamlText: string, lineOffset = 0): Parsed<ParsedYaml> {
  const lineCounter = new LineCounter();
  // The YAML 1.2 core schema: no implicit dates or other surprises; dates stay text that the
  // schema checks. The site's content loader reads files through this same function.
  const doc = parseDocument(yamlText, {
    lineCounter,
    prettyErrors: false,
    uniqueKeys: true,
    schema: 'core',
  });
  const fileLine = (offset: number) => lineCounter.linePos(offset).line + lineOffset;
  if (doc.errors.length > 0) {
    return {
      ok: false,
      problems: doc.errors.map((error) => ({
        file,
        line: fileLine(error.pos[0]),
        message: messages.yamlSyntax(firstSentence(error.message)),
      })),
    };
  }
  let data: unknown;
  try {
    // An alias "bomb" expands a few lines into millions of values; refuse it early.
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) ?? {};
  } catch {
    return { ok: false, problems: [{ file, line: lineOffset + 1, message: messages.yamlAliases() }] };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return {
      ok: false,
      problems: [{ file, line: lineOffset + 1, message: messages.notAnObject() }],
    };
  }
  return { ok: true, parsed: { data, lineOf: (path) => fileLine(offsetOf(doc, path)) } };
}

/** Start offset of the deepest node that exists along `path` (its key, for map entries). */
function offsetOf(doc: Document, path: readonly PropertyKey[]): number {
  let node: unknown = doc.contents;
  let offset = 0;
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find(
        (item) => (item.key as { value?: unknown } | null)?.value === key,
      );
      if (!pair) break;
      offset = rangeStart(pair.key) ?? offset;
      node = pair.value;
    } else if (isSeq(node) && typeof key === 'number') {
      const item = node.items[key];
      if (item === undefined) break;
      offset = rangeStart(item) ?? offset;
      node = item;
    } else {
      break;
    }
  }
  return offset;
}

function rangeStart(node: unknown): number | undefined {
  const range = (node as { range?: [number, number, number] } | null)?.range;
  return range?.[0];
}

/** yaml's messages carry a code frame after the first line; editors need only the sentence. */
function firstSentence(message: string): string {
  return (message.split('\n')[0] ?? message).replace(/ at line \d+, column \d+:?$/, '');
}
