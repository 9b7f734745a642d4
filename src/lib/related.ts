/**
 * Related practices: the entry's own `related` list first, then others ranked by what they
 * share with it — GCM objectives weigh most, then keywords, then the area.
 */
import type { Practice } from '../schemas/practice.ts';
import { textSlug } from './routes.ts';

const WEIGHT = { objective: 3, keyword: 2, area: 1 } as const;

interface Profile {
  readonly objectives: ReadonlySet<number>;
  readonly keywords: ReadonlySet<string>;
}
// Each practice is compared with every other one: its sets are made once (1,000 practices → 1M pairs).
const profiles = new WeakMap<Practice, Profile>();
function profileOf(practice: Practice): Profile {
  let profile = profiles.get(practice);
  if (!profile) {
    profile = {
      objectives: new Set([...practice.gcmObjectives, ...practice.gcmSecondaryObjectives]),
      keywords: new Set(practice.keywords.map(textSlug)),
    };
    profiles.set(practice, profile);
  }
  return profile;
}
const sharedCount = <T>(a: ReadonlySet<T>, b: ReadonlySet<T>) => {
  let count = 0;
  for (const value of a) if (b.has(value)) count += 1;
  return count;
};

/** How much `other` has in common with `practice`; 0 means nothing. */
export function relatedness(practice: Practice, other: Practice): number {
  const mine = profileOf(practice);
  const theirs = profileOf(other);
  const sharedObjectives = sharedCount(mine.objectives, theirs.objectives);
  const sharedKeywords = sharedCount(mine.keywords, theirs.keywords);
  // The area alone does not make two practices related; it breaks ties between those that are.
  if (sharedObjectives + sharedKeywords === 0) return 0;
  return (
    sharedObjectives * WEIGHT.objective +
    sharedKeywords * WEIGHT.keyword +
    (other.area === practice.area ? WEIGHT.area : 0)
  );
}

/** Up to `limit` related practices, best first; `all` is in catalogue order (ties keep it). */
export function relatedPractices<P extends { data: Practice }>(
  entry: P,
  all: readonly P[],
  limit = 6,
): P[] {
  const byCode = codeIndexOf(all);
  const chosen = entry.data.related
    .map((code) => byCode.get(code))
    .filter((candidate): candidate is P => candidate !== undefined && candidate !== entry);
  const ranked = all
    .filter((candidate) => candidate !== entry && !chosen.includes(candidate))
    .map((candidate) => ({ candidate, score: relatedness(entry.data, candidate.data) }))
    .filter(({ score }) => score > 0)
    .sort((a, b) => b.score - a.score)
    .map(({ candidate }) => candidate);
  return [...chosen, ...ranked].slice(0, Math.max(limit, chosen.length));
}

// Every page asks with the same list: its index by code is made once, not once per page.
const codeIndexes = new WeakMap<readonly unknown[], ReadonlyMap<string, unknown>>();
function codeIndexOf<P extends { data: Practice }>(all: readonly P[]): ReadonlyMap<string, P> {
  let index = codeIndexes.get(all);
  if (!index) {
    index = new Map(all.map((candidate) => [candidate.data.code, candidate]));
    codeIndexes.set(all, index);
  }
  return index as ReadonlyMap<string, P>;
}
