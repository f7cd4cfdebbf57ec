/** A finding: plain, well-known fields; every position 1-based, end exclusive, in the original file. */
export type Severity = 'error' | 'warning' | 'info';
export type FindingKind = 'opposed-stances' | 'self-negation' | 'advice-vs-practice';

export interface TermLocation {
  text: string;
  line: number;
  column: number;
}

export interface Statement {
  text: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  concept: string;
  stance: 'endorse' | 'reject';
  mode: 'practice' | 'advice' | 'opinion';
  qaPair: number | null;
  terms: TermLocation[];
}

export interface Finding {
  ruleId: string;
  kind: FindingKind;
  severity: Severity;
  confidence: number;
  speaker: string;
  message: string;
  statements: Statement[];
  /** Other statements of the speaker that support the same conflict (not listed one by one). */
  moreEvidence?: number;
}
