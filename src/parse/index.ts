/** text -> TranscriptDocument: format detection, turns, speakers, question/answer pairs, sentences. */
import { detectFormat, type Format } from './detect-format.js';
import { detectLanguage } from './language.js';
import type { Language, ParsedTranscript, RawTurn, Sentence, TranscriptDocument, Turn } from './model.js';
import { parseMarkdown } from './markdown.js';
import { splitSentences } from './sentences.js';
import { parseSubtitles } from './subtitles.js';
import { parseText } from './text.js';
import { parseTranscriptionJson } from './transcription-json.js';
import { asksForAdvice } from './labels.js';
import { parseHtml } from './html.js';
import { InputError } from '../read/errors.js';
import { isSpaceCode } from './chars.js';

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
  const lang: Language = language === 'auto' || language === undefined ? detectLanguage(languageSample(parsed.turns)) : language;
  const turns: Turn[] = [];
  const sentences: Sentence[] = [];
  const speakers: string[] = [];
  const seen = new Set<string>();
  let qaPairs = 0;
  parsed.turns.forEach((raw: RawTurn) => {
    const speaker = raw.speaker ?? DEFAULT_SPEAKER;
    if (!seen.has(speaker)) {
      seen.add(speaker);
      speakers.push(speaker);
    }
    const text = raw.text.toString();
    const turn: Turn = { index: turns.length, speaker, role: 'statement', qaPair: null, asksAdvice: false, text: raw.text, sentences: [] };
    for (const span of splitSentences(text)) {
      const sentenceText = text.slice(span.start, span.end);
      const s: Sentence = {
        index: sentences.length,
        turn: turn.index,
        text: sentenceText,
        span: { start: raw.text.toOriginal(span.start), end: raw.text.toOriginalEnd(span.end) },
        turnOffset: span.start,
        isQuestion: endsWithQuestionMark(sentenceText),
      };
      turn.sentences.push(s);
      sentences.push(s);
    }
    if (turn.sentences.length === 0) return;
    const prev = turns[turns.length - 1];
    const lastIsQuestion = turn.sentences[turn.sentences.length - 1]!.isQuestion;
    if (raw.question || (raw.speaker !== null && lastIsQuestion && !raw.answer)) {
      turn.role = 'question';
    } else if (prev && prev.role === 'question' && prev.speaker !== speaker) {
      turn.role = 'answer';
      if (prev.qaPair === null) prev.qaPair = ++qaPairs;
      turn.qaPair = prev.qaPair;
      turn.asksAdvice = asksForAdvice(prev.text.toString());
    } else if (raw.answer) {
      turn.role = 'answer';
    } else if (prev && prev.role === 'answer' && prev.speaker === speaker) {
      // The same person goes on answering the same question.
      turn.role = 'answer';
      turn.qaPair = prev.qaPair;
      turn.asksAdvice = prev.asksAdvice;
    }
    turns.push(turn);
  });
  // Speakers who never say anything (empty turns) are not listed.
  const spoken = new Set(turns.map((t) => t.speaker));
  return {
    format: parsed.format === 'json' ? 'json' : parsed.format,
    language: lang,
    source,
    speakers: speakers.filter((s) => spoken.has(s)),
    turns,
    sentences,
    qaPairs,
    notes: parsed.notes,
  };
}

/** Closing quotes and brackets a question mark may stand before at the end of a sentence. */
const AFTER_QUESTION = new Set([...'"»”’\')]'].map((c) => c.charCodeAt(0)));

/** "…?" possibly followed by closing quotes, brackets and white space (a regex per sentence was slower). */
function endsWithQuestionMark(text: string): boolean {
  let i = text.length - 1;
  while (i >= 0) {
    const c = text.charCodeAt(i);
    if (c === 63) return true;
    if (!AFTER_QUESTION.has(c) && !isSpaceCode(c)) return false;
    i--;
  }
  return false;
}

/** The first 50,000 characters of speech (at most 5,000 from each turn), without joining the whole file. */
function languageSample(turns: RawTurn[]): string {
  const parts: string[] = [];
  let size = 0;
  for (const t of turns) {
    if (size >= 50_000) break;
    const piece = t.text.toString().slice(0, 5000);
    parts.push(piece);
    size += piece.length + 1;
  }
  return parts.join('\n').slice(0, 50_000);
}
