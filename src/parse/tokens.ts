/**
 * Our own word tokens, with offsets (natural's tokenizers drop offsets and negation words).
 * Words are runs of letters, marks and digits. Apostrophes and hyphens separate words, so French
 * elisions come apart ("n'ai" -> "n", "ai"; "lancez-vous" -> "lancez", "vous"), except the English
 * "n't", which stays on its word ("don't") because it carries the negation.
 */
export interface Token {
  /** Lower-case form with typographic apostrophes made straight. */
  norm: string;
  start: number;
  end: number;
}

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
/** Word-character class of each BMP code unit, filled on first sight: 0 unknown, 1 word, 2 other. */
const BMP = new Uint8Array(65536);
for (let c = 0; c < 128; c++) BMP[c] = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 1 : 2;

function isWordCodePoint(cp: number): boolean {
  if (cp < 65536) {
    let v = BMP[cp]!;
    if (v === 0) BMP[cp] = v = WORD_CHAR.test(String.fromCharCode(cp)) ? 1 : 2;
    return v === 1;
  }
  return WORD_CHAR.test(String.fromCodePoint(cp));
}

const APOSTROPHES = new Set([0x27, 0x2019, 0x02bc]);

/** The code point at i (a whole surrogate pair when one starts there); the common case is one unit. */
function codePointAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff ? text.codePointAt(i)! : c;
}

/**
 * One pass over the characters (a regular expression per word was a sixth of the run time): a
 * word is a run of letters, marks and digits, plus a following "n't" ending.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  // The text lower-cased once, when that keeps every position (no "İ" -> "i̇") and no word's case
  // depends on its neighbours (the Greek final sigma): one string per word instead of two.
  const lower = text.toLowerCase();
  const aligned = lower.length === n && text.indexOf('\u03a3') < 0;
  let i = 0;
  while (i < n) {
    const cp = codePointAt(text, i);
    if (!isWordCodePoint(cp)) {
      i += cp > 0xffff ? 2 : 1;
      continue;
    }
    const start = i;
    // U+02BC is a letter that normalizes to "'": noted here rather than searched for afterwards.
    let modifierApostrophe = cp === 0x02bc;
    i += cp > 0xffff ? 2 : 1;
    while (i < n) {
      const c = codePointAt(text, i);
      if (!isWordCodePoint(c)) break;
      if (c === 0x02bc) modifierApostrophe = true;
      i += c > 0xffff ? 2 : 1;
    }
    // "don't": the apostrophe and t stay on the word when nothing word-like follows the t.
    // (Either case: "DON'T" is shouted, not a different word.)
    const t = text.charCodeAt(i + 1);
    let typographic = false;
    if (i + 1 < n && APOSTROPHES.has(text.charCodeAt(i)) && (t === 116 || t === 84) && (i + 2 >= n || !isWordCodePoint(codePointAt(text, i + 2)))) {
      typographic = text.charCodeAt(i) !== 0x27;
      i += 2;
    }
    let norm = aligned ? lower.slice(start, i) : text.slice(start, i).toLowerCase();
    // U+02BC is itself a letter, so it can sit inside a word as well as before "t".
    if (typographic || modifierApostrophe) norm = normalizeWord(norm);
    tokens.push({ norm, start, end: i });
  }
  return tokens;
}

export function normalizeWord(word: string): string {
  return word.toLowerCase().replace(/[\u2019\u02bc]/g, "'");
}

/** Words of a lexicon term, tokenized exactly as transcript text is. */
export function termWords(term: string): string[] {
  return tokenize(term.normalize('NFC')).map((t) => t.norm);
}
