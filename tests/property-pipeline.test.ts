/**
 * Property-based tests (fast-check): on arbitrary Unicode text and on arbitrary mixes of speaker
 * labels, Q/A markers, negations, lexicon terms and punctuation, check() never throws, every
 * reported position is inside the text (end after start), and results are deterministic.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { check, CompiledLexicon, builtinLexiconPaths, loadLexiconFile } from '../src/index.js';
import type { Format } from '../src/parse/detect-format.js';
import { InputError } from '../src/read/errors.js';

const lexicon = CompiledLexicon.compile(builtinLexiconPaths().map((p) => loadLexiconFile(p)));

/** Lengths of the lines of `text`, split as the tool splits them (\n, \r\n, lone \r). */
function lineLengths(text: string): number[] {
  return text.split(/\r\n|\n|\r/).map((l) => l.length);
}

function expectInside(text: string, line: number, column: number) {
  const lines = lineLengths(text);
  expect(Number.isInteger(line) && line >= 1 && line <= lines.length).toBe(true);
  expect(Number.isInteger(column) && column >= 1 && column <= lines[line - 1]! + 1).toBe(true);
}

function checkAll(text: string, format?: Format) {
  const r = check(text, { lexicon, path: 'prop.txt', format });
  for (const f of r.findings) {
    expect(f.statements.length).toBeGreaterThanOrEqual(2);
    for (const s of f.statements) {
      expectInside(text, s.line, s.column);
      expectInside(text, s.endLine, s.endColumn);
      expect(s.endLine > s.line || (s.endLine === s.line && s.endColumn > s.column)).toBe(true);
      for (const t of s.terms) expectInside(text, t.line, t.column);
    }
  }
  return r;
}

const FRAGMENTS = [
  'Claire : ', 'Julien Petit : ', 'SPEAKER_00: ', '[00:01:12] Karim: ', 'Q : ', 'R : ', 'Q: ', 'A: ', 'Question : ', 'Réponse : ',
  '« Question : ', '» ', '“', '”', '"', '**Sophie :** ', '- ', '# ', '## Pourquoi ? ',
  'je ', 'ne ', 'pas ', 'jamais ', 'plus ', 'personne ', 'rien ', 'non ', 'not ', 'never ', "don't ", 'ni ',
  'opportunisme ', 'par passion ', 'générosité ', 'soyez généreux ', 'valeurs ', 'stratégie ', 'repos ', 'for the money ',
  'be generous ', 'I work ninety hours a week ', 'publiez ', 'prenez ', 'certes ', 'mais ', 'but ', 'il dit ',
  'vendre ', 'passion ', 'transparence ', 'secret ', 'qualité ', 'volume ',
  '. ', '! ', '? ', '… ', '...', ', ', '; ', ' : ', '\n', '\r\n', '\r', '\n\n', '   ', '\t', '\u00a0', '\u2028', "'", '’', '-',
  'é', 'e\u0301', '😀', '\ud800', '\udc00', '\u0000', '\u202e',
];

const mixed = fc.array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ unit: 'grapheme', maxLength: 6 })), { maxLength: 120 }).map((a) => a.join(''));

const settings = { numRuns: 300 };

describe('check() on arbitrary input', () => {
  it('arbitrary Unicode text: no throw, positions inside, deterministic', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
        const a = checkAll(text);
        expect(JSON.stringify(check(text, { lexicon, path: 'prop.txt' }))).toBe(JSON.stringify(a));
      }),
      settings,
    );
  });

  it('mixes of labels, Q/A markers, negations and terms: no throw, positions inside, deterministic', () => {
    fc.assert(
      fc.property(mixed, (text) => {
        const a = checkAll(text);
        expect(JSON.stringify(check(text, { lexicon, path: 'prop.txt' }))).toBe(JSON.stringify(a));
      }),
      settings,
    );
  });

  it('the same mixes read as Markdown, SRT and VTT bodies: no throw, positions inside', () => {
    fc.assert(
      fc.property(mixed, fc.constantFrom<Format>('markdown', 'srt', 'vtt', 'text'), (body, format) => {
        const text =
          format === 'srt' ? `1\n00:00:01,000 --> 00:00:02,000\n${body}\n\n2\n00:00:02,000 --> 00:00:03,000\n${body}\n` : format === 'vtt' ? `WEBVTT\n\n00:01.000 --> 00:02.000\n<v Claire>${body}\n` : body;
        checkAll(text, format);
      }),
      { numRuns: 200 },
    );
  });

  it('Whisper JSON with arbitrary segment texts: no throw, positions inside the JSON file', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ speaker: fc.constantFrom('A', 'B', 'SPEAKER_01'), text: mixed }), { maxLength: 8 }), (segments) => {
        const text = JSON.stringify({ segments }, null, segments.length % 2 ? 2 : undefined);
        try {
          checkAll(text, 'json');
        } catch (err) {
          // A JSON file without any speech is a known input error (exit 2, one line), not a crash.
          expect(err).toBeInstanceOf(InputError);
        }
      }),
      { numRuns: 200 },
    );
  });
});
