/**
 * What the user reads when a build fails: one message saying what failed, where, and what
 * to do. The stack trace (and the library errors behind the message) only with `--debug`.
 */
import { inspect } from 'node:util';
import { BuildError, firstLine } from './build-error.ts';

function stackChain(error: unknown): string {
  const parts: string[] = [];
  let current: unknown = error;
  for (let depth = 0; current !== undefined && depth < 5; depth++) {
    parts.push(current instanceof Error ? (current.stack ?? current.message) : inspect(current));
    current = current instanceof Error ? current.cause : undefined;
  }
  return parts.join('\n\nCaused by: ');
}

export function describeFailure(error: unknown, { debug }: { readonly debug: boolean }): string {
  const step = error instanceof BuildError && error.step ? ` (step "${error.step}")` : '';
  const message =
    error instanceof BuildError
      ? error.message
      : `unexpected ${error instanceof Error ? error.name : 'error'}: ${firstLine(error)}. ` +
        'This is probably a bug in the build: run `npm run build -- --debug` for the stack trace and report it.';
  const text = `Build failed${step}: ${message}`;
  return debug ? `${text}\n\n${stackChain(error)}` : text;
}
