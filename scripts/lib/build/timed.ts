/**
 * Runs a build step and logs how long it took, so slow steps are visible in every build log.
 * A failure is labelled with its step; one that is not a BuildError (a library's own error,
 * or a bug) becomes one, keeping the original as its cause for `--debug`.
 */
import { BuildError, firstLine } from './build-error.ts';

export async function timed<T>(label: string, step: () => Promise<T>): Promise<T> {
  const started = performance.now();
  let failed = false;
  try {
    return await step();
  } catch (error) {
    failed = true;
    const explained =
      error instanceof BuildError
        ? error
        : new BuildError(
            `unexpected ${error instanceof Error ? error.name : 'error'}: ${firstLine(error)}. ` +
              'This is probably a bug in the build: run `npm run build -- --debug` for the stack trace and report it.',
            { cause: error },
          );
    explained.step ??= label;
    throw explained;
  } finally {
    const seconds = ((performance.now() - started) / 1000).toFixed(2);
    console.log(`  ${label.padEnd(28)} ${seconds.padStart(7)} s${failed ? '  failed' : ''}`);
  }
}
