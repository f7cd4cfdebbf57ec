/** The one pure function that decides the exit code; formatters never do. */
import type { Severity } from '../detect/types.js';
import type { FileResult } from '../check.js';

export type FailOn = Severity | 'never';

const RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

export function atLeast(severity: Severity, threshold: Severity): boolean {
  return RANK[severity] >= RANK[threshold];
}

/**
 * 2 when an input could not be read or checked, else 1 when a finding is at or above `failOn`,
 * else 0.
 */
export function exitCode(files: FileResult[], failOn: FailOn, inputProblems: number): 0 | 1 | 2 {
  if (inputProblems > 0) return 2;
  if (failOn === 'never') return 0;
  return files.some((f) => f.findings.some((x) => atLeast(x.severity, failOn))) ? 1 : 0;
}
