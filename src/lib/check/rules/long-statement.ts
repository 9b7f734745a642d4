/** Warns about a statement (title) far longer than any of the printed catalogue's: it crowds listings and the PDF's contents. */
import { messages } from '../messages.ts';
import type { Problem } from '../problem.ts';

/** The longest statement of the printed catalogue has about 300 characters. */
const USUAL_STATEMENT = 300;
/** Warned from here on: a third longer than the longest printed one. */
const LONG_STATEMENT = 400;

export function checkStatementLength(
  file: string,
  data: Record<string, unknown>,
  lineOf: (path: readonly PropertyKey[]) => number,
): Problem[] {
  const title = data['title'];
  if (typeof title !== 'string' || title.length <= LONG_STATEMENT) return [];
  return [
    {
      file,
      line: lineOf(['title']),
      field: 'title',
      severity: 'warning',
      message: messages.longStatement(title.length, USUAL_STATEMENT),
      hint: messages.shortenStatement(),
    },
  ];
}
