/** The JSON report, schemaVersion 1, exactly as ../shared/CONTRACT.md describes it. */
import { summarize } from './summary.js';
import type { Formatter } from './types.js';

/**
 * JSON.stringify, with the characters it leaves raw but a terminal or a JavaScript parser may act
 * on (DEL, C1 controls such as the one-byte CSI, U+2028/2029) written as \u escapes: same data.
 */
export function safeJson(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(/[\u007f-\u009f\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

export const json: Formatter = (report) =>
  safeJson({
    schemaVersion: 1,
    tool: report.tool,
    files: report.files.map((f) => ({
      path: f.path,
      format: f.format,
      language: f.language,
      speakers: f.speakers,
      qaPairs: f.qaPairs,
      findings: f.findings,
      errors: f.errors,
      ...(f.explain ? { explain: f.explain } : {}),
    })),
    summary: summarize(report),
  }) + '\n';
