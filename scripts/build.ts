/** `npm run build`: the whole catalogue, website and PDF, into dist/ — or nothing changes. */
import path from 'node:path';
import { superviseBuild } from './lib/build/supervise.ts';

process.exitCode = await superviseBuild(
  path.join(import.meta.dirname, 'lib', 'build', 'main.ts'),
  process.argv.slice(2),
);
