/** Known errors become exit 2 with one clear line; anything else is a bug and shows its stack. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}
