/**
 * Character classes by code unit, for the per-character loops of the parsers: a regular expression
 * or a trim() per character or line allocated and dominated the parse time on large files.
 */

/** The code units /\s/ matches (and trim() removes): ECMAScript white space and line terminators. */
export function isSpaceCode(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Only white space. */
export function isBlank(text: string, from = 0, to = text.length): boolean {
  for (let i = from; i < to; i++) if (!isSpaceCode(text.charCodeAt(i))) return false;
  return true;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Some letter or digit in text[from, to) (ASCII without a regex; the rest one character at a time). */
export function hasLetterOrDigit(text: string, from = 0, to = text.length): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return true;
      continue;
    }
    // A surrogate pair is tested whole (letters outside the BMP exist: 𝐀, CJK extensions).
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < to) {
      if (LETTER_OR_DIGIT.test(text.slice(i, i + 2))) return true;
      i++;
    } else if (LETTER_OR_DIGIT.test(text[i]!)) return true;
  }
  return false;
}
