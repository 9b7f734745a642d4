/**
 * Each practice's factsheet (`pdf/<slug>.pdf`) and each area's PDF (`pdf/area-<slug>.pdf`),
 * cut from the printed catalogue by the page ranges its destinations give.
 *
 * Why cut and not print each one: printing a factsheet as its own Chromium job keeps its tags
 * but costs 0.13–0.19 s per practice here (minutes at a thousand practices, beyond the
 * build's budget); cutting with MuPDF costs a few milliseconds each. What a cut keeps: text,
 * fonts, links (those to other fichas go to their web pages), title, author, language and one
 * bookmark; what it loses: the structure tree (tags), as every page-copying tool does.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { areaPdfFile, factsheetFile } from '../../../src/lib/routes.ts';
import { extractPages, writePdf, type LinkTarget, type Pdf } from './pdf-file.ts';
import { areaRanges, type PartRange } from './parts.ts';

export interface SplitResult {
  /** Codes of the practices whose factsheet was written. */
  readonly factsheets: readonly string[];
  readonly areaPdfs: readonly string[];
}

export async function writeSplitPdfs(
  siteDir: string,
  pdf: Pdf,
  ranges: readonly PartRange[],
  destinations: ReadonlyMap<string, number>,
  author: string,
): Promise<SplitResult> {
  const urlOf = new Map(ranges.map((range) => [range.id, range.url]));
  const linkTarget =
    ({ from, to }: PartRange) =>
    (name: string): LinkTarget => {
      const page = destinations.get(name);
      if (page !== undefined && page >= from && page <= to) return { page: page - from + 1 };
      const url = urlOf.get(name);
      return url ? { url } : undefined;
    };
  const cut = async (range: PartRange, file: string) => {
    const data = extractPages(
      pdf,
      range.from,
      range.to,
      { title: range.title, author, lang: range.lang },
      linkTarget(range),
    );
    await writePdf(path.join(siteDir, file), data);
  };
  await mkdir(path.join(siteDir, 'pdf'), { recursive: true });
  const factsheets: string[] = [];
  for (const range of ranges.filter((part) => part.kind === 'ficha')) {
    await cut(range, factsheetFile(range.code));
    factsheets.push(range.code);
  }
  const areaPdfs: string[] = [];
  for (const range of areaRanges(ranges)) {
    await cut(range, areaPdfFile(range.code));
    areaPdfs.push(range.code);
  }
  return { factsheets, areaPdfs };
}
