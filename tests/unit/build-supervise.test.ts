/**
 * `npm run build`'s supervisor: a build that does not stop after a stop signal, or whose
 * process does not end once it has finished, is killed and cleaned up after.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
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

interface StuckBuild {
  readonly supervisor: ChildProcess;
  readonly out: string;
  readonly output: () => { stdout: string; stderr: string };
  /** The supervisor's exit code, once its output is closed. */
  readonly ended: Promise<number | null>;
}

/** Starts tests/fixtures/stuck-build under its supervisor, and waits until it has its lock. */
async function startStuckBuild(env: Record<string, string> = {}): Promise<StuckBuild> {
  const out = path.join(dir, 'site');
  const supervisor = spawn(
    process.execPath,
    [...SCRIPT_LOADER, path.resolve('tests/fixtures/stuck-build/build.ts'), '--out', out],
    { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } },
  );
  let stdout = '';
  let stderr = '';
  supervisor.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  supervisor.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const ended = new Promise<number | null>((resolve) => supervisor.on('close', resolve));
  let building: RegExpExecArray | null;
  while (!(building = /building \(pid (\d+)\)/.exec(stdout)))
    await new Promise((resolve) => setTimeout(resolve, 50));
  started.push(supervisor.pid!, Number(building[1]));
  return { supervisor, out, output: () => ({ stdout, stderr }), ended };
}

test('a build still running 1 s after SIGTERM is killed, its lock and temporary folder removed', async () => {
  const { supervisor, out, output, ended } = await startStuckBuild();
  expect(existsSync(`${out}.lock`)).toBe(true);
  expect(existsSync(`${out}.building`)).toBe(true);

  supervisor.kill('SIGTERM');
  const code = await ended;

  const { stdout, stderr } = output();
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

test('a build whose process does not end once it has finished is killed, with the exit code it reported', async () => {
  const { output, ended } = await startStuckBuild({ STUCK: 'after-finishing' });

  const code = await ended;

  const { stdout, stderr } = output();
  expect(stdout).toContain('finished');
  expect(stderr).toMatch(
    /The build \(pid \d+\) had finished, but its process had not ended 1 s later \(a fault of Node\.js at exit\); it is killed\./,
  );
  // It had cleaned up itself: nothing to say about a lock or a temporary folder.
  expect(stderr).not.toContain('without cleaning up');
  expect(code).toBe(3);
});
