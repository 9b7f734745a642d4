/**
 * `npm run build` runs the build in a child process and waits for it, for two reasons:
 *
 * - npm starts scripts through tsx's command line, which relays Ctrl-C to its child and kills
 *   the child outright if it does not acknowledge the signal within 30 ms; a build busy in
 *   Astro cannot, and would leave its temporary folder and lock behind. This process is idle,
 *   so it acknowledges at once; the build (main.ts) gets Ctrl-C from the terminal, or from
 *   here, and cleans up at its own pace.
 * - If the build dies without cleaning up all the same (killed, out of memory), this process
 *   removes what it left: its temporary folder and the locks it held.
 */
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { constants } from 'node:os';
import { pathToFileURL } from 'node:url';
import { STOP_SIGNALS } from './interrupt.ts';
import { astroLockFile, outputLockFile, removeLockOf } from './lock.ts';
import { outLabel, parseBuildOptions } from './options.ts';
import { temporaryFolderOf } from './output-folder.ts';

const TSX = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;

/** Runs `worker` with `args` and returns the exit code to end with. */
export async function superviseBuild(worker: string, args: readonly string[]): Promise<number> {
  const child = spawn(process.execPath, ['--import', TSX, worker, ...args], { stdio: 'inherit' });
  const forward = (signal: NodeJS.Signals) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
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
  if (child.pid !== undefined) cleanUpAfter(child.pid, args, signal ?? `exit code ${code}`);
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
