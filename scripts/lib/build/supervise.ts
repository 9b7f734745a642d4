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

/** Runs `worker` with `args` and returns the exit code to end with. */
export async function superviseBuild(
  worker: string,
  args: readonly string[],
  { stopGraceMs = STOP_GRACE_MS }: { stopGraceMs?: number } = {},
): Promise<number> {
  const child = spawn(process.execPath, [...SCRIPT_LOADER, worker, ...args], { stdio: 'inherit' });
  const running = () => child.exitCode === null && child.signalCode === null;
  let stoppedBy: NodeJS.Signals | undefined;
  let killer: NodeJS.Timeout | undefined;
  const forward = (signal: NodeJS.Signals) => {
    if (running()) child.kill(signal);
    if (stoppedBy) return;
    stoppedBy = signal;
    killer = setTimeout(() => {
      if (!running()) return;
      console.error(
        `\nThe build (pid ${child.pid}) had not stopped ${stopGraceMs / 1000} s after ${signal}; it is killed.`,
      );
      child.kill('SIGKILL');
    }, stopGraceMs);
  };
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
