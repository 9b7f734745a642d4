/**
 * Lighthouse over the shipped catalogue: built without its PDF into a temporary folder,
 * served on localhost, and audited on the home page, the browse page (when the site has one)
 * and a practice page.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { browseUrl, practiceUrl } from '../../../src/lib/routes.ts';
import { buildSite } from '../build/astro-build.ts';
import { lockAstroStep } from '../build/lock.ts';
import { writeSearchIndex } from '../build/search-index.ts';
import { serveDirectory } from '../serve.ts';
import { auditPages, CATEGORIES, type PageAudit } from './lighthouse.ts';

/** The scores the issue asks for. */
export const TARGETS = {
  performance: 95,
  accessibility: 100,
  'best-practices': 100,
  seo: 100,
} as const;

export async function auditShippedSite(
  root: string,
  contentDir: string,
  language: string,
  practiceCode: string,
): Promise<PageAudit[]> {
  const work = await mkdtemp(path.join(tmpdir(), 'bench-lighthouse-'));
  try {
    const site = path.join(work, 'site');
    const lock = await lockAstroStep(root, () => undefined);
    try {
      await buildSite(root, contentDir, site);
    } finally {
      lock.release();
    }
    await writeSearchIndex(site, language);
    const paths = ['/', browseUrl(), practiceUrl(practiceCode)].filter((sitePath) =>
      existsSync(path.join(site, sitePath, 'index.html')),
    );
    const server = await serveDirectory(site);
    try {
      return await auditPages(paths.map((sitePath) => `${server.url}${sitePath}`));
    } finally {
      await server.close();
    }
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/** A table of scores (each marked when under its target) and the audits that failed. */
export function formatAudits(audits: readonly PageAudit[]): string[] {
  const lines = [
    `${'lighthouse (mobile)'.padEnd(34)} ${CATEGORIES.map((c) => c.padStart(15)).join('')}`,
  ];
  for (const audit of audits) {
    const cells = CATEGORIES.map((category) => {
      const score = audit.scores[category];
      return `${score}${score < TARGETS[category] ? ' ✗' : '  '}`.padStart(15);
    });
    lines.push(`${new URL(audit.url).pathname.padEnd(34)} ${cells.join('')}`);
  }
  lines.push(
    `${'target'.padEnd(34)} ${CATEGORIES.map((c) => `≥ ${TARGETS[c]}  `.padStart(15)).join('')}`,
  );
  for (const audit of audits) {
    for (const category of CATEGORIES) {
      for (const failing of audit.failing[category]) {
        lines.push(`  ${new URL(audit.url).pathname} ${category}: ${failing}`);
      }
    }
  }
  return lines;
}
