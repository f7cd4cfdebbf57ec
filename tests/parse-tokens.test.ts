/**
 * The tokenizer is a hand-written character loop (for speed); its specification is this regular
 * expression, which it must agree with on any text: words are runs of letters, marks and digits,
 * and an English "n't" stays on its word.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenize } from '../src/parse/tokens.js';

const SPEC = /[\p{L}\p{M}\p{N}]+(?:['\u2019\u02bc][tT](?![\p{L}\p{M}\p{N}]))?/gu;
const spec = (text: string) =>
  [...text.matchAll(SPEC)].map((m) => ({ norm: m[0].toLowerCase().replace(/[\u2019\u02bc]/g, "'"), start: m.index!, end: m.index! + m[0].length }));

describe('tokenize', () => {
  it('splits elisions and hyphens, keeps "n\'t", lower-cases and straightens apostrophes', () => {
    expect(tokenize("N'improvisez pas, lancez-vous ! I DON’T.").map((t) => t.norm)).toEqual(['n', 'improvisez', 'pas', 'lancez', 'vous', 'i', "don't"]);
  });

  it('agrees with its specification on arbitrary text', () => {
    const pieces = fc.constantFrom('a', 'É', 'é', 'Σ', 'ς', 'ΑΣ', '\u0301', '7', ' ', "'", '’', 'ʼ', 't', 'T', '-', '.', '😀', '𝐀', '\ud800', '\udc00', 'ß', 'İ', '«', '\u00a0');
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'grapheme', maxLength: 60 }), fc.array(pieces, { maxLength: 40 }).map((a) => a.join(''))), (text) => {
        expect(tokenize(text)).toEqual(spec(text));
      }),
      { numRuns: 500 },
    );
  });
});
