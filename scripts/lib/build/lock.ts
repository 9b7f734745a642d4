/**
 * Lock files that say which build holds them: `dist.lock` next to an output folder (one
 * build per output at a time) and one in the project's .astro/ (one Astro step at a time).
 * A lock whose build is no longer running (a crash, a killed terminal) is taken over.
 */
import { readFileSync, unlinkSync } from 'node:fs';
import { hostname } from 'node:os';
import { link, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { onExit } from './interrupt.ts';

/** What a lock file records about the build that holds it. */
export interface LockHolder {
  readonly pid: number;
  readonly host: string;
  /** ISO time the build took the lock. */
  readonly since: string;
}

export interface Lock {
  readonly file: string;
  /** The lock a dead build left behind and this one took over, if any. */
  readonly tookOverFrom: LockHolder | undefined;
  /** Removes the lock file (only if it is still this build's). */
  release(): void;
}

export type LockAttempt =
  | { readonly acquired: true; readonly lock: Lock }
  | { readonly acquired: false; readonly holder: LockHolder };

async function readHolder(file: string): Promise<LockHolder | undefined> {
  try {
    const data = JSON.parse(await readFile(file, 'utf8')) as Partial<LockHolder>;
    if (typeof data.pid !== 'number') return undefined;
    return { pid: data.pid, host: data.host ?? hostname(), since: data.since ?? '' };
  } catch {
    return undefined;
  }
}

/** A holder on another machine (a shared drive) cannot be checked, so it counts as running. */
export function isRunning(holder: LockHolder): boolean {
  if (holder.host !== hostname()) return true;
  try {
    process.kill(holder.pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Creates `file` holding this process's pid, atomically: the record is written to a file of
 * its own and hard-linked into place, which fails if a lock is already there.
 */
export async function tryLock(file: string): Promise<LockAttempt> {
  await mkdir(path.dirname(file), { recursive: true });
  const own: LockHolder = { pid: process.pid, host: hostname(), since: new Date().toISOString() };
  const draft = `${file}.${process.pid}.new`;
  await writeFile(draft, `${JSON.stringify(own)}\n`);
  let tookOverFrom: LockHolder | undefined;
  try {
    for (let attempt = 0; attempt < 5; attempt++) {
      try {
        await link(draft, file);
        const forget = onExit(() => {
          removeIfOurs(file);
        });
        const lock: Lock = {
          file,
          tookOverFrom,
          release() {
            forget();
            removeIfOurs(file);
          },
        };
        return { acquired: true, lock };
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
      const holder = await readHolder(file);
      if (holder && isRunning(holder)) return { acquired: false, holder };
      // Unreadable or left by a dead build: move it aside, and remove it only if it is still
      // the stale one (another build may have taken it over in the meantime).
      const aside = `${file}.${process.pid}.stale`;
      try {
        await rename(file, aside);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') continue;
        throw error;
      }
      const moved = await readHolder(aside);
      if (holder && moved && moved.pid !== holder.pid && isRunning(moved)) {
        await link(aside, file).catch(() => undefined);
        await rm(aside, { force: true });
        return { acquired: false, holder: moved };
      }
      await rm(aside, { force: true });
      tookOverFrom = holder;
    }
    throw new Error(`Could not take the lock ${file}: other builds keep changing it.`);
  } finally {
    await rm(draft, { force: true });
  }
}

/** Runs at exit (Ctrl-C included): the lock goes, unless another build has taken it over meanwhile. */
function removeIfOurs(file: string): void {
  try {
    const holder = JSON.parse(readFileSync(file, 'utf8')) as Partial<LockHolder>;
    if (holder.pid === process.pid && holder.host === hostname()) unlinkSync(file);
  } catch {
    // Already gone.
  }
}

/** Waits for a lock, calling `onWait` once with the holder when it has to wait. */
export async function waitForLock(
  file: string,
  onWait: (holder: LockHolder) => void,
  pollMs = 200,
): Promise<Lock> {
  let told = false;
  for (;;) {
    const attempt = await tryLock(file);
    if (attempt.acquired) return attempt.lock;
    if (!told) onWait(attempt.holder);
    told = true;
    await sleep(pollMs);
  }
}

/**
 * Astro writes generated modules into the project's .astro/ (`.astro/.prerender/`) whatever
 * the output folder, so two builds of one project, even into different folders, take turns.
 */
export function lockAstroStep(root: string, onWait: (holder: LockHolder) => void): Promise<Lock> {
  return waitForLock(astroLockFile(root), onWait);
}

/** The project's lock on Astro's step. */
export const astroLockFile = (root: string) => path.join(root, '.astro', 'catalogue-build.lock');

/** The lock of the build writing `outDir`, beside it: `dist.lock`. */
export const outputLockFile = (outDir: string) => `${outDir}.lock`;

/** Removes `file` if `pid` (a build that has ended) still holds it; says whether it did. */
export function removeLockOf(file: string, pid: number): boolean {
  try {
    const holder = JSON.parse(readFileSync(file, 'utf8')) as Partial<LockHolder>;
    if (holder.pid !== pid || holder.host !== hostname()) return false;
    unlinkSync(file);
    return true;
  } catch {
    return false;
  }
}
