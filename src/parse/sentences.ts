/**
 * Splits a turn's text into sentences with a single linear regex scan (Intl.Segmenter is
 * super-linear on long inputs in Node 20). A sentence ends at . ! ? … (with closing quotes) before
 * white space, at a blank line, or before a list item; abbreviations such as "M." or "Dr." do not end
 * a sentence.
 */
import { hasLetterOrDigit, isSpaceCode } from './chars.js';

export interface SentenceSpan {
  start: number;
  end: number;
}

// Each alternative is a bounded run: no nested quantifiers, so no catastrophic backtracking.
// The punctuation run is matched atomically (lookahead + backreference) and only from its first
// character (lookbehind), so a long run of dots cannot make the scan quadratic.
const BOUNDARY =
  /(?<![.!?\u2026])(?=([.!?\u2026]+))\1(?:[\u00a0\u202f ]?["»”’')\]])?(?=[\s\u00a0\u202f]|$)|\n[ \t]*\r?\n|\r?\n(?=[ \t]*(?:[-*•–]\s|\d{1,3}[.)-]\s))/g;

const ABBREVIATIONS = new Set([
  'm', 'mm', 'mr', 'mrs', 'ms', 'dr', 'st', 'mme', 'mlle', 'pr', 'prof', 'etc', 'cf', 'vs', 'ex',
  'av', 'jr', 'sr', 'inc', 'ltd', 'co', 'corp', 'dept', 'env',
]);

/** Abbreviations only before a number ("No. 5", "p. 12"): elsewhere "No." ends a sentence. */
const NUMBER_ABBREVIATIONS = new Set(['no', 'n°', 'p', 'pp', 'fig', 'vol', 'ch', 'art', 'nr']);

export function splitSentences(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let start = 0;
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(text); m !== null; m = BOUNDARY.exec(text)) {
    const end = m.index + m[0].length;
    if (m[0].startsWith('.') && m[0].length <= 2 && isAbbreviation(text, m.index)) continue;
    push(spans, text, start, m[0].startsWith('\n') || m[0].startsWith('\r') ? m.index : end);
    start = end;
  }
  push(spans, text, start, text.length);
  return spans;
}

function isAbbreviation(text: string, dot: number): boolean {
  let i = dot;
  while (i > 0 && i > dot - 8 && /[\p{L}°]/u.test(text[i - 1]!)) i--;
  const word = text.slice(i, dot).toLowerCase();
  if (word.length === 0) return false;
  // A single capital letter is an initial ("J. Dupont"), not the end of a sentence.
  if (word.length === 1 && /\p{Lu}/u.test(text[i]!)) return true;
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
