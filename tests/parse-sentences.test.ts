/**
 * Sentence boundaries are found by a hand-written scanner (for speed); its specification is the
 * regular expression BOUNDARY_SPEC, which it must agree with on any text.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BOUNDARY_SPEC, boundaryAt, splitSentences } from '../src/parse/sentences.js';

/** Boundaries as [index, length], left to right without overlaps, as a global regex scan gives them. */
function scanned(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let i = 0; i < text.length; ) {
    const length = boundaryAt(text, i);
    if (length > 0) {
      out.push([i, length]);
      i += length;
    } else i++;
  }
  return out;
}
const specified = (text: string): Array<[number, number]> => [...text.matchAll(BOUNDARY_SPEC)].map((m) => [m.index!, m[0].length]);
const sentences = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  it('ends sentences at end punctuation, closing quotes, blank lines and list items, not after abbreviations', () => {
    expect(sentences('M. Dupont est là. « Vraiment ? » Oui !\n\nNouveau paragraphe…\n- un point\n2) deux')).toEqual([
      'M. Dupont est là.',
      '« Vraiment ? »',
      'Oui !',
      'Nouveau paragraphe…',
      'un point',
      '2) deux',
    ]);
    expect(sentences('See fig. 3 for details. It ends at No. Then J. Smith spoke.')).toEqual(['See fig. 3 for details.', 'It ends at No.', 'Then J. Smith spoke.']);
  });

  it('finds the boundaries its regular expression specifies, on arbitrary text', () => {
    const pieces = fc.constantFrom('a', 'Mr', 'é', ' ', '\u00a0', '\u202f', '\t', '\n', '\r', '.', '!', '?', '…', '"', '»', '’', "'", ')', ']', '-', '*', '•', '–', '1', '12', '1234', 'x');
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'grapheme', maxLength: 60 }), fc.array(pieces, { maxLength: 50 }).map((a) => a.join(''))), (text) => {
        expect(scanned(text)).toEqual(specified(text));
      }),
      { numRuns: 2000 },
    );
  });
});
