/**
 * The name of an interview's one unnamed voice, read from the page's title or intro: a press
 * interview labels its questions (headings, bold lines) and leaves the answers unlabelled, and the
 * guest is named once, at the top ("Élise Varenne, parfumeuse : « … »", "Meet your mechanic: Dele
 * Ogunbiyi of Spoke & Spanner", "Entretien avec Odile Ferrand, secrétaire de mairie"). Without it
 * the report says "Speaker".
 */

import type { RawTurn } from './model.js';

/** How many of a page's first headings may name the guest (a title, a subtitle, a heading of the intro). */
export const TITLE_HEADINGS = 3;
/** An intro paragraph is at least this long (a nav bar or a rubric is shorter). */
export const INTRO_MIN_CHARS = 60;

/** A capitalised word of a name ("Élise", "Le Goff", "O'Brien", "Jean-Marc"). */
const WORD = String.raw`\p{Lu}[\p{L}\p{M}'’\-]{1,30}`;
/** 2 to 4 such words, particles allowed between them ("Odile de la Tour", "Ludwig van Beek"). */
const NAME = String.raw`${WORD}(?:[ \u00a0](?:(?:de|du|des|d'|d’|van|von|le|la|da|di|del|bin|ibn)[ \u00a0])?${WORD}){1,3}`;

/**
 * The ways a title names its guest, each with the name as group 1, and whether the wording alone
 * says it is a person ("Entretien avec …", "chez …, affineur") or the body must name her too.
 */
const PATTERNS: Array<[RegExp, boolean]> = [
  // "Entretien avec Odile Ferrand", "In conversation with Maya Lindqvist", "Rencontre avec …".
  [new RegExp(String.raw`(?:entretien|rencontre|conversation|interview|échange|portrait|dialogue|q&a|a chat|talking)[ \u00a0]+(?:avec|with)[ \u00a0]+(${NAME})`, 'iu'), true],
  // '« Transmettre ou protéger ? » avec Inès Caradec, mosaïste': a talk's quoted title, with its speaker.
  [new RegExp(String.raw`[»"”][ \u00a0]+(?:avec|with|by|par)[ \u00a0]+(${NAME})`, 'u'), true],
  // "Élise Varenne, parfumeuse : « … »", "Maya Lindqvist: "Eleven weeks …"", "Hélène Vautrin — doreuse".
  [new RegExp(String.raw`^(${NAME})[ \u00a0]*(?:,|:|：|[—–][ \u00a0])`, 'u'), false],
  // "Meet your mechanic: Dele Ogunbiyi of Spoke & Spanner", "Portrait : Rémi Chabrol, coutelier".
  [new RegExp(String.raw`[:：][ \u00a0]+(${NAME})(?:[ \u00a0]+(?:of|from|de|du|at|on|sur)[ \u00a0]|[ \u00a0]*[,(]|[ \u00a0]*$)`, 'u'), false],
  // "Dans les caves de Gilles Mermoud, affineur de beaufort", "notes de la causerie de Rémi Chabrol, coutelier".
  [new RegExp(String.raw`(?:^|[ \u00a0])(?:de|d'|d’|chez)[ \u00a0]?(${NAME}),[ \u00a0]+\p{Ll}`, 'u'), true],
  // "Vendre des prestations agiles - Thibault Jouannic": a talk's title, then its speaker.
  [new RegExp(String.raw`[ \u00a0][-—–][ \u00a0]+(${NAME})[ \u00a0]*$`, 'u'), false],
];
/** An intro that opens on the guest doing something: "Priya Nandakumar co-founded Lockjaw Rooms …". */
const INTRO = new RegExp(String.raw`^[*_ \u00a0]{0,3}(${NAME})[ \u00a0]+\p{Ll}`, 'u');

/** Words that open titles in title case, never a person's first name. */
const NOT_FIRST_NAMES = new Set(['The', 'A', 'An', 'Le', 'La', 'Les', 'Un', 'Une', 'How', 'Why', 'What', 'When', 'Where', 'Who', 'Comment', 'Pourquoi', 'Quand', 'Notes', 'Talk', 'Interview', 'Entretien', 'Rencontre', 'Meet', 'Inside', 'Dans', 'Chez', 'Our', 'My', 'Mon', 'Ma', 'Nos', 'Notre', 'This', 'Ce', 'Cette']);

/**
 * Gives the unnamed turns of `turns` the guest's name, when `headings` or `intro` name her and the
 * answers (the turns that ask nothing) name her again where the wording needs it.
 */
export function nameUnnamedTurns(headings: readonly string[], intro: string | null, turns: RawTurn[]): void {
  const body = turns.filter((t) => !t.question).map((t) => t.text.toString()).join('\n');
  const name = guestName(headings, intro, body);
  if (name === null) return;
  for (const t of turns) if (t.speaker === null && t.text.size > 0) t.speaker = name;
}

/**
 * The guest named by `headings` (the page's title lines, first first) or by `intro` (its first
 * paragraph), when `body` (the text of what is said) names them again by first name or surname:
 * a title in title case ("The Art Of Listening: …") names nobody the body speaks of.
 */
export function guestName(headings: readonly string[], intro: string | null, body: string): string | null {
  for (const heading of headings) {
    const line = heading.trim();
    for (const [pattern, alone] of PATTERNS) {
      const m = pattern.exec(line);
      if (m && plausible(m[1]!, alone ? null : body)) return m[1]!;
    }
  }
  if (intro !== null) {
    const m = INTRO.exec(intro.trim());
    if (m && plausible(m[1]!, body)) return m[1]!;
  }
  return null;
}

function plausible(name: string, body: string | null): boolean {
  const words = name.split(/[ \u00a0]+/);
  if (NOT_FIRST_NAMES.has(words[0]!)) return false;
  if (body === null) return true;
  const first = words[0]!;
  const last = words[words.length - 1]!;
  return mentions(body, first) || mentions(body, last);
}

/** `word` said as a word of its own in `text`, case kept (a name, not the same word in lower case). */
function mentions(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    const before = at === 0 ? '' : text[at - 1]!;
    const after = text[at + word.length] ?? '';
    if (!/[\p{L}\p{M}]/u.test(before) && !/[\p{L}\p{M}]/u.test(after)) return true;
  }
  return false;
}
