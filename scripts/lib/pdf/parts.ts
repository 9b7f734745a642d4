/**
 * The parts of the printed catalogue and their page ranges: each front-matter page, area
 * opener, ficha and the index starts where its named destination is and ends before the
 * next part starts. An area's PDF runs from its opener to its last ficha.
 */
import type { PrintPart } from '../../../src/components/print/part.ts';

export type { PrintPart };

export interface PartRange extends PrintPart {
  /** First and last page, 1-based, inclusive. */
  readonly from: number;
  readonly to: number;
}

/** Page ranges of the parts, in document order; `undefined` pages are missing destinations. */
export function partRanges(
  parts: readonly PrintPart[],
  pageOf: (id: string) => number | undefined,
  pageCount: number,
): { ranges: PartRange[]; missing: string[] } {
  const missing = parts.filter((part) => pageOf(part.id) === undefined).map((part) => part.id);
  const placed = parts.filter((part) => pageOf(part.id) !== undefined);
  const ranges = placed.map((part, index) => {
    const next = placed[index + 1];
    return {
      ...part,
      from: pageOf(part.id)!,
      to: next ? pageOf(next.id)! - 1 : pageCount,
    };
  });
  return { ranges, missing };
}

/** Each area's range: its opener and the fichas that follow it. */
export function areaRanges(ranges: readonly PartRange[]): PartRange[] {
  const areas: PartRange[] = [];
  for (const range of ranges) {
    const current = areas.at(-1);
    if (range.kind === 'area') areas.push({ ...range });
    else if (range.kind === 'ficha' && current)
      areas[areas.length - 1] = { ...current, to: range.to };
  }
  return areas;
}
