/**
 * Ctrl-C (SIGINT), SIGTERM and SIGHUP stop a build at once. What a build must not leave
 * behind (its temporary folder, its lock files) is registered with `onExit` and removed
 * synchronously on the way out, whatever the reason for leaving; the swap of the output
 * folder, two renames, is never cut in half (`uninterruptible`).
 */
import { constants } from 'node:os';

type Cleanup = () => void;

const cleanups = new Set<Cleanup>();
let listening = false;
let critical: Promise<unknown> = Promise.resolve();
let stopping = false;

function runCleanups(): void {
  for (const cleanup of [...cleanups].reverse()) {
    try {
      cleanup();
    } catch {
      // One failed cleanup must not keep the others from running.
    }
  }
  cleanups.clear();
}

/** Runs `cleanup` (synchronous) when the process exits; returns a function that cancels it. */
export function onExit(cleanup: Cleanup): () => void {
  if (!listening) {
    process.on('exit', runCleanups);
    listening = true;
  }
  cleanups.add(cleanup);
  return () => {
    cleanups.delete(cleanup);
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
 * On the first stop signal: `report` says so, any uninterruptible work finishes, and the
 * process exits with 128 + the signal's number, as shells expect. A second signal exits at once.
 */
export function exitOnSignals(report: (signal: NodeJS.Signals) => void): void {
  for (const signal of STOP_SIGNALS) {
    process.on(signal, () => {
      const code = 128 + constants.signals[signal];
      if (stopping) process.exit(code);
      stopping = true;
      report(signal);
      void critical.finally(() => process.exit(code));
    });
  }
}
