/** A baseline file that cannot be used: one line naming it, exit 2 (kept apart so the CLI's error
 * handling does not load the fingerprinting code, and node:crypto, on every run). */
export class BaselineError extends Error {
  constructor(
    message: string,
    readonly file: string,
  ) {
    super(message);
    this.name = 'BaselineError';
  }

  override toString(): string {
    return `${this.file}: ${this.message}`;
  }
}
