/** A failure the build explains to its user; anything else is a bug and keeps its stack trace. */
export class BuildError extends Error {
  /** The build step that failed ("print PDF"), set by `timed`. */
  step: string | undefined;
  /** False when the failure happened after the output folder was touched (a failed swap). */
  readonly outputUnchanged: boolean;

  constructor(message: string, options: { cause?: unknown; outputUnchanged?: boolean } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'BuildError';
    this.outputUnchanged = options.outputUnchanged ?? true;
  }
}

/** The first line of an error's message: libraries append stack-like details after it. */
export function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.trim().split('\n')[0]?.trim() ?? '';
}
