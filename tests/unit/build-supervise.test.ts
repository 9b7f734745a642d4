/** `npm run build`'s supervisor: a build that does not stop after a stop signal is killed and cleaned up after. */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { SCRIPT_LOADER } from '../../scripts/lib/build/script-loader.ts';

let dir: string;
/** The processes a failed test must not leave running. */
let started: number[];
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'supervise-'));
  started = [];
});
afterEach(async () => {
  for (const pid of started) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // Already gone, as it should be.
    }
  }
  await rm(dir, { recursive: true, force: true });
});

test('a build still running 1 s after SIGTERM is killed, its lock and temporary folder removed', async () => {
  const out = path.join(dir, 'site');
  const build = spawn(
    process.execPath,
    [...SCRIPT_LOADER, path.resolve('tests/fixtures/stuck-build/build.ts'), '--out', out],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let stdout = '';
  let stderr = '';
  build.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  build.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const ended = new Promise<number | null>((resolve) => build.on('close', resolve));
  while (!stdout.includes('building')) await new Promise((resolve) => setTimeout(resolve, 50));
  const worker = (JSON.parse(await readFile(`${out}.lock`, 'utf8')) as { pid: number }).pid;
  started.push(build.pid!, worker);
  expect(existsSync(`${out}.building`)).toBe(true);

  build.kill('SIGTERM');
  const code = await ended;

  expect(stdout).toContain('SIGTERM ignored');
  expect(stderr).toMatch(/The build \(pid \d+\) had not stopped 1 s after SIGTERM; it is killed\./);
  expect(stderr).toContain(
    'ended (SIGKILL) without cleaning up; its temporary folder and lock are removed',
  );
  // Stopped on request: the status says SIGTERM, as a build that stopped by itself would.
  expect(code).toBe(143);
  expect(existsSync(`${out}.lock`)).toBe(false);
  expect(existsSync(`${out}.building`)).toBe(false);
});
