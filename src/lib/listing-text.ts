/** What a long list of practices says of each: its summary, or its statement cut short. */
import type { Practice } from '../schemas/practice.ts';

/**
 * The longest statement, in characters, a list of every practice shows in full: about two
 * lines beside the filters. Statements run to 300 characters; at 1,000 practices their full
 * text alone would be 190 KB of the browse page. The `summary` field's documentation names it
 * for editors (src/schemas/practice.ts).
 */
export const LISTING_LENGTH = 110;

/**
 * The practice's `summary` (its own shorter wording for listings), else its statement, cut
 * at the last word that fits in `max` characters and ended with an ellipsis.
 */
export function listingText(practice: Practice, max = LISTING_LENGTH): string {
  const text = practice.summary ?? practice.title;
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const lastSpace = cut.lastIndexOf(' ');
  const words = lastSpace > max / 2 ? cut.slice(0, lastSpace) : cut;
  return `${words.replace(/[\s,;:.\-–—(/]+$/u, '')}…`;
}
