/**
 * The PDF stage on a large catalogue (issue 8), beside its floor: one plain print of the
 * same fichas with a minimal stylesheet. Each runs as its own process (pdf-job.ts), timed
 * with the peak memory of its whole process tree, Chromium included.
 */
import { readFileSync } from 'node:fs';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildSite } from '../build/astro-build.ts';
import { findBrowser } from '../pdf/find-browser.ts';
import { lockAstroStep } from '../build/lock.ts';
import { SCRIPT_LOADER } from '../build/script-loader.ts';
import { runMeasured, type TreeRun } from './process-tree.ts';

export interface PdfStageFigures {
  readonly practices: number;
  readonly floor: TreeRun;
  readonly full: TreeRun;
  /** The kernel's transparent huge pages mode during the jobs (hugePagesMode). */
  readonly hugePages: string | undefined;
  /** The Chromium that printed: a headless shell takes about half the full browser's time. */
  readonly browser: string;
}

/** Issue 8's budgets at 1,000 practices on 2 cores. */
export const PDF_BUDGET = { ratio: 2.5, seconds: 45, peakMiB: 2.5 * 1024 } as const;

function job(mode: 'floor' | 'full', site: string): Promise<TreeRun> {
  return runMeasured(process.execPath, [
    ...SCRIPT_LOADER,
    'scripts/lib/bench/pdf-job.ts',
    mode,
    site,
  ]);
}

/**
 * The kernel's transparent huge pages mode ('always', 'madvise' or 'never'), or undefined
 * off Linux. Most of the stage's kernel time is Chromium's page faults, which huge pages
 * make fewer: the mode moves the figures (README, `npm run bench`), so the report names it.
 */
function hugePagesMode(): string | undefined {
  try {
    const modes = readFileSync('/sys/kernel/mm/transparent_hugepage/enabled', 'utf8');
    return /\[(\w+)\]/.exec(modes)?.[1];
  } catch {
    return undefined;
  }
}

export async function measurePdfStage(root: string, contentDir: string): Promise<PdfStageFigures> {
  const work = await mkdtemp(path.join(tmpdir(), 'bench-pdf-'));
  try {
    const site = path.join(work, 'site');
    const lock = await lockAstroStep(root, (holder) => {
      console.log(`  waiting for another build (pid ${holder.pid}) of this project to finish…`);
    });
    try {
      await buildSite(root, contentDir, site);
    } finally {
      lock.release();
    }
    const practices = (await readdir(path.join(site, 'practicas'))).length;
    const floor = await job('floor', site);
    const full = await job('full', site);
    for (const run of [floor, full]) {
      if (run.code !== 0) throw new Error(`A PDF job failed:\n${run.output}`);
    }
    return {
      practices,
      floor,
      full,
      hugePages: hugePagesMode(),
      browser: findBrowser('print').executable,
    };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/** Lines for the bench's report. */
export function formatPdfStage({
  practices,
  floor,
  full,
  hugePages,
  browser,
}: PdfStageFigures): string[] {
  const row = (label: string, run: TreeRun) =>
    `${label.padEnd(48)} ${run.seconds.toFixed(2).padStart(7)} s   peak ${run.peakMiB.toFixed(0)} MiB`;
  // On a shared machine the wall time moves with the neighbours; the work done does not.
  const work = (run: TreeRun) =>
    `processor ${run.cpuSeconds.toFixed(0)} s, of which ${run.kernelSeconds.toFixed(0)} s in the kernel`;
  return [
    row(`PDF floor: plain print of ${practices} fichas`, floor),
    `  ${work(floor)}`,
    `${row('PDF stage: catalogue, factsheets, area PDFs', full)}   (budget ${PDF_BUDGET.seconds} s, ${PDF_BUDGET.peakMiB} MiB)`,
    `  ${work(full)}`,
    ...full.output
      .trim()
      .split('\n')
      .map((line) => `  ${line}`),
    `PDF stage / floor: ${(full.seconds / floor.seconds).toFixed(2)}× (budget for the catalogue ${PDF_BUDGET.ratio}×)`,
    `  printed with ${browser}`,
    ...(hugePages ? [`  run with the kernel's transparent huge pages: ${hugePages}`] : []),
  ];
}
