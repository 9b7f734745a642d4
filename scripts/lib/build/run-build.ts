/**
 * The build pipeline, the only code that touches the output folder: check the content,
 * build the site into a temporary folder, index it, print the PDF, verify that every
 * practice made it into pages, search and PDF, then swap the folder into place.
 */
import { rm } from 'node:fs/promises';
import { checkedContent } from '../../../src/lib/check/checked-content.ts';
import { errorsOf, type Problem } from '../../../src/lib/check/problem.ts';
import { exportCataloguePdf } from '../pdf/export-catalogue.ts';
import { buildSite } from './astro-build.ts';
import { BuildError } from './build-error.ts';
import type { BuildOptions } from './options.ts';
import { writeSearchIndex } from './search-index.ts';
import { swapIntoPlace } from './swap.ts';
import { timed } from './timed.ts';
import { verifyPracticePages } from './verify-pages.ts';

export type BuildResult =
  | {
      readonly ok: true;
      readonly practices: number;
      /** Drafts: checked, not published. */
      readonly drafts: number;
      readonly searchRecords: number;
      readonly pdfPages?: number;
    }
  | { readonly ok: false; readonly problems: readonly Problem[]; readonly practices: number };

export async function runBuild(options: BuildOptions): Promise<BuildResult> {
  const check = await timed('check content', () =>
    checkedContent(options.contentDir, options.root),
  );
  if (errorsOf(check.problems).length > 0)
    return { ok: false, problems: check.problems, practices: check.practices.length };

  const { settings } = check;
  if (!settings)
    throw new BuildError('content/catalogue.yaml passed the check but was not returned.');
  const codes = check.practices
    .filter((practice) => !practice.data.draft)
    .map((practice) => practice.data.code);
  const building = `${options.outDir}.building`;
  await rm(building, { recursive: true, force: true });

  try {
    await timed('build website', () => buildSite(options.root, options.contentDir, building));
    await timed('verify practice pages', () => verifyPracticePages(building, codes));
    const searchRecords = await timed('search index', () =>
      writeSearchIndex(building, settings.languages[0] ?? 'es'),
    );
    if (searchRecords !== codes.length) {
      throw new BuildError(
        `The search index has ${searchRecords} pages for ${codes.length} practices.`,
      );
    }
    let pdfPages: number | undefined;
    if (!options.skipPdf) {
      const pdf = await timed('print PDF', () =>
        exportCataloguePdf(building, settings.pdfFileName, settings.paperSize, codes),
      );
      pdfPages = pdf.summary.pageCount;
    }
    await timed('swap into place', () => swapIntoPlace(building, options.outDir));
    return {
      ok: true,
      practices: codes.length,
      drafts: check.practices.length - codes.length,
      searchRecords,
      ...(pdfPages === undefined ? {} : { pdfPages }),
    };
  } finally {
    await rm(building, { recursive: true, force: true });
  }
}
