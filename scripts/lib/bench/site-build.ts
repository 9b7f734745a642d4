/**
 * The website's build time on a large catalogue, beside what a bare Astro build of the same
 * Markdown pages costs: the ratio says how much the catalogue adds to Astro itself.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { checkedContent } from '../../../src/lib/check/checked-content.ts';
import { buildSite } from '../build/astro-build.ts';
import { lockAstroStep } from '../build/lock.ts';
import { feedingSearch, startSearchIndexing } from '../build/search-index.ts';
import { buildBareProject, writeBareProject } from './bare-astro.ts';

export interface SiteBuildFigures {
  /** The content check, which `npm run build` runs before the website and Astro's loader reuses. */
  readonly checkSeconds: number;
  readonly siteSeconds: number;
  readonly searchSeconds: number;
  readonly searchRecords: number;
  readonly barePages: number;
  readonly bareSeconds: number;
}

async function seconds<T>(work: () => Promise<T>): Promise<[number, T]> {
  const started = performance.now();
  const result = await work();
  return [(performance.now() - started) / 1000, result];
}

export async function measureSiteBuild(
  root: string,
  contentDir: string,
  language: string,
): Promise<SiteBuildFigures> {
  const work = await mkdtemp(path.join(tmpdir(), 'bench-site-'));
  // Both builds write into the project's .astro/ or compete for its two cores: one at a time.
  const lock = await lockAstroStep(root, (holder) => {
    console.log(`  waiting for another build (pid ${holder.pid}) of this project to finish…`);
  });
  try {
    const site = path.join(work, 'site');
    const [checkSeconds] = await seconds(() => checkedContent(contentDir, root));
    // As `npm run build` does it: Pagefind indexes the pages as Astro renders them.
    const search = await startSearchIndexing(language);
    let siteSeconds: number, searchSeconds: number, searchRecords: number;
    try {
      [siteSeconds] = await seconds(() =>
        feedingSearch(search, () => buildSite(root, contentDir, site)),
      );
      [searchSeconds, searchRecords] = await seconds(() => search.write(site));
    } finally {
      await search.stop();
    }
    const bare = path.join(work, 'bare');
    const barePages = await writeBareProject(root, contentDir, bare);
    const [bareSeconds] = await seconds(() => buildBareProject(bare, path.join(work, 'bare-dist')));
    return { checkSeconds, siteSeconds, searchSeconds, searchRecords, barePages, bareSeconds };
  } finally {
    lock.release();
    await rm(work, { recursive: true, force: true });
  }
}

/** Lines for the bench's report. */
export function formatSiteBuild(figures: SiteBuildFigures, budgetSeconds: number): string[] {
  const total = figures.checkSeconds + figures.siteSeconds + figures.searchSeconds;
  const row = (label: string, value: number) =>
    `${label.padEnd(48)} ${value.toFixed(2).padStart(7)} s`;
  return [
    row('site build: content check', figures.checkSeconds),
    row('site build: website (Astro)', figures.siteSeconds),
    row(`site build: search index (${figures.searchRecords} records)`, figures.searchSeconds),
    `${row('site build: check + website + search index', total)}   (budget ${budgetSeconds} s)`,
    row(`bare Astro build: same ${figures.barePages} Markdown files`, figures.bareSeconds),
    `${'ratio: check + website / bare Astro build'.padEnd(48)} ${((figures.checkSeconds + figures.siteSeconds) / figures.bareSeconds).toFixed(2).padStart(7)} ×`,
    `${'ratio: all of the above / bare Astro build'.padEnd(48)} ${(total / figures.bareSeconds).toFixed(2).padStart(7)} ×`,
  ];
}
