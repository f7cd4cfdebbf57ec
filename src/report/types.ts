/** What every formatter receives: the results of all files, and how to present them. */
import type { FileResult } from '../check.js';

export interface Report {
  tool: { name: string; version: string };
  files: FileResult[];
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
