/**
 * The checker and Astro cannot disagree: every content variant goes through `npm run check`'s
 * checker and through a bare `astro build` (no check first), and both must give the same
 * verdict — accepted and published as written, or refused with the checker's own message.
 */
import { execFile } from 'node:child_process';
import { readFile, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from 'vitest';
import { checkContent } from '../../src/lib/check/index.ts';
import { errorsOf } from '../../src/lib/check/problem.ts';
import { formatProblem } from '../../src/lib/check/problem.ts';
import { BP, MDX, readFixture, replaceLine, useSandbox } from '../helpers/content-sandbox.ts';
import { SCRIPT_LOADER } from '../../scripts/lib/build/script-loader.ts';

const sandbox = useSandbox();

interface Verdicts {
  readonly checkerErrors: string[];
  readonly astro: { code: number; output: string };
  readonly dist: string;
}

async function bothVerdicts(): Promise<Verdicts> {
  const content = path.join(sandbox.root, 'content');
  const result = await checkContent(content, sandbox.root);
  const dist = path.join(sandbox.root, 'dist');
  const astro = await new Promise<{ code: number; output: string }>((resolve) => {
    execFile(
      process.execPath,
      [...SCRIPT_LOADER, 'tests/helpers/astro-only-build.ts', content, dist],
      { env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' }, maxBuffer: 64 << 20 },
      (error, stdout, stderr) => {
        resolve({ code: error ? Number(error.code ?? 1) : 0, output: stdout + stderr });
      },
    );
  });
  return {
    checkerErrors: errorsOf(result.problems).map((problem) => formatProblem(problem, 'en')),
    astro,
    dist,
  };
}

test('values YAML readers disagree on are accepted by both and published as written', async () => {
  let bp = await readFixture(BP);
  bp = replaceLine(bp, 'title:', 'title: "Lograr acuerdos."\nsummary: 2024-05-01');
  bp = replaceLine(bp, 'keywords:', 'keywords: [2023-01-01, no, "on", 1e3x]');
  await sandbox.write(BP, bp);
  const { checkerErrors, astro, dist } = await bothVerdicts();
  expect(checkerErrors).toEqual([]);
  expect(astro.code, astro.output).toBe(0);
  const area = await readFile(path.join(dist, 'areas/ah/index.html'), 'utf8');
  expect(area).toContain('2024-05-01');
  const page = await readFile(path.join(dist, 'practicas/bp1_ah/index.html'), 'utf8');
  for (const keyword of ['2023-01-01', '>no<', '>on<', '1e3x']) expect(page).toContain(keyword);
});

test.each([
  [
    'a date written day/month',
    async () =>
      sandbox.write(
        MDX,
        replaceLine(await readFixture(MDX), 'submitted:', 'submitted: 10/09/2023'),
      ),
    "submitted: '10/09/2023' is not a valid YYYY-MM-DD date",
  ],
  [
    'a list where text belongs',
    async () => sandbox.write(BP, replaceLine(await readFixture(BP), 'actors:', 'actors: [1, 2]')),
    'actors: expected text, got a list',
  ],
  [
    'a symbolic link to a practice outside the content',
    async () => {
      const outside = path.join(sandbox.root, 'outside.mdx');
      await writeFile(outside, (await readFixture(MDX)).replace('R4V_PLATFORM', 'OUTSIDE'));
      await symlink(outside, path.join(sandbox.root, 'content/practices/gn/OUTSIDE.mdx'));
    },
    'content/practices/gn/OUTSIDE.mdx this is a symbolic link',
  ],
  [
    'a YAML alias bomb',
    async () => {
      // Ten levels of nine aliases each: 9^10 values from a dozen lines.
      const levels = ['l0: &l0 [x,x,x,x,x,x,x,x,x]'];
      for (let level = 1; level <= 10; level++) {
        levels.push(
          `l${level}: &l${level} [${Array(9)
            .fill(`*l${level - 1}`)
            .join(',')}]`,
        );
      }
      await sandbox.write(
        BP,
        (await readFixture(BP)).replace('---\n', `---\n${levels.join('\n')}\n`),
      );
    },
    'the header uses too many YAML aliases',
  ],
])('%s is refused by both, with the same message', async (_name, write, message) => {
  await write();
  const { checkerErrors, astro } = await bothVerdicts();
  expect(checkerErrors.join('\n')).toContain(message);
  expect(astro.code).not.toBe(0);
  expect(astro.output).toContain(message);
});
