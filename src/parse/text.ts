/**
 * Speaker-labelled plain text (and text with no labels at all: one speaker). A label at the start
 * of a line opens a turn that runs until the next label; role markers inside a line (the quoted
 * "Question : … Réponse : …" of an article) open turns that end with their line, after which the
 * text belongs to the narrator again.
 */
import { isBlank } from './chars.js';
import { MappedText } from './mapped-text.js';
import type { ParsedTranscript, RawTurn } from './model.js';
import { findInlineMarkers, matchLineLabel, type LabelMatch } from './labels.js';

export interface Line {
  text: string;
  /** Offset of the line in the file. */
  offset: number;
}

export function splitLines(text: string, from = 0, to = text.length): Line[] {
  const lines: Line[] = [];
  let start = from;
  // Without carriage returns, the native search finds each line break.
  if (text.indexOf('\r', from) < 0 || text.indexOf('\r', from) >= to) {
    for (let i = text.indexOf('\n', from); i >= 0 && i < to; i = text.indexOf('\n', i + 1)) {
      lines.push({ text: text.slice(start, i), offset: start });
      start = i + 1;
    }
    if (start < to) lines.push({ text: text.slice(start, to), offset: start });
    return lines;
  }
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      lines.push({ text: text.slice(start, i), offset: start });
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
      start = i + 1;
    }
  }
  if (start < to) lines.push({ text: text.slice(start, to), offset: start });
  return lines;
}

export function parseText(source: string, lines: Line[] = splitLines(source), format = 'text'): ParsedTranscript {
  return { format, turns: turnsFromLines(lines.map(blankInlineTags)), notes: [] };
}

const INLINE_TAG = /<\/?[a-zA-Z][a-zA-Z0-9]{0,15}(?:[ \t][^<>\n]{0,200})?\/?>/g;

/** Inline HTML (`<br>`, `<span …>`) becomes spaces of the same length: offsets stay exact. */
export function blankInlineTags(line: Line): Line {
  if (!line.text.includes('<')) return line;
  return { text: line.text.replace(INLINE_TAG, (t) => ' '.repeat(t.length)), offset: line.offset };
}

/** Builds turns from lines; shared by the Markdown parser, which feeds it cleaned lines. */
export function turnsFromLines(lines: Line[], extraTurns: Map<number, RawTurn> = new Map()): RawTurn[] {
  const labels = lines.map((l) => matchLineLabel(l.text));
  // A weak label (a single capitalised word) counts only when it recurs or other labels are strong:
  // one "Bref :" in a monologue is not a speaker.
  const counts = new Map<string, number>();
  let strong = 0;
  for (const l of labels) {
    if (!l) continue;
    counts.set(l.name, (counts.get(l.name) ?? 0) + 1);
    if (l.strong) strong++;
  }
  const accept = (l: LabelMatch | null): l is LabelMatch => !!l && (l.strong || strong > 0 || (counts.get(l.name) ?? 0) > 1 || counts.size > 1);

  // Once lines name their speakers, unlabelled text (a title, an introduction, "Extrait 1 :" and
  // what follows) is nobody's speech; without any label, it is the one speaker's.
  const labelled = labels.some((l) => accept(l)) || [...extraTurns.values()].some((t) => t.speaker !== null);
  const unattributed = new Set<RawTurn>();
  const turns: RawTurn[] = [];
  let current: RawTurn | null = null;
  let narrator: RawTurn | null = null;
  const open = (speaker: string | null, role: 'question' | 'answer' | null, quoted = false): RawTurn => {
    const t: RawTurn = { speaker, question: role === 'question', answer: role === 'answer', quoted, text: new MappedText() };
    if (speaker === null) unattributed.add(t);
    turns.push(t);
    return t;
  };
  // A blank line inside a turn is kept (a paragraph break) only once more text follows.
  const blank = new Map<RawTurn, number>();
  const appendLine = (turn: RawTurn, text: string, offset: number) => {
    if (isBlank(text)) {
      if (turn.text.size > 0 && !blank.has(turn)) blank.set(turn, offset);
      return;
    }
    const gap = blank.get(turn);
    if (gap !== undefined) {
      turn.text.appendSynthetic('\n', gap);
      blank.delete(turn);
    }
    if (turn.text.size > 0) turn.text.appendSynthetic('\n', offset);
    turn.text.append(text, offset);
  };
  lines.forEach((line, k) => {
    const extra = extraTurns.get(k);
    if (extra) {
      turns.push(extra);
      current = null;
      narrator = null;
      return;
    }
    const label = labels[k] ?? null;
    let body = line.text;
    let bodyOffset = line.offset;
    if (!accept(label) && LONE_HEADING.test(line.text)) {
      // "Extrait 1 :" alone on its line: not a speaker, but the current speaker's turn is over.
      current = null;
      narrator = null;
      return;
    }
    if (accept(label)) {
      // Timed segments of one speaker ("[12.5, 14.0] - SPEAKER_00: …") continue one turn, so a
      // sentence cut between segments stays whole.
      const same = current !== null && current.speaker === label.name && !current.quoted && TIMED.test(line.text);
      if (!same) current = open(label.name, label.role);
      else blank.delete(current!);
      narrator = null;
      body = line.text.slice(label.textStart);
      bodyOffset = line.offset + label.textStart;
    }
    const markers = findInlineMarkers(body);
    if (markers.length === 0) {
      if (current === null) {
        if (narrator === null) narrator = open(null, null);
        appendLine(narrator, body, bodyOffset);
      } else appendLine(current, body, bodyOffset);
      return;
    }
    // Text before the first marker stays with whoever was speaking.
    const before = body.slice(0, markers[0]!.start);
    if (before.trim()) {
      const owner: RawTurn = current ?? narrator ?? (narrator = open(null, null));
      appendLine(owner, before, bodyOffset);
    }
    markers.forEach((mk, i) => {
      const end = i + 1 < markers.length ? markers[i + 1]!.start : body.length;
      const t = open(mk.name, mk.role, true);
      t.text.append(body.slice(mk.textStart, end), bodyOffset + mk.textStart);
    });
    // Quoted markers end with their line; a line label keeps its turn open.
    if (!accept(label)) {
      current = null;
      narrator = null;
    } else current = turns[turns.length - 1]!;
  });
  return turns.filter((t) => /[\p{L}\p{N}]/u.test(t.text.toString()) && !(labelled && unattributed.has(t) && !t.quoted));
}

const TIMED = /^[ \t]{0,8}(?:[-*•][ \t]{1,4})?\[[0-9:.,\s]{1,30}\]/;

/** A line that is only "Something :" (a heading in label form). */
const LONE_HEADING = /^[ \t]{0,8}(?:\*\*|__)?[\p{L}][^:\n]{0,40}?[ \t\u00a0]{0,3}:(?:\*\*|__)?[ \t\u00a0]{0,4}$/u;
