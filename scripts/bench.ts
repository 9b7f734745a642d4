/**
 * `npm run bench`: measures the content check on the shipped catalogue and on a generated
 * catalogue of N practices (default 1,000), and optionally the whole build (`--build`).
 * Figures, not pass/fail: budgets are judged by people, in the issues.
 */
import { execFileSync } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseBuildOptions } from './lib/build/options.ts';
import { runBuild } from './lib/build/run-build.ts';
import { checkContent } from '../src/lib/check/index.ts';
import { auditShippedSite, formatAudits } from './lib/bench/lighthouse-run.ts';
import { formatSiteBuild, measureSiteBuild } from './lib/bench/site-build.ts';
import { formatBrowseQuery, measureBrowseQuery } from './lib/bench/browse-query.ts';
import { formatPdfStage, measurePdfStage } from './lib/bench/pdf-stage.ts';

const countFlag = process.argv.indexOf('--practices');
const count = countFlag >= 0 ? Number(process.argv[countFlag + 1]) : 1000;
/** Issue 7's budget for the website and its search index at 1,000 practices on 2 cores. */
const SITE_BUILD_BUDGET_SECONDS = 13;

async function time<T>(label: string, work: () => Promise<T>): Promise<T> {
  const started = performance.now();
  const result = await work();
  console.log(
    `${label.padEnd(48)} ${((performance.now() - started) / 1000).toFixed(2).padStart(7)} s`,
  );
  return result;
}

/** A content folder with `n` practices, made by renumbering the shipped fichas. */
async function generateContent(n: number): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'bench-content-'));
  await cp('content', dir, { recursive: true });
  const sources: { area: string; kind: string; text: string }[] = [];
  for (const area of await readdir('content/practices')) {
    for (const file of await readdir(path.join('content/practices', area))) {
      const text = await readFile(path.join('content/practices', area, file), 'utf8');
      sources.push({ area, kind: file.slice(0, 2), text });
    }
  }
  await rm(path.join(dir, 'practices'), { recursive: true });
  for (let i = 0; i < n; i++) {
    const source = sources[i % sources.length]!;
    const number = 100 + i;
    const code = `${source.kind}${number}_${source.area.toUpperCase()}`;
    const text = source.text.replace(/^code: .*$/m, `code: ${code}`).replace(/^related: .*$/m, '');
    await mkdir(path.join(dir, 'practices', source.area), { recursive: true });
    await writeFile(path.join(dir, 'practices', source.area, `${code}.md`), text);
  }
  return dir;
}

/** `npm run check` as an editor runs it: the whole process, start-up included. */
function checkCommand(contentDir: string): Promise<void> {
  execFileSync('npm', ['run', '--silent', 'check', '--', '--content', contentDir], {
    stdio: 'ignore',
  });
  return Promise.resolve();
}

const shipped = await time('check: shipped catalogue', () => checkContent('content'));
console.log(`  ${shipped.practices.length} practices, ${shipped.problems.length} problems`);
await time('npm run check: shipped catalogue (whole process)', () => checkCommand('content'));

const generated = await generateContent(count);
try {
  const result = await time(`check: ${count} generated practices`, () => checkContent(generated));
  console.log(`  ${result.practices.length} practices, ${result.problems.length} problems`);
  await time(`npm run check: ${count} generated (whole process)`, () => checkCommand(generated));
  if (process.argv.includes('--build')) {
    const out = await mkdtemp(path.join(tmpdir(), 'bench-out-'));
    try {
      await time(`build: ${count} generated practices (site, search, PDF)`, () =>
        runBuild({
          ...parseBuildOptions([]),
          contentDir: generated,
          outDir: path.join(out, 'dist'),
        }),
      );
    } finally {
      await rm(out, { recursive: true, force: true });
    }
  }

  // ── Site build (issue 7): website + search index on the generated practices, beside a bare
  // Astro build of the same Markdown files. `--no-site-build` skips it. ──
  if (!process.argv.includes('--no-site-build')) {
    const language = shipped.settings?.languages[0] ?? 'es';
    const figures = await measureSiteBuild(process.cwd(), generated, language);
    for (const line of formatSiteBuild(figures, SITE_BUILD_BUDGET_SECONDS)) console.log(line);
  }

  // ── Browse page (issue 7): first results of a filtered query on the generated practices, in
  // Chromium on localhost. `--no-browse` skips it. ──
  if (!process.argv.includes('--no-browse')) {
    const figures = await measureBrowseQuery(process.cwd(), generated);
    for (const line of formatBrowseQuery(figures)) console.log(line);
  }

  // ── PDF stage (issue 8): the whole PDF stage on the generated practices beside its floor, one
  // plain print of the same fichas with a minimal stylesheet; time and peak memory of each
  // process tree. `--no-pdf-stage` skips it. ──
  if (!process.argv.includes('--no-pdf-stage')) {
    const figures = await measurePdfStage(process.cwd(), generated);
    for (const line of formatPdfStage(figures)) console.log(line);
  }
} finally {
  await rm(generated, { recursive: true, force: true });
}

// ── Lighthouse (issue 7): home, browse and a practice page of the shipped catalogue, served on
// localhost, in the system Chromium. `--no-lighthouse` skips it. ──
if (!process.argv.includes('--no-lighthouse')) {
  const firstPublished = shipped.practices.find((practice) => !practice.data.draft);
  if (firstPublished) {
    const language = shipped.settings?.languages[0] ?? 'es';
    const audits = await auditShippedSite(
      process.cwd(),
      'content',
      language,
      firstPublished.data.code,
    );
    for (const line of formatAudits(audits)) console.log(line);
  }
}
