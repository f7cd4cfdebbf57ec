import type { Report } from './types.js';

export interface Summary {
  files: number;
  findings: number;
  errors: number;
  warnings: number;
  infos: number;
}

/** Counts by severity; `errors` counts findings of severity error (file problems are in files[].errors). */
export function summarize(report: Report): Summary {
  const s: Summary = { files: report.files.length, findings: 0, errors: 0, warnings: 0, infos: 0 };
  for (const f of report.files) {
    for (const finding of f.findings) {
      s.findings++;
      if (finding.severity === 'error') s.errors++;
      else if (finding.severity === 'warning') s.warnings++;
      else s.infos++;
    }
  }
  return s;
}
