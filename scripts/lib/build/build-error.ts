/** A failure the build explains to its user; anything else is a bug and keeps its stack trace. */
export class BuildError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BuildError';
  }
}
