/**
 * The build pipeline, the only code that touches the output folder: make sure the folder
 * may be replaced and no other build is writing it, check the content, build the site into
 * a temporary folder while Pagefind indexes its pages, print the PDF, verify that every
 * practice made it into pages, search and PDF, then swap the folder into place. The
 * temporary folder and the lock go whatever happens, Ctrl-C included. Astro and Chromium's
 * modules load only when their step comes, so a refused output folder or a busy lock is
 * reported at once.
 */
import { rm } from 'node:fs/promises';
import { hostname } from 'node:os';
import { checkedContent } from '../../../src/lib/check/checked-content.ts';
import { errorsOf, type Problem } from '../../../src/lib/check/problem.ts';
import { BuildError } from './build-error.ts';
import { removedOnExit } from './interrupt.ts';
import { lockAstroStep, outputLockFile, tryLock, type Lock, type LockHolder } from './lock.ts';
import { outLabel, relativeOut, type BuildOptions } from './options.ts';
import { assertOutputFolder, temporaryFolderOf, writeBuildMarker } from './output-folder.ts';
import { writePdfFacts } from './pdf-facts.ts';
import { feedingSearch, startSearchIndexing } from './search-index.ts';
import { restoreInterruptedSwap, swapIntoPlace } from './swap.ts';
import { timed } from './timed.ts';
import { verifyOpenData } from './verify-open-data.ts';
import { verifyPracticePages } from './verify-pages.ts';
import { verifySearchRecords } from './verify-search.ts';

export type BuildResult =
  | {
      readonly ok: true;
      readonly practices: number;
      /** Drafts: checked; built only in a preview. */
      readonly drafts: number;
      /** A preview with the drafts (`--drafts`): not to be published. */
      readonly preview: boolean;
      /** Practice pages in the search index. */
      readonly searchRecords: number;
      /** Front-matter pages in the search index. */
      readonly searchPages: number;
      readonly pdfPages?: number;
      /** Things the user should know that did not stop the build, one line each. */
      readonly warnings: readonly string[];
    }
  | { readonly ok: false; readonly problems: readonly Problem[]; readonly practices: number };

const since = (holder: LockHolder) =>
  holder.since ? ` since ${new Date(holder.since).toLocaleTimeString()}` : '';

/** One build per output folder at a time: the second one stops at once and says why. */
async function lockOutput(options: BuildOptions): Promise<Lock> {
  const shown = outLabel(options);
  let attempt;
  try {
    attempt = await tryLock(outputLockFile(options.outDir));
  } catch (error) {
    const { code, message } = error as NodeJS.ErrnoException;
    throw new BuildError(
      `Cannot write next to ${shown} (${message.split(', ')[0] ?? code}). ` +
        'The build writes its lock and temporary folder beside the output folder: choose an output in a folder you may write to.',
      { cause: error },
    );
  }
  if (attempt.acquired) return attempt.lock;
  const { holder } = attempt;
  throw new BuildError(
    `Another build (pid ${holder.pid}${holder.host === hostname() ? '' : ` on ${holder.host}`}) is writing ${shown}${since(holder)}. ` +
      `Wait for it to finish, or build into another folder with --out. If no build is running, delete ${relativeOut(options)}.lock.`,
  );
}

export async function runBuild(options: BuildOptions): Promise<BuildResult> {
  await assertOutputFolder(options);
  const outputLock = await lockOutput(options);
  const warnings: string[] = [];
  if (outputLock.tookOverFrom) {
    warnings.push(
      `A build (pid ${outputLock.tookOverFrom.pid}) had stopped without removing ${relativeOut(options)}.lock; this build took it over.`,
    );
  }
  const building = temporaryFolderOf(options.outDir);
  const removeBuilding = removedOnExit(building);
  try {
    if (await restoreInterruptedSwap(options.outDir)) {
      warnings.push(
        `${outLabel(options)} was restored from ${relativeOut(options)}.previous, left by a build stopped while replacing it.`,
      );
    }
    return await buildInto(building, options, warnings);
  } finally {
    await removeBuilding();
    outputLock.release();
  }
}

async function buildInto(
  building: string,
  options: BuildOptions,
  warnings: string[],
): Promise<BuildResult> {
  const check = await timed('check content', () =>
    checkedContent(options.contentDir, options.root),
  );
  if (errorsOf(check.problems).length > 0)
    return { ok: false, problems: check.problems, practices: check.practices.length };

  const { settings } = check;
  if (!settings)
    throw new BuildError('content/catalogue.yaml passed the check but was not returned.');
  const published = check.practices
    .filter((practice) => !practice.data.draft)
    .map((practice) => practice.data.code);
  const draftCodes = check.practices
    .filter((practice) => practice.data.draft)
    .map((practice) => practice.data.code);
  // The practices on the pages, in search and in the PDF: the drafts too in a preview.
  const codes = options.drafts ? [...published, ...draftCodes] : published;
  await rm(building, { recursive: true, force: true });

  // Pagefind indexes the pages as Astro renders them, on the other core (search-feed.ts).
  const search = await startSearchIndexing(settings.languages[0] ?? 'es');
  try {
    const astroLock = await lockAstroStep(options.root, (holder) => {
      console.log(
        `  waiting for another build (pid ${holder.pid}) of this project to finish its website step…`,
      );
    });
    try {
      await timed('build website', async () => {
        const { buildSite } = await import('./astro-build.ts');
        await feedingSearch(search, () =>
          buildSite(options.root, options.contentDir, building, { drafts: options.drafts }),
        );
      });
    } finally {
      astroLock.release();
    }
    await writeBuildMarker(building);
    await timed('verify practice pages', () => verifyPracticePages(building, codes));
    // Open data never carries drafts, not even in a preview (src/lib/open-data/record.ts).
    await timed('verify open data', () => verifyOpenData(building, published));
    await timed('search index', () => search.write(building));
  } finally {
    await search.stop();
  }
  const frontMatter = check.entries
    .filter((entry) => entry.collection === 'pages')
    .map((entry) => entry.id);
  const searchRecords = await timed('verify search records', () =>
    verifySearchRecords(building, codes, frontMatter),
  );
  let pdfPages: number | undefined;
  if (!options.skipPdf) {
    const pdf = await timed('print PDF', async () => {
      const { exportCataloguePdf } = await import('../pdf/export-catalogue.ts');
      return exportCataloguePdf(building, settings.pdfFileName, settings.paperSize, codes);
    });
    pdfPages = pdf.summary.pageCount;
    await writePdfFacts(building, pdf.file, pdfPages);
    for (const address of pdf.blocked) {
      warnings.push(
        `The PDF was printed without ${address}: the build fetches nothing from outside the site. ` +
          'Put the file next to the practice and link it with a relative path, e.g. ./figure.png.',
      );
    }
  }
  const swap = await timed('swap into place', () =>
    swapIntoPlace(building, options.outDir, { shown: relativeOut(options) }),
  );
  if (swap.warning) warnings.push(swap.warning);
  return {
    ok: true,
    practices: codes.length,
    drafts: draftCodes.length,
    preview: options.drafts,
    searchRecords: searchRecords.practices,
    searchPages: searchRecords.pages,
    ...(pdfPages === undefined ? {} : { pdfPages }),
    warnings,
  };
}
