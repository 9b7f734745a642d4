/** Lock files: one build per output folder, one Astro step per project, stale locks taken over. */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { tryLock, waitForLock, type LockHolder } from '../../scripts/lib/build/lock.ts';

let dir: string;
let file: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'lock-'));
  file = path.join(dir, 'dist.lock');
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** The pid of a process that has just ended. */
function deadPid(): number {
  const { stdout } = spawnSync(
    process.execPath,
    ['-e', 'process.stdout.write(String(process.pid))'],
    {
      encoding: 'utf8',
    },
  );
  return Number(stdout);
}

const holderFile = (holder: Partial<LockHolder>) =>
  writeFile(file, JSON.stringify({ host: hostname(), since: new Date().toISOString(), ...holder }));

test('a free lock is taken and records this process', async () => {
  const attempt = await tryLock(file);
  expect(attempt.acquired).toBe(true);
  const recorded = JSON.parse(await readFile(file, 'utf8')) as LockHolder;
  expect(recorded.pid).toBe(process.pid);
  expect(recorded.host).toBe(hostname());
});

test('a lock held by a running build is refused, naming its pid', async () => {
  // The test runner that started this worker is running for as long as the test is.
  await holderFile({ pid: process.ppid });
  const attempt = await tryLock(file);
  expect(attempt).toMatchObject({ acquired: false, holder: { pid: process.ppid } });
});

test('a lock left by a build that is no longer running is taken over', async () => {
  const pid = deadPid();
  await holderFile({ pid });
  const attempt = await tryLock(file);
  expect(attempt.acquired).toBe(true);
  if (attempt.acquired) expect(attempt.lock.tookOverFrom?.pid).toBe(pid);
});

test('an unreadable lock file is taken over', async () => {
  await writeFile(file, 'not json');
  expect((await tryLock(file)).acquired).toBe(true);
});

test('a lock held on another machine counts as held', async () => {
  await holderFile({ pid: deadPid(), host: 'another-machine' });
  expect(await tryLock(file)).toMatchObject({ acquired: false });
});

test('releasing removes the lock file, and leaves no temporary files', async () => {
  const attempt = await tryLock(file);
  if (!attempt.acquired) throw new Error('not acquired');
  attempt.lock.release();
  expect(existsSync(file)).toBe(false);
  expect(await readdir(dir)).toEqual([]);
});

test('releasing leaves a lock that another build has taken since', async () => {
  const attempt = await tryLock(file);
  if (!attempt.acquired) throw new Error('not acquired');
  await holderFile({ pid: process.ppid });
  attempt.lock.release();
  expect(existsSync(file)).toBe(true);
});

test('waiting for a lock says so once, and takes it when it is released', async () => {
  const first = await tryLock(file);
  if (!first.acquired) throw new Error('not acquired');
  const waits: number[] = [];
  const second = waitForLock(file, (holder) => waits.push(holder.pid), 20);
  await new Promise((resolve) => setTimeout(resolve, 100));
  first.lock.release();
  const lock = await second;
  expect(waits).toEqual([process.pid]);
  lock.release();
});
