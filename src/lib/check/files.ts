/**
 * Lists the content files the checker reads — and so the only ones the site loads. A
 * symbolic link is never followed: it could bring in a file from anywhere on the machine.
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';

/** A file as messages and the site name it: relative to the project `root`, with forward slashes. */
export const projectPath = (root: string, absolute: string): string =>
  path.relative(root, absolute).split(path.sep).join('/');

export interface FileListing {
  /** Regular files whose names match, sorted. */
  readonly files: readonly string[];
  /** Regular files whose names do not match. */
  readonly others: readonly string[];
  /** Symbolic links, to files or folders. */
  readonly links: readonly string[];
}

export async function listFiles(
  dir: string,
  pattern: RegExp,
  recursive = true,
): Promise<FileListing> {
  let entries;
  try {
    entries = await readdir(dir, { recursive, withFileTypes: true });
  } catch {
    return { files: [], others: [], links: [] };
  }
  const absolute = (entry: (typeof entries)[number]) => path.join(entry.parentPath, entry.name);
  const regular = entries.filter((entry) => entry.isFile());
  return {
    files: regular
      .filter((entry) => pattern.test(entry.name))
      .map(absolute)
      .sort(),
    others: regular
      .filter((entry) => !pattern.test(entry.name))
      .map(absolute)
      .sort(),
    links: entries
      .filter((entry) => entry.isSymbolicLink())
      .map(absolute)
      .sort(),
  };
}
