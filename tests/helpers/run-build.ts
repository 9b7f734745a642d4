/** Runs `npm run build`'s script as a user would, with its exit code and output. */
import { spawn, type ChildProcess } from 'node:child_process';
import { constants } from 'node:os';
import path from 'node:path';
import { SCRIPT_LOADER } from '../../scripts/lib/build/script-loader.ts';

export interface BuildRun {
  /** The exit code; 128 + the signal's number when a signal ended the process. */
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export interface BuildCliOptions {
  /** The folder the build runs in, i.e. the project root it assumes. Default: this project. */
  readonly cwd?: string;
  /** Extra environment variables. */
  readonly env?: Readonly<Record<string, string>>;
  /**
   * Start it in a process group of its own (as a terminal's foreground job), so that
   * `signalGroup` is a Ctrl-C.
   */
  readonly asTerminalJob?: boolean;
}

/** A build under way: its process, its output so far, and its end. */
export interface RunningBuild {
  readonly process: ChildProcess;
  readonly pid: number;
  /** Sends `signal` to the whole process group, as a terminal does on Ctrl-C (with `asTerminalJob`). */
  signalGroup(signal: NodeJS.Signals): void;
  output(): { stdout: string; stderr: string };
  /** Resolves once `text` appears in stdout or stderr (rejects if the build ends first). */
  waitFor(text: string | RegExp): Promise<void>;
  readonly done: Promise<BuildRun>;
}

const SCRIPT = path.resolve('scripts/build.ts');

export function startBuildCli(
  args: readonly string[],
  { cwd = path.resolve('.'), env = {}, asTerminalJob = false }: BuildCliOptions = {},
): RunningBuild {
  const child = spawn(process.execPath, [...SCRIPT_LOADER, SCRIPT, ...args], {
    cwd,
    env: { ...process.env, CHECK_LANG: 'en', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: asTerminalJob,
  });
  let stdout = '';
  let stderr = '';
  const waiters = new Set<() => void>();
  const notify = () => {
    for (const waiter of waiters) waiter();
  };
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
    notify();
  });
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
    notify();
  });
  let ended = false;
  const done = new Promise<BuildRun>((resolve) => {
    child.on('close', (code, signal) => {
      ended = true;
      resolve({ code: code ?? 128 + (signal ? constants.signals[signal] : 0), stdout, stderr });
      notify();
    });
  });
  return {
    process: child,
    pid: child.pid ?? -1,
    signalGroup: (signal) => {
      if (child.pid !== undefined) process.kill(-child.pid, signal);
    },
    output: () => ({ stdout, stderr }),
    done,
    waitFor: (text) =>
      new Promise<void>((resolve, reject) => {
        const check = () => {
          const all = stdout + stderr;
          if (typeof text === 'string' ? all.includes(text) : text.test(all)) {
            waiters.delete(check);
            resolve();
          } else if (ended) {
            waiters.delete(check);
            reject(new Error(`The build ended before printing ${String(text)}:\n${all}`));
          }
        };
        waiters.add(check);
        check();
      }),
  };
}

export function runBuildCli(
  args: readonly string[],
  options: BuildCliOptions = {},
): Promise<BuildRun> {
  return startBuildCli(args, options).done;
}
