/**
 * Speaker-labelled plain text (and text with no labels at all: one speaker). A label at the start
 * of a line opens a turn that runs until the next label; role markers inside a line (the quoted
 * "Question : … Réponse : …" of an article) open turns that end with their line, after which the
 * text belongs to the narrator again. An interview printed with dialogue dashes and no names is
 * read as the interviewer's and the guest's alternating lines (DialogueDashes).
 */
import { endsWithQuestionMark, hasLetterOrDigit, isBlank } from './chars.js';
import { MappedText } from './mapped-text.js';
import type { ParsedTranscript, RawTurn } from './model.js';
import { findInlineMarkers, matchLineLabel, type LabelMatch } from './labels.js';

export interface Line {
  text: string;
  /** Offset of the line in the file. */
  offset: number;
  /** Its speaker, when the layout names it rather than a label on the line (Markdown quote notes). */
  label?: LabelMatch;
}

export function splitLines(text: string, from = 0, to = text.length): Line[] {
  return [...eachLine(text, from, to)];
}

export function parseText(source: string): ParsedTranscript {
  // Lines are read twice (labels first, then turns) and never all held at once, and turns come
  // out one by one as they end: a large file is checked without holding its parse in memory.
  return { format: 'text', turns: turnsFromLines(() => mapLines(eachLine(source), blankInlineTags)), notes: [] };
}

/** The lines of text[from, to), one at a time (splitLines without the array). */
export function* eachLine(text: string, from = 0, to = text.length): Generator<Line> {
  let start = from;
  const cr = text.indexOf('\r', from);
  if (cr < 0 || cr >= to) {
    // Without carriage returns, the native search finds each line break.
    for (let i = text.indexOf('\n', from); i >= 0 && i < to; i = text.indexOf('\n', i + 1)) {
      yield { text: text.slice(start, i), offset: start };
      start = i + 1;
    }
  } else {
    for (let i = from; i < to; i++) {
      const c = text.charCodeAt(i);
      if (c === 10 || c === 13) {
        yield { text: text.slice(start, i), offset: start };
        if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
        start = i + 1;
      }
    }
  }
  if (start < to) yield { text: text.slice(start, to), offset: start };
}

function* mapLines(lines: Iterable<Line>, f: (line: Line) => Line): Generator<Line> {
  for (const line of lines) yield f(line);
}

const INLINE_TAG = /<\/?[a-zA-Z][a-zA-Z0-9]{0,15}(?:[ \t][^<>\n]{0,200})?\/?>/g;

/** Inline HTML (`<br>`, `<span …>`) becomes spaces of the same length: offsets stay exact. */
export function blankInlineTags(line: Line): Line {
  if (!line.text.includes('<')) return line;
  // (The rest of the line's fields, such as a Markdown blockquote mark, are kept.)
  return { ...line, text: line.text.replace(INLINE_TAG, (t) => ' '.repeat(t.length)) };
}

/**
 * Builds turns from lines; shared by the Markdown parser, which feeds it cleaned lines. `lines` is
 * called twice (a first pass reads the labels); each turn is yielded once the next one opens, since
 * text is only ever added to the turn opened last.
 */
export function* turnsFromLines(lines: () => Iterable<Line>, extraTurns: Map<number, RawTurn> = new Map()): Generator<RawTurn> {
  let labels: Array<LabelMatch | null> = [];
  const dashes = new DialogueDashes();
  for (const l of lines()) {
    const label = l.label ?? matchLineLabel(l.text);
    labels.push(label);
    dashes.add(label === null ? l.text : null);
  }
  if (extraTurns.size === 0 && !namesSpeakers(labels) && dashes.isInterview()) labels = dashes.labels();
  const assembler = new TurnAssembler(labels, extraTurns);
  let k = 0;
  for (const line of lines()) {
    assembler.line(line, k++);
    if (assembler.ended.length > 0) {
      for (const t of assembler.ended) if (assembler.keep(t)) yield t;
      assembler.ended.length = 0;
    }
  }
  assembler.finish();
  for (const t of assembler.ended) if (assembler.keep(t)) yield t;
}

/** Some label would name a speaker (TurnAssembler's accept(), for the whole file). */
function namesSpeakers(labels: ReadonlyArray<LabelMatch | null>): boolean {
  const names = new Set<string>();
  for (const l of labels) {
    if (!l) continue;
    if (l.strong || names.has(l.name)) return true;
    names.add(l.name);
  }
  return names.size > 1;
}

/** A line opened by a dialogue dash ("— Pourquoi … ?", "– Par opportunisme."), and the dash with its spaces. */
const DIALOGUE_DASH = /^[ \t]{0,8}[—–-][ \t\u00a0]{1,4}(?=\S)/;

/**
 * Interviews printed without names, each line of speech opened by a dialogue dash, the French
 * press's layout ("— Pourquoi êtes-vous sur les réseaux ? / — Par opportunisme, pas par passion."):
 * the two speakers take turns, one dash line each, and the lines without a dash go on with the
 * turn before them. Which of the two asks is read from the questions: when they fall on one side
 * of the alternation, every line on that side is the interviewer's, a remark that asks nothing
 * included ("Vous faites exactement l'inverse."); otherwise the lines that ask are hers and the
 * others the guest's. Said only of a file without speaker labels where a dash line that asks is
 * answered by the next dash line at least twice: a list of dashed points in talk notes does not
 * alternate so.
 */
class DialogueDashes {
  /** Per line: its dash line's number (from 0), or -1; and the dash's length. */
  private readonly dashLine: number[] = [];
  private readonly textStart: number[] = [];
  private readonly asks: boolean[] = [];
  /** Questions on the even and the odd dash lines. */
  private readonly asked = [0, 0];
  private exchanges = 0;

  add(text: string | null): void {
    const dash = text === null ? null : DIALOGUE_DASH.exec(text);
    if (!dash) {
      this.dashLine.push(-1);
      this.textStart.push(0);
      return;
    }
    const n = this.asks.length;
    const asks = endsWithQuestionMark(text!);
    if (!asks && n > 0 && this.asks[n - 1]) this.exchanges++;
    if (asks) this.asked[n % 2]!++;
    this.asks.push(asks);
    this.dashLine.push(n);
    this.textStart.push(dash[0].length);
  }

  isInterview(): boolean {
    return this.exchanges >= 2;
  }

  /** A label per line: the interviewer's question turns and the guest's answers. */
  labels(): Array<LabelMatch | null> {
    const [even, odd] = this.asked as [number, number];
    // The side that asks: at least three questions in four on it.
    const side = even >= 3 * odd ? 0 : odd >= 3 * even ? 1 : -1;
    return this.dashLine.map((n, k) => {
      if (n < 0) return null;
      const interviewer = side < 0 ? this.asks[n]! : n % 2 === side;
      const textStart = this.textStart[k]!;
      return interviewer ? { start: 0, textStart, name: 'Interviewer', role: 'question', strong: true } : { start: 0, textStart, name: 'Respondent', role: 'answer', strong: true };
    });
  }
}

/** Turns from lines, one line at a time (kept out of the generator, which V8 optimizes less well). */
class TurnAssembler {
  /** Turns that are over, waiting to be handed on. */
  readonly ended: RawTurn[] = [];
  /** The turn text is still added to. */
  private last: RawTurn | null = null;
  private current: RawTurn | null = null;
  private narrator: RawTurn | null = null;
  /** A blank line inside a turn is kept (a paragraph break) only once more text follows. */
  private readonly blank = new Map<RawTurn, number>();
  private readonly counts = new Map<string, number>();
  private readonly strong: number;
  private readonly labelled: boolean;
  /** Some label names a speaker on two lines or more. */
  private readonly recurring: boolean;
  private readonly extras: Set<RawTurn>;

  constructor(
    private readonly labels: Array<LabelMatch | null>,
    private readonly extraTurns: Map<number, RawTurn>,
  ) {
    // A weak label (a single capitalised word) counts only when it recurs or other labels are strong:
    // one "Bref :" in a monologue is not a speaker.
    let strong = 0;
    for (const l of labels) {
      if (!l) continue;
      this.counts.set(l.name, (this.counts.get(l.name) ?? 0) + 1);
      if (l.strong) strong++;
    }
    this.strong = strong;
    this.recurring = [...this.counts.values()].some((n) => n > 1);
    // Once lines name their speakers, unlabelled text (a title, an introduction, "Extrait 1 :" and
    // what follows) is nobody's speech; without any label, it is the one speaker's.
    // (A question heading's turn names no speaker of the text: "## Pourquoi … ?" over answers
    // without labels leaves those answers the one guest's.)
    this.labelled = labels.some((l) => this.accept(l)) || [...extraTurns.values()].some((t) => t.speaker !== null && !t.question);
    this.extras = new Set(extraTurns.values());
  }

  private accept(l: LabelMatch | null): l is LabelMatch {
    return !!l && (l.strong || this.strong > 0 || (this.counts.get(l.name) ?? 0) > 1 || this.counts.size > 1);
  }

  /**
   * A one-off label before a name and no sentence ("Invitée : Camille Rousseau, autrice de « … »",
   * "Guest: Dana Lee (Tidewell)"), in a file whose speakers are named by other, recurring labels:
   * a header line of the transcript.
   */
  private isHeader(label: LabelMatch, body: string): boolean {
    if (label.role !== null || this.counts.get(label.name) !== 1 || !this.recurring) return false;
    return HEADER_BODY.test(body) && !SENTENCE_END.test(body);
  }

  /** Turns with no letter, and (once lines name their speakers) nobody's text, are left out. */
  keep(t: RawTurn): boolean {
    return hasLetterOrDigit(t.text.toString()) && !(this.labelled && t.speaker === null && !t.quoted && !this.extras.has(t));
  }

  private push(t: RawTurn): void {
    if (this.last) {
      this.ended.push(this.last);
      // No text is added to an ended turn: its pending blank line goes (the map stays small).
      this.blank.delete(this.last);
    }
    this.last = t;
  }

  finish(): void {
    if (this.last) this.ended.push(this.last);
    this.last = null;
  }

  private open(speaker: string | null, role: 'question' | 'answer' | null, quoted = false): RawTurn {
    const t: RawTurn = { speaker, question: role === 'question', answer: role === 'answer', quoted, text: new MappedText() };
    this.push(t);
    return t;
  }

  private appendLine(turn: RawTurn, text: string, offset: number): void {
    if (isBlank(text)) {
      if (turn.text.size > 0 && !this.blank.has(turn)) this.blank.set(turn, offset);
      return;
    }
    const gap = this.blank.get(turn);
    if (gap !== undefined) {
      turn.text.appendSynthetic('\n', gap);
      this.blank.delete(turn);
    }
    if (turn.text.size > 0) turn.text.appendSynthetic('\n', offset);
    turn.text.append(text, offset);
  }

  line(line: Line, k: number): void {
    const extra = this.extraTurns.get(k);
    if (extra) {
      this.push(extra);
      this.current = null;
      this.narrator = null;
      return;
    }
    const label = this.labels[k] ?? null;
    const accepted = this.accept(label);
    let body = line.text;
    let bodyOffset = line.offset;
    if (!accepted && LONE_HEADING.test(line.text)) {
      // "Extrait 1 :" alone on its line: not a speaker, but the current speaker's turn is over.
      this.current = null;
      this.narrator = null;
      return;
    }
    if (accepted && this.isHeader(label!, line.text.slice(label!.textStart))) {
      // "Invitée : Camille Rousseau, autrice de …" above the transcript: who is on the show, not speech.
      this.current = null;
      this.narrator = null;
      return;
    }
    if (accepted) {
      // Timed segments of one speaker ("[12.5, 14.0] - SPEAKER_00: …") continue one turn, so a
      // sentence cut between segments stays whole.
      const current = this.current;
      // So do a speaker's consecutive labelled lines ("MARTINE : Il y a une seule exception." then
      // "MARTINE : Leurs piluliers, je les prépare gratuitement."): one turn, read as one, so that
      // what a sentence sets apart or takes back holds over the next line. Not Q/A role labels, nor
      // the quoted paragraphs of Markdown notes, each a turn of its own (their label is the layout's).
      // (Up to a paragraph's length: a talk labelled on every section stays in turns of a section,
      // so that what the classifier holds at once stays bounded.)
      const same = current !== null && current.speaker === label!.name && !current.quoted && (TIMED.test(line.text) || (label!.role === null && line.label === undefined && current.text.size < MERGED_TURN_CHARS));
      if (!same) this.current = this.open(label!.name, label!.role);
      else this.blank.delete(current);
      this.narrator = null;
      body = line.text.slice(label!.textStart);
      bodyOffset = line.offset + label!.textStart;
    }
    const markers = findInlineMarkers(body);
    if (markers.length === 0) {
      if (this.current === null) {
        if (this.narrator === null) this.narrator = this.open(null, null);
        this.appendLine(this.narrator, body, bodyOffset);
      } else this.appendLine(this.current, body, bodyOffset);
      return;
    }
    // Text before the first marker stays with whoever was speaking.
    const before = body.slice(0, markers[0]!.start);
    if (before.trim()) {
      const owner: RawTurn = this.current ?? this.narrator ?? (this.narrator = this.open(null, null));
      this.appendLine(owner, before, bodyOffset);
    }
    markers.forEach((mk, i) => {
      const end = i + 1 < markers.length ? markers[i + 1]!.start : body.length;
      const t = this.open(mk.name, mk.role, true);
      t.text.append(body.slice(mk.textStart, end), bodyOffset + mk.textStart);
    });
    // Quoted markers end with their line; a line label keeps its turn open.
    if (!accepted) {
      this.current = null;
      this.narrator = null;
    } else this.current = this.last;
  }
}

/** A name (capitalised words, with particles) alone or followed by a comma, a dash or a bracket. */
const HEADER_BODY = /^[ \t\u00a0]{0,4}\p{Lu}[\p{L}\p{M}'’.\-]{0,30}(?:[ \t\u00a0]{1,2}(?:(?:de|du|des|d'|d’|van|von|le|la|el|al|ben|bin)[ \t\u00a0]{1,2})?\p{Lu}[\p{L}\p{M}'’.\-]{0,30}){0,3}[ \t\u00a0]{0,3}(?:$|[,(–—-])/u;
/** Text that ends as a sentence does (closing quotes aside): speech, not a header. */
const SENTENCE_END = /[.!?…][ \t"»”’')\]]{0,4}$/;

/** A turn continued by its speaker's next labelled line only while shorter than this (see line()). */
export const MERGED_TURN_CHARS = 2000;

const TIMED = /^[ \t]{0,8}(?:[-*•][ \t]{1,4})?\[[0-9:.,\s]{1,30}\]/;

/** A line that is only "Something :" (a heading in label form). */
const LONE_HEADING = /^[ \t]{0,8}(?:\*\*|__)?[\p{L}][^:\n]{0,40}?[ \t\u00a0]{0,3}:(?:\*\*|__)?[ \t\u00a0]{0,4}$/u;
