/**
 * Warns about entries far larger than a ficha: usually a paste gone wrong. They still
 * build, but the editor is told before the PDF grows by a hundred pages.
 */
import { messages } from '../messages.ts';
import type { Problem } from '../problem.ts';

/** Larger than any ficha of the printed catalogue (the longest shipped one is about 5 KB). */
const LONG_BODY_BYTES = 100_000;
/** Lists longer than this are shown but unusual (keywords, territories, objectives). */
const USUAL_LIST_LENGTH = 30;

export interface SizeInput {
  readonly file: string;
  readonly data: Record<string, unknown>;
  readonly body: string;
  readonly lineOf: (path: readonly PropertyKey[]) => number;
}

export function checkEntrySize({ file, data, body, lineOf }: SizeInput): Problem[] {
  const problems: Problem[] = [];
  const bytes = Buffer.byteLength(body, 'utf8');
  if (bytes > LONG_BODY_BYTES) {
    problems.push({
      file,
      severity: 'warning',
      message: messages.longBody(Math.round(bytes / 1000)),
    });
  }
  for (const [field, value] of Object.entries(data)) {
    if (Array.isArray(value) && value.length > USUAL_LIST_LENGTH) {
      problems.push({
        file,
        line: lineOf([field]),
        field,
        severity: 'warning',
        message: messages.manyItems(value.length, USUAL_LIST_LENGTH),
      });
    }
  }
  return problems;
}
