/** Finds the valid value an editor most likely meant, for "did you mean …?" hints. */
import { distance } from 'fastest-levenshtein';

const fold = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .trim();

/**
 * The candidate closest to `value`, or undefined when none is close enough to be a
 * plausible typo (more than 40 % of the longer string would have to change). A single
 * character is only matched when it differs in case or accents (`k` is no typo of `a`), and a
 * two-character value by at most one edit (`AJ` for `AH`).
 */
export function nearest(value: string, candidates: readonly string[]): string | undefined {
  const target = fold(value);
  let best: string | undefined;
  let bestScore = Infinity;
  for (const candidate of candidates) {
    const folded = fold(candidate);
    const score = folded === target ? 0 : distance(folded, target);
    if (score < bestScore) {
      best = candidate;
      bestScore = score;
    }
  }
  if (best === undefined) return undefined;
  const allowed =
    target.length === 1
      ? 0
      : target.length === 2
        ? 1
        : Math.max(2, Math.ceil(0.4 * Math.max(target.length, fold(best).length)));
  return bestScore <= allowed ? best : undefined;
}
