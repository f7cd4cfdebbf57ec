/** A lexicon that cannot be used: exit 2 with the file and the JSON pointer of the bad value. */
export class LexiconError extends Error {
  constructor(
    message: string,
    readonly file: string,
    readonly pointer: string | null = null,
    readonly line: number | null = null,
    readonly column: number | null = null,
  ) {
    super(message);
    this.name = 'LexiconError';
  }

  /** One line: file[:line:column][#pointer]: message */
  override toString(): string {
    const where =
      this.line !== null ? `${this.file}:${this.line}:${this.column ?? 1}` : this.pointer !== null ? `${this.file}#${this.pointer}` : this.file;
    return `${where}: ${this.message}`;
  }
}
