/** A lexicon that cannot be used: exit 2 with the file and the JSON pointer of the bad value. */
export class LexiconError extends Error {
  constructor(
    message: string,
    readonly file: string,
    /** RFC 6901 JSON pointer of the bad value ("" is the whole document), or null. */
    readonly pointer: string | null = null,
    readonly line: number | null = null,
    readonly column: number | null = null,
  ) {
    super(message);
    this.name = 'LexiconError';
  }

  /** Where, as one token: file:line:column for syntax errors, file#pointer for values, else file. */
  get where(): string {
    if (this.line !== null) return `${this.file}:${this.line}:${this.column ?? 1}`;
    return this.pointer ? `${this.file}#${this.pointer}` : this.file;
  }

  /** One line: file[:line:column][#pointer]: message */
  override toString(): string {
    return `${this.where}: ${this.message}`;
  }
}

/** `file#pointer`, the way messages name a place in a lexicon (e.g. the other half of a duplicate). */
export function place(file: string, pointer: string): string {
  return pointer ? `${file}#${pointer}` : file;
}

/** Escapes one JSON pointer segment (RFC 6901: "~" -> "~0", "/" -> "~1"). */
export function pointerSegment(key: string | number): string {
  return String(key).replace(/~/g, '~0').replace(/\//g, '~1');
}
