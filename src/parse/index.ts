/** text -> TranscriptDocument: format detection, turns, speakers, question/answer pairs, sentences. */
import { detectFormat, type Format } from './detect-format.js';
import { detectLanguage } from './language.js';
import type { Language, ParsedTranscript, RawTurn, Sentence, TranscriptDocument, Turn } from './model.js';
import { parseMarkdown } from './markdown.js';
import { splitSentences } from './sentences.js';
import { parseSubtitles } from './subtitles.js';
import { parseText } from './text.js';
import { parseTranscriptionJson } from './transcription-json.js';
import { questionAsks } from './labels.js';
import { parseHtml } from './html.js';
import { InputError } from '../read/errors.js';
import { endsWithQuestionMark, isSpaceCode } from './chars.js';

export interface ParseOptions {
  /** File name, used as a format hint. */
  filename?: string;
  format?: Format;
  language?: Language | 'auto';
}

/** Parsers by detected format; other formats register here. */
export const PARSERS: Record<Format, (source: string) => ParsedTranscript> = {
  text: (s) => parseText(s),
  markdown: parseMarkdown,
  srt: (s) => parseSubtitles(s, 'srt'),
  vtt: (s) => parseSubtitles(s, 'vtt'),
  json: parseTranscriptionJson,
  html: parseHtml,
  rttm: () => {
    throw new InputError('RTTM speaker segments without any words: nothing to check (give the transcript, e.g. WhisperX JSON)');
  },
};

/** The name of the single speaker of a text without any label. */
export const DEFAULT_SPEAKER = 'Speaker';

export function parseDocument(source: string, options: ParseOptions = {}): TranscriptDocument {
  const format = options.format ?? detectFormat(source, options.filename);
  const parsed = PARSERS[format](source);
  return buildDocument(source, parsed, options.language);
}

export function buildDocument(source: string, parsed: ParsedTranscript, language: Language | 'auto' = 'auto'): TranscriptDocument {
  const start = startDocument(parsed, language);
  const builder = new DocumentBuilder();
  const turns: Turn[] = [];
  const sentences: Sentence[] = [];
  for (const raw of start.turns) {
    const turn = builder.add(raw);
    if (!turn) continue;
    turns.push(turn);
    // One by one: a turn may hold 600,000 sentences, too many for a spread's arguments.
    for (const sentence of turn.sentences) sentences.push(sentence);
  }
  return {
    format: parsed.format === 'json' ? 'json' : parsed.format,
    language: start.language,
    source,
    speakers: builder.speakers(),
    turns,
    sentences,
    qaPairs: builder.qaPairs,
    notes: parsed.notes,
  };
}

/**
 * The language of a transcript (given, or detected from its first 50,000 characters of speech,
 * at most 5,000 from each turn) and its turns, the ones read for the sample included.
 */
export function startDocument(parsed: ParsedTranscript, language: Language | 'auto' = 'auto'): { language: Language; turns: Iterable<RawTurn> } {
  if (language !== 'auto') return { language, turns: parsed.turns };
  const rest = parsed.turns[Symbol.iterator]();
  const read: RawTurn[] = [];
  const parts: string[] = [];
  let size = 0;
  while (size < 50_000) {
    const next = rest.next();
    if (next.done) break;
    read.push(next.value);
    const piece = next.value.text.toString().slice(0, 5000);
    parts.push(piece);
    size += piece.length + 1;
  }
  function* all(): Generator<RawTurn> {
    yield* read;
    for (let next = rest.next(); !next.done; next = rest.next()) yield next.value;
  }
  return { language: detectLanguage(parts.join('\n').slice(0, 50_000)), turns: all() };
}

/**
 * Builds turns and their sentences one raw turn at a time (so a large file can be checked turn by
 * turn): indices, roles, question/answer pairs and the speakers carry over from turn to turn.
 */
export class DocumentBuilder {
  qaPairs = 0;
  private turnCount = 0;
  private sentenceCount = 0;
  private prev: Turn | null = null;
  /** Speakers in order of first appearance, and those who said something. */
  private readonly seen = new Set<string>();
  private readonly spoken = new Set<string>();
  private readonly names = new SpeakerNames();

  /** The turn built from `raw`, or null when it has no sentence. */
  add(raw: RawTurn): Turn | null {
    const speaker = this.names.of(raw.speaker ?? DEFAULT_SPEAKER);
    this.seen.add(speaker);
    const text = raw.text.toString();
    // Every turn gets the same fields in the same order: one object shape for the classifier's reads.
    const turn: Turn = { index: this.turnCount, speaker, role: 'statement', qaPair: null, asksAdvice: false, asksJudgement: false, asksPractice: false, text: raw.text, sentences: [] };
    for (const span of splitSentences(text)) {
      const sentenceText = text.slice(span.start, span.end);
      turn.sentences.push({
        index: this.sentenceCount++,
        turn: turn.index,
        text: sentenceText,
        span: { start: raw.text.toOriginal(span.start), end: raw.text.toOriginalEnd(span.end) },
        turnOffset: span.start,
        isQuestion: endsWithQuestionMark(sentenceText) && !taggedStatement(sentenceText),
      });
    }
    if (turn.sentences.length === 0) return null;
    const prev = this.prev;
    if (raw.question || (raw.speaker !== null && asksAQuestion(turn.sentences) && !raw.answer)) {
      turn.role = 'question';
    } else if (prev && prev.role === 'question' && prev.speaker !== speaker) {
      turn.role = 'answer';
      if (prev.qaPair === null) prev.qaPair = ++this.qaPairs;
      turn.qaPair = prev.qaPair;
      const question = prev.text.toString();
      const asks = questionAsks(question);
      turn.asksAdvice = asks.advice;
      turn.asksJudgement = asks.judgement;
      turn.asksPractice = asks.practice;
    } else if (raw.answer) {
      turn.role = 'answer';
    } else if (prev && prev.role === 'answer' && prev.speaker === speaker) {
      // The same person goes on answering the same question.
      turn.role = 'answer';
      turn.qaPair = prev.qaPair;
      turn.asksAdvice = prev.asksAdvice;
    }
    this.turnCount++;
    this.spoken.add(speaker);
    this.prev = turn;
    return turn;
  }

  /** Speakers in order of appearance; those who never say anything (empty turns) are not listed. */
  speakers(): string[] {
    return [...this.seen].filter((s) => this.spoken.has(s));
  }
}

/**
 * One person named in full and by first name ("**Speaker:** Dana Okafor" in a header, then
 * "**Dana:** …"; "SOPHIE MARCHAND :" then "Sophie :") is one speaker, under the name said first.
 * Only when a single full name seen so far starts with that first name: two guests called Marie
 * keep their names apart, and so does a "Marie" beside them.
 */
class SpeakerNames {
  /** By first word (lower case): the one-word name and the full names seen with it. */
  private readonly byFirst = new Map<string, { alone: string | null; full: Set<string> }>();
  private readonly memo = new Map<string, string>();

  of(name: string): string {
    let canonical = this.memo.get(name);
    if (canonical !== undefined) return canonical;
    const space = name.indexOf(' ');
    const first = (space < 0 ? name : name.slice(0, space)).toLowerCase();
    if (GENERIC_NAMES.has(first) || (space >= 0 && !PERSONAL_NAME_REST.test(name.slice(space + 1)))) {
      this.memo.set(name, name);
      return name;
    }
    let entry = this.byFirst.get(first);
    if (!entry) this.byFirst.set(first, (entry = { alone: null, full: new Set() }));
    if (space < 0) {
      // A first name after one full name: that person. Said first, it stands for the full names after it.
      canonical = entry.alone ?? (entry.full.size === 1 ? [...entry.full][0]! : name);
      entry.alone ??= canonical;
    } else {
      entry.full.add(name);
      canonical = entry.alone !== null && entry.full.size === 1 ? entry.alone : name;
    }
    // Bounded like the other per-name tables: a file of a million one-off names stays in memory's reach.
    if (this.memo.size > 100_000) this.memo.clear();
    this.memo.set(name, canonical);
    return canonical;
  }
}

/** Names of a role or of a diarization id ("Speaker", "Speaker 1", "Intervenant B"), never a person's first name. */
const GENERIC_NAMES = new Set(['speaker', 'interviewer', 'respondent', 'intervenant', 'intervenante', 'invité', 'invitée', 'guest', 'host', 'animateur', 'animatrice', 'journaliste', 'participant', 'participante', 'locuteur', 'locutrice', 'voice', 'voix']);
/** What follows a first name in a full name: words of letters, not an id ("Speaker 1", "Dana A"). */
const PERSONAL_NAME_REST = /^(?:\p{L}[\p{L}\p{M}.'’\-]+)(?: \p{L}[\p{L}\p{M}.'’\-]+)*$/u;

/**
 * The turn ends on its question: the last sentence is one, or only a short afterthought follows
 * the last one ("Did refusing that contract hurt? Financially, I mean.", "Vous regrettez ? Un peu ?").
 */
function asksAQuestion(sentences: Sentence[]): boolean {
  for (let k = sentences.length - 1; k >= 0; k--) {
    const s = sentences[k]!;
    if (s.isQuestion) return true;
    if (k < sentences.length - 1 || wordCount(s.text) > AFTERTHOUGHT_WORDS || answersIt(s.text)) return false;
  }
  return false;
}

/** At most this many words after a question still leave the turn a question. */
const AFTERTHOUGHT_WORDS = 4;

/**
 * "Le travail gratuit ? Jamais.", "Working for free? Never.": the speaker answers her own
 * question, the turn is no question.
 */
function answersIt(text: string): boolean {
  const first = /^[\s"«“(]*([\p{L}']+)/u.exec(text)?.[1]?.toLowerCase().replace('’', "'");
  return first !== undefined && ANSWER_WORDS.has(first);
}

const ANSWER_WORDS = new Set(['non', 'jamais', 'oui', 'surtout', 'évidemment', 'absolument', 'no', 'never', 'yes', 'nope', 'absolutely', 'obviously', "don't", 'forget', 'foncez', 'fuyez']);

function wordCount(text: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const space = isSpaceCode(text.charCodeAt(i));
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

/**
 * "I haven't had a day off since, what, Easter?", "Je bosse tous les dimanches, hein ?": a statement
 * of the speaker's own with a word or two of tag or hesitation after its last comma. The question
 * mark asks the listener nothing, and the sentence is a statement like the others.
 */
function taggedStatement(text: string): boolean {
  const comma = text.lastIndexOf(',');
  if (comma < 0) return false;
  const tail = text.slice(comma + 1).replace(/[?!.…"»”’')\]*_\s]+$/u, '').trim();
  if (tail.length === 0 || tail.split(/\s+/).length > 2) return false;
  const head = text.slice(0, comma).trimStart().toLowerCase();
  return FIRST_PERSON_OPENING.test(head) && head.split(/\s+/).length >= 4;
}

/** A sentence that opens on the speaker herself ("I haven't", "we've", "je", "j'ai", "on a", "moi, je"). */
const FIRST_PERSON_OPENING = /^(?:(?:and|but|so|well|oh|et|mais|bon|alors|enfin)[ ,]+)?(?:i|i'm|i’m|i've|i’ve|i'd|i’d|we|we're|we’re|we've|we’ve|je|j'|j’|moi|nous|on)(?=[\s,']|’)/u;

