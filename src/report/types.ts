/** What every formatter receives: the results of all files, and how to present them. */
import type { FileResult } from '../check.js';

/** A rule as reports describe it (SARIF's tool.driver.rules): from the lexicon's data. */
export interface RuleInfo {
  /** An opposition id, or `<concept>-self-negation`. */
  id: string;
  kind: 'opposition' | 'self-negation';
  /** The concepts it is about (two for an opposition, one for a self-negation). */
  concepts: string[];
  /** Short name per language, e.g. "self-interest vs generosity". */
  name: Partial<Record<'fr' | 'en', string>>;
  /** Why it is a contradiction, per language (the opposition's message). */
  description: Partial<Record<'fr' | 'en', string>>;
}

export interface Report {
  tool: { name: string; version: string };
  files: FileResult[];
  /** The rules of the lexicon in use; formats that describe rules (SARIF) read them. */
  rules?: RuleInfo[];
  /** Findings hidden on purpose: by the baseline, by suppression comments. */
  suppressed?: { baseline: number; comments: number };
}

export interface FormatContext {
  /** Colours allowed (a TTY, FORCE_COLOR, not NO_COLOR). */
  color: boolean;
  /** Show how each statement was classified. */
  explain: boolean;
  /** Folder that relative paths are computed from (SARIF, GitHub annotations). */
  cwd: string;
}

export type Formatter = (report: Report, context: FormatContext) => string;
