import { LocatedError } from '../located-error.js';

/** A lexicon that cannot be used: exit 2 with the file and the JSON pointer of the bad value. */
export class LexiconError extends LocatedError {}

/** `file#pointer`, the way messages name a place in a lexicon (e.g. the other half of a duplicate). */
export function place(file: string, pointer: string): string {
  return pointer ? `${file}#${pointer}` : file;
}

/** Escapes one JSON pointer segment (RFC 6901: "~" -> "~0", "/" -> "~1"). */
export function pointerSegment(key: string | number): string {
  return String(key).replace(/~/g, '~0').replace(/\//g, '~1');
}
