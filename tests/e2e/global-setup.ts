/**
 * Builds the shipped catalogue once for every end-to-end test file that reads it, as a
 * user would (`npm run build` into a temporary folder), and removes it afterwards.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { runBuildCli } from '../helpers/run-build.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The shipped catalogue's build: its dist folder and what the build printed. */
    shipped: { dist: string; code: number; stdout: string; stderr: string };
  }
}

export default async function setup(project: TestProject) {
  const out = await mkdtemp(path.join(tmpdir(), 'shipped-'));
  const dist = path.join(out, 'dist');
  const build = await runBuildCli(['--out', dist]);
  project.provide('shipped', { dist, ...build });
  return async () => {
    await rm(out, { recursive: true, force: true });
  };
}
