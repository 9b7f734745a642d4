/**
 * Runs a command and samples its whole process tree (the command, and the Chromium it
 * starts with all its helpers) from /proc: the peak of the summed proportional set sizes
 * (PSS, shared pages split between the processes that share them), and the processor time
 * the tree used, in user space and in the kernel. Linux only.
 *
 * The processor time says what a wall time cannot on a shared machine: how much work the
 * run was. Its kernel share is mostly page faults, which cost several times more in a
 * virtual machine than on bare metal.
 *
 * The measure must not slow what it measures. Reading a process's PSS walks its page
 * tables: four times a second over Chromium's processes, sampling took 7.3 processor-s of
 * a 49 s run of the PDF stage, taken from the two cores the stage keeps busy. With the PSS
 * read once a second it took 2.7 s of a 52 s run, and the peak it finds stays within 1.5 %
 * of the four-times-a-second one (measured on the same run). Processor times, from each
 * process's `stat`, cost little and are read four times a second, so that a process that
 * ends loses at most a quarter of a second.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

export interface TreeRun {
  readonly seconds: number;
  readonly peakMiB: number;
  /** Processor seconds of the whole tree, each process as last sampled (up to TIMES_EVERY_MS short). */
  readonly cpuSeconds: number;
  /** Of `cpuSeconds`, those spent in the kernel. */
  readonly kernelSeconds: number;
  readonly code: number | null;
  readonly output: string;
}

/** How often the processor times are read, and every how many of those reads the PSS is. */
const TIMES_EVERY_MS = 250;
const PSS_EVERY = 4;

/** /proc counts processor time in clock ticks, which Linux fixes at 100 a second for user space. */
const TICKS_PER_SECOND = 100;

interface ProcessSample {
  readonly ppid: number;
  readonly user: number;
  readonly kernel: number;
}

/** Every process's parent and processor time, in seconds. */
function processes(): Map<number, ProcessSample> {
  const all = new Map<number, ProcessSample>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      // The command name may hold spaces and parentheses: the fields follow the last ')'.
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      all.set(Number(name), {
        ppid: Number(fields[1]),
        user: Number(fields[11]) / TICKS_PER_SECOND,
        kernel: Number(fields[12]) / TICKS_PER_SECOND,
      });
    } catch {
      // The process ended while being read.
    }
  }
  return all;
}

/** The pids of `root` and its descendants. */
function tree(root: number, all: ReadonlyMap<number, ProcessSample>): number[] {
  const byParent = new Map<number, number[]>();
  for (const [pid, { ppid }] of all) byParent.set(ppid, [...(byParent.get(ppid) ?? []), pid]);
  const found: number[] = [];
  const queue = [root];
  while (queue.length > 0) {
    const pid = queue.pop()!;
    found.push(pid);
    queue.push(...(byParent.get(pid) ?? []));
  }
  return found;
}

function pssKiB(pid: number): number {
  try {
    const rollup = readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8');
    return Number(/^Pss:\s+(\d+) kB/m.exec(rollup)?.[1] ?? 0);
  } catch {
    return 0; // Gone, or not ours to read.
  }
}

export function runMeasured(command: string, args: readonly string[]): Promise<TreeRun> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    let peak = 0;
    // Each process's time as last seen: a process that has ended keeps its last sample.
    const times = new Map<number, { user: number; kernel: number }>();
    let tick = 0;
    const sampler = setInterval(() => {
      if (!child.pid) return;
      const all = processes();
      const pids = tree(child.pid, all);
      for (const pid of pids) {
        const sample = all.get(pid);
        if (sample) times.set(pid, sample);
      }
      if (tick++ % PSS_EVERY === 0) {
        peak = Math.max(
          peak,
          pids.reduce((total, pid) => total + pssKiB(pid), 0),
        );
      }
    }, TIMES_EVERY_MS);
    child.on('error', (error) => {
      clearInterval(sampler);
      reject(error);
    });
    child.on('close', (code) => {
      clearInterval(sampler);
      const sum = (pick: (time: { user: number; kernel: number }) => number) =>
        [...times.values()].reduce((total, time) => total + pick(time), 0);
      resolve({
        seconds: (performance.now() - started) / 1000,
        peakMiB: peak / 1024,
        cpuSeconds: sum((time) => time.user + time.kernel),
        kernelSeconds: sum((time) => time.kernel),
        code,
        output,
      });
    });
  });
}
