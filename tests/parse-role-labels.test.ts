/**
 * Questions from the floor: labels that name a role rather than a person ("Une participante :",
 * "Audience member:") are speakers too, so their questions do not run into the speaker's answer.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../src/parse/index.js';
import fc from 'fast-check';
import { LINE_LABEL, asksForJudgement, labelAt, matchLineLabel } from '../src/parse/labels.js';

describe('role labels', () => {
  it.each([
    ['Une participante : Bonjour, que me conseilleriez-vous ?', 'Une participante'],
    ['Un membre du public : Et les mails ?', 'Un membre du public'],
    ['Audience member: What would you tell a beginner?', 'Audience member'],
    ['Another attendee: And pricing?', 'Another attendee'],
  ])('%s', (line, name) => {
    expect(matchLineLabel(line)?.name).toBe(name);
  });

  it('a lower-case phrase that names no role is still not a label', () => {
    expect(matchLineLabel('Une question : pourquoi pas ?')).toBeNull();
    expect(matchLineLabel('La plupart du temps : je travaille seule.')).toBeNull();
  });

  it('the answer after a question from the floor is the speaker’s own turn, not part of a question', () => {
    const doc = parseDocument(
      [
        'Claire Martin : Merci à tous.',
        'Une participante : Que me conseilleriez-vous ?',
        'Claire Martin : Prenez vos vacances.',
        'Un participant : Et les mails ?',
      ].join('\n'),
      { filename: 'talk.txt' },
    );
    expect(doc.speakers).toEqual(['Claire Martin', 'Une participante', 'Un participant']);
    const answer = doc.turns.find((t) => t.text.toString() === 'Prenez vos vacances.')!;
    expect(answer.role).toBe('answer');
    expect(answer.asksAdvice).toBe(true);
  });
});

describe('the Latin-1 shortcut of the label pattern', () => {
  it('matches exactly what the Unicode pattern matches, on arbitrary lines', () => {
    const pieces = fc.constantFrom('Jean', 'Marie-Ève', 'É', 'ß', 'Ω', 'π', 'Ж', '李', '𝐀', 'x', ' ', '\t', '\u00a0', '\u202f', '\u3000', ':', '：', '**', '__', '[', ']', '(', ')', '00:01:12', '-', '•', '—', '–', '.', "'", '’', '_', '7', '²', 'Q', 'A');
    const same = (line: string) => {
      const a = labelAt(line);
      const b = LINE_LABEL.exec(line);
      expect(a && [a[0], a.groups!.name]).toEqual(b && [b[0], b.groups!.name]);
    };
    fc.assert(
      fc.property(fc.oneof(fc.array(pieces, { maxLength: 30 }).map((a) => a.join('')), fc.string({ unit: 'grapheme', maxLength: 40 })), (line) => {
        same(line);
        same(line + ': la suite');
      }),
      { numRuns: 3000 },
    );
    // A long label region: the shortcut must not stop reading before the pattern does.
    same(`[${'1'.repeat(30)}] ${'A'.repeat(31)}: x`);
    same(`  - [00:00:01] - **${'Abcdefghij'.repeat(3)} Bcdefghijklmnopqrstuvwxyzabcd Cdefghijklmnopqrstuvwxyzabcde Ω** (${'x'.repeat(40)}) : oui`);
  });
});

describe('a question with an afterthought', () => {
  it('is still a question, and the next speaker answers it', () => {
    const doc = parseDocument(['Audience member: Did refusing that contract hurt? Financially, I mean.', 'Ana: A little, for a quarter.'].join('\n'));
    expect(doc.turns.map((t) => t.role)).toEqual(['question', 'answer']);
    expect(doc.qaPairs).toBe(1);
  });

  it('but not when the speaker answers it herself in a word ("Le travail gratuit ? Jamais.")', () => {
    for (const turn of ['Léa: Le travail gratuit ? Jamais.', 'Lea: Working for free? Never.', 'Lea: Copying others? No way, not me.']) {
      const doc = parseDocument([turn, 'Ben: Right.'].join('\n'));
      expect(doc.turns[0]!.role).not.toBe('question');
    }
    expect(parseDocument(['Léa: Vous regrettez ? Un peu ?', 'Ben: Non.'].join('\n')).turns[0]!.role).toBe('question');
  });

  it('but not when a statement of some length follows the question', () => {
    const doc = parseDocument(['Ana: Why do I post daily? Because my clients read me every morning before work.', 'Ben: Makes sense.'].join('\n'));
    expect(doc.turns[0]!.role).not.toBe('question');
    expect(doc.qaPairs).toBe(0);
  });
});

describe('questions that ask what matters', () => {
  it('are told from other questions, accented words included', () => {
    expect(['Quelle est votre priorité ?', 'Et la clé ?', 'Quelle est la qualité principale ?', 'What matters most to you?'].map(asksForJudgement)).toEqual([true, true, true, true]);
    expect(['Vous venez de Lyon ?', 'How many rooms do you run?'].map(asksForJudgement)).toEqual([false, false]);
  });
});
