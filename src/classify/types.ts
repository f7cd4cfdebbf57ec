/** What the classifier says about each statement. Everything survives JSON.stringify. */
export type Stance = 'endorse' | 'reject';
export type Mode = 'practice' | 'advice' | 'opinion';
/** Whose commitment a statement is: only 'self' commits the speaker. */
export type Attribution = 'self' | 'reported' | 'hypothetical' | 'question' | 'quoted';

export interface TermHit {
  text: string;
  /** Offsets in the original file. */
  start: number;
  end: number;
}

export interface Mention {
  concept: string;
  stance: Stance;
  mode: Mode;
  attribution: Attribution;
  confidence: number;
  speaker: string;
  sentence: number;
  turn: number;
  qaPair: number | null;
  terms: TermHit[];
  /** The negation that turned the stance, with the trigger words. */
  negation: { trigger: string; count: number } | null;
  /** Cues that weakened or qualified the statement: conceded, changed, mixed, conditional, acknowledged, descriptive, restrictive, bare-pas, inherited-mode, joke (taken back), exception (a practice set apart from the rule). */
  flags: string[];
}
