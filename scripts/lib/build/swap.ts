/**
 * Replaces the output folder with the freshly built one in two renames, so a reader never
 * sees half a site: the old folder moves aside to `<out>.previous`, the new one takes its
 * place. If the second rename fails the old folder is put back; a signal never cuts the two
 * renames apart; and a `<out>.previous` left by a machine that died between them is restored.
 */
import { existsSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { BuildError } from './build-error.ts';
import { uninterruptible } from './interrupt.ts';

/** The file operations the swap uses; tests replace them to make one fail. */
export interface SwapFileSystem {
  rename(from: string, to: string): Promise<void>;
  rm(target: string, options: { recursive: true; force: true }): Promise<void>;
}

const nodeFileSystem: SwapFileSystem = { rename, rm };

export interface SwapOptions {
  /** The output folder as the user sees it, for messages, without a trailing slash: `dist`. */
  readonly shown?: string;
  readonly fs?: SwapFileSystem;
}

const previousOf = (outDir: string) => `${outDir}.previous`;

/** What the operating system said, and what the user can do about it. */
function explain(error: unknown, folder: string): string {
  const { code, message } = error as NodeJS.ErrnoException;
  const advice: Record<string, string> = {
    EACCES: `check that you may change ${folder} and the folder that holds it`,
    EPERM: `check that you may change ${folder} and the folder that holds it (it may belong to another user)`,
    EBUSY: `${folder} is in use: a mount point (a Docker volume?) or open in another program; build into another folder with --out, or free it`,
    ENOTEMPTY: `remove ${folder} by hand`,
    EXDEV: 'keep the output on one drive',
  };
  // Node's message is "EBUSY: resource busy or locked, rename 'a' -> 'b'"; the paths are said already.
  const reason = message.split(', ')[0];
  return `(${reason}); ${advice[code ?? ''] ?? 'check the folder and build again'}`;
}

export async function swapIntoPlace(
  builtDir: string,
  outDir: string,
  { shown = outDir, fs = nodeFileSystem }: SwapOptions = {},
): Promise<{ readonly warning?: string }> {
  const previous = previousOf(outDir);
  try {
    await fs.rm(previous, { recursive: true, force: true });
  } catch (error) {
    throw new BuildError(
      `Could not remove the leftover ${shown}.previous ${explain(error, `${shown}.previous`)}.`,
      { cause: error },
    );
  }
  await uninterruptible(async () => {
    const hadPrevious = existsSync(outDir);
    if (hadPrevious) {
      try {
        await fs.rename(outDir, previous);
      } catch (error) {
        throw new BuildError(
          `Could not move ${shown}/ aside to put the new site in its place ${explain(error, `${shown}/`)}.`,
          { cause: error },
        );
      }
    }
    try {
      await fs.rename(builtDir, outDir);
    } catch (error) {
      const why = `Could not move the new site into ${shown}/ ${explain(error, `${shown}/`)}.`;
      if (!hadPrevious) throw new BuildError(why, { cause: error });
      try {
        await fs.rename(previous, outDir);
      } catch (rollbackError) {
        throw new BuildError(
          `${why} Putting the previous site back failed too ${explain(rollbackError, `${shown}/`)}: ` +
            `it is in ${shown}.previous; rename it to ${shown} by hand.`,
          { cause: error, outputUnchanged: false },
        );
      }
      throw new BuildError(`${why} ${shown}/ was put back as it was.`, { cause: error });
    }
  });
  try {
    await fs.rm(previous, { recursive: true, force: true });
    return {};
  } catch (error) {
    return {
      warning: `The new site is in ${shown}/, but the previous one could not be removed from ${shown}.previous ${explain(error, `${shown}.previous`)}.`,
    };
  }
}

/** Puts back an output folder that a build killed between the swap's two renames left aside. */
export async function restoreInterruptedSwap(outDir: string): Promise<boolean> {
  const previous = previousOf(outDir);
  if (existsSync(outDir) || !existsSync(previous)) return false;
  await rename(previous, outDir);
  return true;
}
