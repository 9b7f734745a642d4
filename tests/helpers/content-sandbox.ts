/**
 * Copies the valid fixture catalogue to a temporary folder and applies changes to it,
 * so each test states only the one thing it breaks.
 */
import { cp, mkdtemp, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import { checkContent } from '../../src/lib/check/index.ts';
import { formatProblem, sortProblems } from '../../src/lib/check/problem.ts';

export const FIXTURE = path.resolve('tests/fixtures/valid-catalogue');

/** Files of the fixture catalogue that tests break, one of each kind of file. */
export const BP = 'content/practices/ah/BP1_AH.md';
export const LA = 'content/practices/ah/LA1_AH.md';
export const LN = 'content/practices/gn/LN1_GN.md';
export const MDX = 'content/practices/gn/R4V_PLATFORM.mdx';
export const PAGE = 'content/pages/presentacion.md';

/** A fixture file's text, as committed. */
export const readFixture = (file: string) => readFile(path.join(FIXTURE, file), 'utf8');

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

/**
 * A fresh copy of the fixture catalogue for every test of the calling file, removed after
 * it: `const sandbox = useSandbox();` at the top of a test file.
 */
export function useSandbox(): Sandbox {
  let current: Sandbox | undefined;
  beforeEach(async () => {
    current = await createSandbox();
  });
  afterEach(async () => {
    await current?.dispose();
    current = undefined;
  });
  const get = () => {
    if (!current) throw new Error('useSandbox(): the sandbox exists only while a test runs');
    return current;
  };
  return {
    get root() {
      return get().root;
    },
    write: (file, text) => get().write(file, text),
    remove: (file) => get().remove(file),
    dispose: () => get().dispose(),
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
