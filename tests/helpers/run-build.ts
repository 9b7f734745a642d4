/** Runs `npm run build`'s script as a user would, with its exit code and output. */
import { execFile } from 'node:child_process';
import path from 'node:path';

export interface BuildRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export function runBuildCli(args: readonly string[]): Promise<BuildRun> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', path.resolve('scripts/build.ts'), ...args],
      {
        cwd: path.resolve('.'),
        env: { ...process.env, CHECK_LANG: 'en' },
        maxBuffer: 64 * 1024 * 1024,
      },
      (error, stdout, stderr) => {
        resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
      },
    );
  });
}
