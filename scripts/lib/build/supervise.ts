/**
 * `npm run build` runs the build in a child process and waits for it:
 *
 * - The build (main.ts) gets Ctrl-C from the terminal, or a stop signal relayed from here
 *   when only this process was signalled, and cleans up at its own pace.
 * - If the build dies without cleaning up all the same (killed, out of memory), this process
 *   removes what it left: its temporary folder and the locks it held.
 * - A build still running some time after a stop signal (its cleanup has its own time limit,
 *   so it is stuck: a native library's threads can hold up a process's exit) is killed, and
 *   cleaned up after in the same way.
 * - A build that said it has finished (`reportFinished`) but is still running some seconds
 *   later is stuck in Node's exit (nodejs/node#54918): it is killed, and the exit code it
 *   reported is kept.
 */
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { constants } from 'node:os';
import { CLEANUP_TIMEOUT_MS, STOP_SIGNALS } from './interrupt.ts';
import { astroLockFile, outputLockFile, removeLockOf } from './lock.ts';
import { outLabel, parseBuildOptions } from './options.ts';
import { temporaryFolderOf } from './output-folder.ts';
import { SCRIPT_LOADER } from './script-loader.ts';

/** How long a build may take to stop after a stop signal before it is killed. */
const STOP_GRACE_MS = CLEANUP_TIMEOUT_MS + 5_000;
/** How long a build that has finished may take to end its process. */
const EXIT_GRACE_MS = 10_000;

/** The message a build sends its supervisor once it has finished. */
interface Finished {
  readonly finished: { readonly exitCode: number };
}

const isFinished = (message: unknown): message is Finished =>
  typeof (message as Partial<Finished> | null)?.finished?.exitCode === 'number';

/**
 * In the build: lets it end without the supervisor's channel (it must not keep the process
 * alive). Call first.
 */
export function unrefSupervisorChannel(): void {
  process.channel?.unref();
}

/** In the build: tells the supervisor, if any, that it has finished with `exitCode`. Call last. */
export function reportFinished(exitCode: number): void {
  process.send?.({ finished: { exitCode } } satisfies Finished);
}

export interface SuperviseOptions {
  readonly stopGraceMs?: number;
  readonly exitGraceMs?: number;
}

/** Runs `worker` with `args` and returns the exit code to end with. */
export async function superviseBuild(
  worker: string,
  args: readonly string[],
  { stopGraceMs = STOP_GRACE_MS, exitGraceMs = EXIT_GRACE_MS }: SuperviseOptions = {},
): Promise<number> {
  const child = spawn(process.execPath, [...SCRIPT_LOADER, worker, ...args], {
    stdio: ['inherit', 'inherit', 'inherit', 'ipc'],
  });
  const running = () => child.exitCode === null && child.signalCode === null;
  let stoppedBy: NodeJS.Signals | undefined;
  let finishedWith: number | undefined;
  let killer: NodeJS.Timeout | undefined;
  const killAfter = (ms: number, why: string) => {
    clearTimeout(killer);
    killer = setTimeout(() => {
      if (!running()) return;
      console.error(`\nThe build (pid ${child.pid}) ${why}; it is killed.`);
      child.kill('SIGKILL');
    }, ms);
  };
  const forward = (signal: NodeJS.Signals) => {
    if (running()) child.kill(signal);
    if (stoppedBy) return;
    stoppedBy = signal;
    killAfter(stopGraceMs, `had not stopped ${stopGraceMs / 1000} s after ${signal}`);
  };
  child.on('message', (message) => {
    if (!isFinished(message) || stoppedBy) return;
    finishedWith = message.finished.exitCode;
    killAfter(
      exitGraceMs,
      `had finished, but its process had not ended ${exitGraceMs / 1000} s later (a fault of Node.js at exit)`,
    );
  });
  for (const signal of STOP_SIGNALS) process.on(signal, forward);
  const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>(
    (resolve, reject) => {
      child.on('error', reject);
      child.on('exit', (exitCode, exitSignal) => {
        resolve([exitCode, exitSignal]);
      });
    },
  );
  for (const stop of STOP_SIGNALS) process.off(stop, forward);
  clearTimeout(killer);
  if (child.pid !== undefined) cleanUpAfter(child.pid, args, signal ?? `exit code ${code}`);
  // Stopped on request: the exit code says which signal, even if the build had to be killed.
  if (stoppedBy && signal === 'SIGKILL') return 128 + constants.signals[stoppedBy];
  if (finishedWith !== undefined && signal === 'SIGKILL') return finishedWith;
  return code ?? 128 + (signal ? constants.signals[signal] : 0);
}

/** What a build that was killed outright leaves behind, removed if that build still owns it. */
function cleanUpAfter(pid: number, args: readonly string[], how: string): void {
  let options;
  try {
    options = parseBuildOptions(['node', 'build', ...args]);
  } catch {
    return; // The build said what was wrong with its options; it wrote nothing.
  }
  const left = removeLockOf(outputLockFile(options.outDir), pid);
  if (left) rmSync(temporaryFolderOf(options.outDir), { recursive: true, force: true });
  const astro = removeLockOf(astroLockFile(options.root), pid);
  if (left || astro) {
    console.error(
      `\nThe build (pid ${pid}) ended (${how}) without cleaning up; its temporary folder and lock are removed. ` +
        `${outLabel(options)} is as the last finished build left it.`,
    );
  }
}
