/**
 * Questions from the floor: labels that name a role rather than a person ("Une participante :",
 * "Audience member:") are speakers too, so their questions do not run into the speaker's answer.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../src/parse/index.js';
import { matchLineLabel } from '../src/parse/labels.js';

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
