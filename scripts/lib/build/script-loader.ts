/** How a TypeScript script of this project is started: as the npm scripts start it (package.json). */
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/** Node's arguments before the script's path; absolute, so they work from any folder. */
export const SCRIPT_LOADER: readonly string[] = [
  '--import',
  pathToFileURL(path.join(import.meta.dirname, '..', 'compile-cache.mjs')).href,
];
