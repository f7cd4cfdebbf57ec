/**
 * Character classes by code unit, for the per-character loops of the parsers: a regular expression
 * or a trim() per character or line allocated and dominated the parse time on large files.
 */

/** The code units /\s/ matches (and trim() removes): ECMAScript white space and line terminators. */
export function isSpaceCode(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Closing quotes, brackets and emphasis a question mark may stand before at the end of a sentence. */
// Markdown emphasis closes too: "**Quelle est votre règle ?**", "_Why?_".
const AFTER_QUESTION = new Set([...'"»”’\')]*_'].map((c) => c.charCodeAt(0)));

/** "…?" possibly followed by closing quotes, brackets and white space (a regex per sentence was slower). */
export function endsWithQuestionMark(text: string): boolean {
  let i = text.length - 1;
  while (i >= 0) {
    const c = text.charCodeAt(i);
    if (c === 63) return true;
    if (!AFTER_QUESTION.has(c) && !isSpaceCode(c)) return false;
    i--;
  }
  return false;
}

/** Only white space. */
export function isBlank(text: string, from = 0, to = text.length): boolean {
  for (let i = from; i < to; i++) if (!isSpaceCode(text.charCodeAt(i))) return false;
  return true;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** Per BMP code unit: 0 not yet known, 1 a letter or digit, 2 not (filled on first sight). */
const LETTER_OR_DIGIT_BMP = new Uint8Array(65536);
for (let c = 0; c < 128; c++) LETTER_OR_DIGIT_BMP[c] = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 1 : 2;

/** Whether the character at i (a whole surrogate pair when one starts there) is a letter or digit. */
function letterOrDigitAt(text: string, i: number, to: number): boolean {
  const c = text.charCodeAt(i);
  // A surrogate pair is tested whole (letters outside the BMP exist: 𝐀, CJK extensions).
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < to) return LETTER_OR_DIGIT.test(text.slice(i, i + 2));
  let v = LETTER_OR_DIGIT_BMP[c]!;
  if (v === 0) LETTER_OR_DIGIT_BMP[c] = v = LETTER_OR_DIGIT.test(String.fromCharCode(c)) ? 1 : 2;
  return v === 1;
}

/** Some letter or digit in text[from, to). */
export function hasLetterOrDigit(text: string, from = 0, to = text.length): boolean {
  for (let i = from; i < to; i++) {
    if (letterOrDigitAt(text, i, to)) return true;
    if ((text.charCodeAt(i) & 0xfc00) === 0xd800) i++;
  }
  return false;
}

/**
 * The number of words (runs of letters and digits, as /[\p{L}\p{N}]+/gu finds them) in
 * text[from, to), counted up to `limit`: callers ask "more than three words?", not how many.
 */
export function countWords(text: string, from: number, to: number, limit = Infinity): number {
  let n = 0;
  let inWord = false;
  for (let i = from; i < to && n < limit; i++) {
    const word = letterOrDigitAt(text, i, to);
    if (word && !inWord) n++;
    inWord = word;
    if ((text.charCodeAt(i) & 0xfc00) === 0xd800 && i + 1 < to) i++;
  }
  return n;
}
