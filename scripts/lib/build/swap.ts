/** Replaces `dist/` with the freshly built folder in two renames, so a reader never sees half a site. */
import { existsSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';

export async function swapIntoPlace(builtDir: string, distDir: string): Promise<void> {
  const previous = `${distDir}.previous`;
  await rm(previous, { recursive: true, force: true });
  if (existsSync(distDir)) await rename(distDir, previous);
  await rename(builtDir, distDir);
  await rm(previous, { recursive: true, force: true });
}
