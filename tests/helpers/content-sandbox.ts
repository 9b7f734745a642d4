/**
 * Copies the valid fixture catalogue to a temporary folder and applies changes to it,
 * so each test states only the one thing it breaks.
 */
import { cp, mkdtemp, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { checkContent } from '../../src/lib/check/index.ts';
import { formatProblem, sortProblems } from '../../src/lib/check/problem.ts';

export const FIXTURE = path.resolve('tests/fixtures/valid-catalogue');

export interface Sandbox {
  /** The sandbox project root; its content is in `root/content`. */
  readonly root: string;
  write(file: string, text: string | Uint8Array): Promise<void>;
  remove(file: string): Promise<void>;
  dispose(): Promise<void>;
}

export async function createSandbox(): Promise<Sandbox> {
  const root = await mkdtemp(path.join(tmpdir(), 'catalogue-'));
  await cp(FIXTURE, root, { recursive: true });
  return {
    root,
    async write(file, text) {
      const target = path.join(root, file);
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(target, text);
    },
    remove: (file) => rm(path.join(root, file), { force: true }),
    dispose: () => rm(root, { recursive: true, force: true }),
  };
}

/** The checker's messages for the sandbox, in English, one line each. */
export async function checkMessages(sandbox: Sandbox): Promise<string[]> {
  const result = await checkContent(path.join(sandbox.root, 'content'), sandbox.root);
  return sortProblems(result.problems).map((problem) => formatProblem(problem, 'en'));
}

/** Rewrites one frontmatter line of a fixture file (matched by its start). */
export function replaceLine(text: string, startsWith: string, replacement: string | null): string {
  const lines = text.split('\n');
  const index = lines.findIndex((line) => line.startsWith(startsWith));
  if (index < 0) throw new Error(`No line starts with '${startsWith}'`);
  if (replacement === null) lines.splice(index, 1);
  else lines[index] = replacement;
  return lines.join('\n');
}
