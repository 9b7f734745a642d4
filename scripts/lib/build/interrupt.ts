/**
 * Ctrl-C (SIGINT), SIGTERM and SIGHUP stop a build. What a build must not leave behind (its
 * temporary folder, its lock files) is registered with `onExit`: on a signal it is removed
 * before the process exits, and on any other way out (an uncaught error) synchronously in
 * the 'exit' event. The swap of the output folder, two renames, is never cut in half
 * (`uninterruptible`).
 *
 * After a signal the event loop stays free (a big folder is removed asynchronously) and the
 * signals that keep arriving (the terminal's, and the one supervise.ts forwards) are ignored
 * until the cleanup is done; a build killed outright is cleaned up after by supervise.ts.
 */
import { rmSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { constants } from 'node:os';

export interface Cleanup {
  /** Runs in the 'exit' event: synchronous, and fast. */
  readonly sync: () => void;
  /** Runs after a signal, before the exit, keeping the event loop free. Default: `sync`. */
  readonly async?: () => Promise<void>;
}

const cleanups = new Set<Cleanup>();
let listening = false;
let critical: Promise<unknown> = Promise.resolve();
let stopping = false;

/** Longest wait for the cleanup after a signal: then the process exits anyway. */
export const CLEANUP_TIMEOUT_MS = 15_000;

function runSyncCleanups(): void {
  for (const cleanup of [...cleanups].reverse()) {
    try {
      cleanup.sync();
    } catch {
      // One failed cleanup must not keep the others from running.
    }
  }
  cleanups.clear();
}

async function runAsyncCleanups(): Promise<void> {
  for (const cleanup of [...cleanups].reverse()) {
    try {
      if (cleanup.async) await cleanup.async();
      else cleanup.sync();
      cleanups.delete(cleanup);
    } catch {
      // Left for the synchronous pass in the 'exit' event.
    }
  }
}

/**
 * Registers a cleanup for the way out: a function (synchronous), or both forms.
 * Returns a function that cancels it, for when the work ended normally.
 */
export function onExit(cleanup: Cleanup | (() => void)): () => void {
  if (!listening) {
    process.on('exit', runSyncCleanups);
    listening = true;
  }
  const entry = typeof cleanup === 'function' ? { sync: cleanup } : cleanup;
  cleanups.add(entry);
  return () => {
    cleanups.delete(entry);
  };
}

/**
 * Removes `folder` (and what is in it) on any way out, a stop signal included: for the
 * temporary folders the work fills as it goes. The returned function removes it at the
 * work's own end.
 */
export function removedOnExit(folder: string): () => Promise<void> {
  const remove = () => rm(folder, { recursive: true, force: true });
  const forget = onExit({
    sync: () => {
      rmSync(folder, { recursive: true, force: true });
    },
    async: remove,
  });
  return async () => {
    await remove();
    forget();
  };
}

/** Runs `work` to its end even if a signal arrives meanwhile: the exit waits for it. */
export function uninterruptible<T>(work: () => Promise<T>): Promise<T> {
  const running = work();
  critical = Promise.all([critical, running.catch(() => undefined)]);
  return running;
}

export const STOP_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/**
 * Ends the process by `signal` itself, once the cleanups have run: the shell and the parent
 * see a process stopped by that signal (status 128 + its number), and Node's own exit is
 * skipped, which can deadlock while V8 compiles in the background (nodejs/node#54918: the
 * build hung after Ctrl-C about once in fifty during Astro's step). The 'exit' listeners
 * still run, as in that exit: ours, and Puppeteer's, which kills Chromium and removes its
 * profile.
 */
function endBy(signal: NodeJS.Signals): void {
  const code = 128 + constants.signals[signal];
  process.exitCode = code;
  process.emit('exit', code);
  process.removeAllListeners(signal);
  process.kill(process.pid, signal);
}

/**
 * On the first stop signal: `report` says so, any uninterruptible work finishes, the
 * cleanups run, and the process ends by that signal, as shells expect.
 */
export function exitOnSignals(report: (signal: NodeJS.Signals) => void): void {
  for (const signal of STOP_SIGNALS) {
    process.on(signal, () => {
      if (stopping) return;
      stopping = true;
      report(signal);
      const timeout = setTimeout(() => {
        endBy(signal);
      }, CLEANUP_TIMEOUT_MS);
      void critical.then(runAsyncCleanups).finally(() => {
        clearTimeout(timeout);
        endBy(signal);
      });
    });
  }
}
