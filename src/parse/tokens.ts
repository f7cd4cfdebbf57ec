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

// Linear: no nested quantifiers; the lookahead is one fixed-length step.
const WORD = /[\p{L}\p{M}\p{N}]+(?:['\u2019\u02bc]t(?![\p{L}\p{M}\p{N}]))?/gu;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    tokens.push({ norm: normalizeWord(m[0]), start: m.index, end: m.index + m[0].length });
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
