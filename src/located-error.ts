/**
 * A problem in one of the user's files (a lexicon, the configuration): exit 2 with one line that
 * names the file and where in it: file:line:column for a syntax error, file#pointer (RFC 6901) for a
 * bad value, else the file.
 */
export class LocatedError extends Error {
  constructor(
    message: string,
    readonly file: string,
    /** JSON pointer of the bad value ("" is the whole document), or null. */
    readonly pointer: string | null = null,
    readonly line: number | null = null,
    readonly column: number | null = null,
  ) {
    super(message);
    this.name = new.target.name;
  }

  /** Where, as one token. */
  get where(): string {
    if (this.line !== null) return `${this.file}:${this.line}:${this.column ?? 1}`;
    // The whole document ("" pointer) is named by the file alone.
    return this.pointer ? `${this.file}#${this.pointer}` : this.file;
  }

  /** One line: where: message */
  override toString(): string {
    return `${this.where}: ${this.message}`;
  }
}
