/** The JSON report, schemaVersion 1, exactly as ../shared/CONTRACT.md describes it. */
import { summarize } from './summary.js';
import type { Formatter } from './types.js';

export const json: Formatter = (report) =>
  JSON.stringify(
    {
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
    },
    null,
    2,
  ) + '\n';
