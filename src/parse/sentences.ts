/**
 * Splits a turn's text into sentences in one linear scan (Intl.Segmenter is super-linear on long
 * inputs in Node 20). A sentence ends at . ! ? … (with closing quotes) before
 * white space, at a blank line, or before a list item; abbreviations such as "M." or "Dr." do not end
 * a sentence.
 */
import { hasLetterOrDigit, isSpaceCode } from './chars.js';

export interface SentenceSpan {
  start: number;
  end: number;
}

/**
 * Sentence boundaries, as this regular expression finds them (kept here as the specification; the
 * tests check the scanner against it on random text):
 *
 *   /(?<![.!?…])(?=([.!?…]+))\1(?:[\u00a0\u202f ]?["»”’')\]])?(?=[\s\u00a0\u202f]|$)
 *    |\n[ \t]*\r?\n
 *    |\r?\n(?=[ \t]*(?:[-*•–]\s|\d{1,3}[.)-]\s))/g
 *
 * a run of end punctuation (with an optional closing quote or bracket) before white space or the
 * end, a blank line, or a line break before a list item. The scanner below reads each character
 * once; the regular expression, with its look-arounds and match arrays, was a tenth of the run time.
 */
export const BOUNDARY_SPEC =
  /(?<![.!?\u2026])(?=([.!?\u2026]+))\1(?:[\u00a0\u202f ]?["»”’')\]])?(?=[\s\u00a0\u202f]|$)|\n[ \t]*\r?\n|\r?\n(?=[ \t]*(?:[-*•–]\s|\d{1,3}[.)-]\s))/g;

const isEndPunct = (c: number): boolean => c === 46 || c === 33 || c === 63 || c === 0x2026;
/** Closing quotes and brackets that may follow the end punctuation: " » ” ’ ' ) ] */
const isCloser = (c: number): boolean => c === 34 || c === 0xbb || c === 0x201d || c === 0x2019 || c === 39 || c === 41 || c === 93;
const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isBullet = (c: number): boolean => c === 45 || c === 42 || c === 0x2022 || c === 0x2013;

const ABBREVIATIONS = new Set([
  'm', 'mm', 'mr', 'mrs', 'ms', 'dr', 'st', 'mme', 'mlle', 'pr', 'prof', 'etc', 'cf', 'vs', 'ex',
  'av', 'jr', 'sr', 'inc', 'ltd', 'co', 'corp', 'dept', 'env',
]);

/** Abbreviations only before a number ("No. 5", "p. 12"): elsewhere "No." ends a sentence. */
const NUMBER_ABBREVIATIONS = new Set(['no', 'n°', 'p', 'pp', 'fig', 'vol', 'ch', 'art', 'nr']);
/** No abbreviation above is longer: a longer word before the dot is settled without a look-up. */
const LONGEST_ABBREVIATION = 4;

/** Length of the boundary that starts at i (0: none), as BOUNDARY_SPEC would match it there. */
export function boundaryAt(text: string, i: number, c = text.charCodeAt(i)): number {
  const n = text.length;
  if (isEndPunct(c)) {
    if (i > 0 && isEndPunct(text.charCodeAt(i - 1))) return 0;
    let q = i + 1;
    while (q < n && isEndPunct(text.charCodeAt(q))) q++;
    const endsHere = (e: number): boolean => e >= n || isSpaceCode(text.charCodeAt(e));
    // The optional group, longest first, as the regular expression backtracks.
    const s = text.charCodeAt(q);
    if (q + 1 < n && (s === 0xa0 || s === 0x202f || s === 32) && isCloser(text.charCodeAt(q + 1)) && endsHere(q + 2)) return q + 2 - i;
    if (q < n && isCloser(s) && endsHere(q + 1)) return q + 1 - i;
    return endsHere(q) ? q - i : 0;
  }
  if (c !== 10 && c !== 13) return 0;
  let j = i;
  if (c === 10) {
    // A blank line: "\n", spaces or tabs, an optional "\r", "\n".
    let k = i + 1;
    while (k < n && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k++;
    if (k < n && text.charCodeAt(k) === 13) k++;
    if (k < n && text.charCodeAt(k) === 10) return k + 1 - i;
  } else {
    if (i + 1 >= n || text.charCodeAt(i + 1) !== 10) return 0;
    j = i + 1;
  }
  // A line break before a list item: "- ", "* ", "• ", "– " or up to three digits and ". ", ") ", "- ".
  let k = j + 1;
  while (k < n && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k++;
  const b = text.charCodeAt(k);
  let item = false;
  if (k < n && isBullet(b)) item = k + 1 < n && isSpaceCode(text.charCodeAt(k + 1));
  else if (k < n && isDigit(b)) {
    let d = k;
    while (d < n && isDigit(text.charCodeAt(d))) d++;
    const p = text.charCodeAt(d);
    item = d - k <= 3 && d < n && (p === 46 || p === 41 || p === 45) && d + 1 < n && isSpaceCode(text.charCodeAt(d + 1));
  }
  return item ? j + 1 - i : 0;
}

export function splitSentences(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let start = 0;
  const n = text.length;
  for (let i = 0; i < n; ) {
    const c = text.charCodeAt(i);
    // Most characters start no boundary.
    if (c !== 46 && c !== 33 && c !== 63 && c !== 0x2026 && c !== 10 && c !== 13) {
      i++;
      continue;
    }
    const length = boundaryAt(text, i, c);
    if (length === 0) {
      i++;
      continue;
    }
    const end = i + length;
    if (c === 46 && length <= 2 && isAbbreviation(text, i)) {
      i = end;
      continue;
    }
    push(spans, text, start, c === 10 || c === 13 ? i : end);
    start = end;
    i = end;
  }
  push(spans, text, start, n);
  return spans;
}

const LETTER_OR_DEGREE = /[\p{L}°]/u;
const UPPER = /\p{Lu}/u;
/** Per BMP code unit: 0 not yet known, 1 a letter or "°", 2 not. */
const LETTERS = new Uint8Array(65536);

function isLetterOrDegree(c: number): boolean {
  let v = LETTERS[c]!;
  if (v === 0) LETTERS[c] = v = LETTER_OR_DEGREE.test(String.fromCharCode(c)) ? 1 : 2;
  return v === 1;
}

function isAbbreviation(text: string, dot: number): boolean {
  let i = dot;
  while (i > 0 && i > dot - 8 && isLetterOrDegree(text.charCodeAt(i - 1))) i--;
  const length = dot - i;
  if (length === 0 || length > LONGEST_ABBREVIATION) return false;
  // A single capital letter is an initial ("J. Dupont"), not the end of a sentence.
  if (length === 1 && UPPER.test(text[i]!)) return true;
  const word = text.slice(i, dot).toLowerCase();
  if (NUMBER_ABBREVIATIONS.has(word)) return /^\s{0,2}\d/.test(text.slice(dot + 1, dot + 4));
  return ABBREVIATIONS.has(word);
}

/** Characters a sentence does not start with: white space, closing quotes and brackets, list bullets. */
const LEADING = new Set([...'»”)]-–—•*'].map((c) => c.charCodeAt(0)));

/**
 * The longest sentence handed on (UTF-16 code units). Text without punctuation (raw captions, a
 * hostile file) would otherwise be one sentence whose per-term work in classify grows with its
 * length; longer runs are cut at a space, so every later stage stays linear in the file.
 */
export const MAX_SENTENCE = 1000;

function push(spans: SentenceSpan[], text: string, start: number, end: number): void {
  let s = start;
  while (s < end && (isSpaceCode(text.charCodeAt(s)) || LEADING.has(text.charCodeAt(s)))) s++;
  // Trailing white space by hand: /\s+$/ retries from every space of a long inner run (quadratic).
  let e = end;
  while (e > s && isSpaceCode(text.charCodeAt(e - 1))) e--;
  while (e - s > MAX_SENTENCE) {
    let cut = s + MAX_SENTENCE;
    const floor = s + (MAX_SENTENCE >> 1);
    while (cut > floor && !isSpaceCode(text.charCodeAt(cut))) cut--;
    if (cut === floor) {
      cut = s + MAX_SENTENCE;
      // Never between the two halves of a surrogate pair.
      if ((text.charCodeAt(cut) & 0xfc00) === 0xdc00) cut--;
    }
    pushTrimmed(spans, text, s, cut);
    s = cut;
    while (s < e && isSpaceCode(text.charCodeAt(s))) s++;
  }
  pushTrimmed(spans, text, s, e);
}

function pushTrimmed(spans: SentenceSpan[], text: string, s: number, e: number): void {
  while (e > s && isSpaceCode(text.charCodeAt(e - 1))) e--;
  // A sentence needs at least one letter or digit; stray punctuation is dropped.
  if (e > s && hasLetterOrDigit(text, s, e)) spans.push({ start: s, end: e });
}
