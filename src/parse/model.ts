/** The document model every format parser produces and every later stage reads. */
import type { MappedText } from './mapped-text.js';

export type Language = 'fr' | 'en';

/** A turn as a format parser sees it, before sentences are split. */
export interface RawTurn {
  /** Speaker name, or null when the format does not say who speaks. */
  speaker: string | null;
  /** The label says this is a question (Q:, Question :, a Markdown heading that asks). */
  question?: boolean;
  /** The label says this is an answer (A:, Réponse :). */
  answer?: boolean;
  /** Quoted speech inside another text: attributed to the named speaker, not to the narrator. */
  quoted?: boolean;
  text: MappedText;
}

export interface ParsedTranscript {
  format: string;
  /** In order; plain text yields them one by one as they are read (iterate once). */
  turns: Iterable<RawTurn>;
  /** Problems that do not stop the check (recorded in the file's `errors`). */
  notes: string[];
}

export interface Span {
  /** Offsets in the original (decoded) file text, end exclusive. */
  start: number;
  end: number;
}

export interface Sentence {
  index: number;
  turn: number;
  /** Sentence text as read (joined across cues where a sentence runs over several). */
  text: string;
  span: Span;
  /** Offset of the sentence inside its turn's text, to map token offsets back. */
  turnOffset: number;
  isQuestion: boolean;
}

export interface Turn {
  index: number;
  speaker: string;
  role: 'question' | 'answer' | 'statement';
  /** 1-based index of its question/answer pair, or null. */
  qaPair: number | null;
  /** The question of this turn's pair asks for advice ("quel conseil", "what would you tell"). */
  asksAdvice: boolean;
  /**
   * The question asks what the guest values or holds most ("la qualité principale", "what matters
   * most"): a bare answer ("La transparence.") is then a judgement, not a passing mention.
   */
  asksJudgement?: boolean;
  /**
   * The question asks the guest why or how they do what they do ("Pourquoi êtes-vous sur les
   * réseaux ?", "How do you price your work?"): a bare answer ("Par opportunisme, pas par
   * passion.") tells the speaker's own practice.
   */
  asksPractice?: boolean;
  text: MappedText;
  sentences: Sentence[];
}

export interface TranscriptDocument {
  format: string;
  language: Language;
  /** The decoded file text; every Span is an offset into it. */
  source: string;
  speakers: string[];
  turns: Turn[];
  sentences: Sentence[];
  qaPairs: number;
  notes: string[];
}
