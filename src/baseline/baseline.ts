/**
 * Baselines: the findings a team already knows about, recorded by fingerprint so that only new
 * contradictions fail. Pure: the CLI reads and writes the file and says how paths are keyed
 * (relative to the baseline file's folder, so the file can be committed and used from anywhere).
 *
 * A fingerprint may be recorded with a count: if a speaker makes the same contradiction twice in
 * one file, the baseline hides as many as were known, and a third one is new.
 */
import type { FileResult } from '../check.js';
import type { Finding } from '../detect/types.js';
import { fingerprint } from './fingerprint.js';

export const BASELINE_VERSION = 1;

export interface BaselineEntry {
  file: string;
  ruleId: string;
  speaker: string;
  fingerprint: string;
  count: number;
  /** The statements, for people reading the baseline in a review; not used for matching. */
  statements: string[];
}

export interface Baseline {
  version: typeof BASELINE_VERSION;
  tool: 'dissonance';
  findings: BaselineEntry[];
}

/** A baseline file that cannot be used: exit 2 with one line naming the file. */
export { BaselineError } from './errors.js';
import { BaselineError } from './errors.js';

type KeyOf = (path: string) => string;

export function createBaseline(files: FileResult[], keyOf: KeyOf): Baseline {
  const entries = new Map<string, BaselineEntry>();
  for (const file of files) {
    const key = keyOf(file.path);
    for (const f of file.findings) {
      const fp = fingerprint(f);
      const id = `${key}\0${fp}`;
      const known = entries.get(id);
      if (known) known.count++;
      else entries.set(id, { file: key, ruleId: f.ruleId, speaker: f.speaker, fingerprint: fp, count: 1, statements: f.statements.map((s) => s.text) });
    }
  }
  const findings = [...entries.values()].sort((a, b) => cmp(a.file, b.file) || cmp(a.ruleId, b.ruleId) || cmp(a.speaker, b.speaker) || cmp(a.fingerprint, b.fingerprint));
  return { version: BASELINE_VERSION, tool: 'dissonance', findings };
}

export function serializeBaseline(baseline: Baseline): string {
  return JSON.stringify(baseline, null, 2) + '\n';
}

export function parseBaseline(text: string, source: string): Baseline {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    throw new BaselineError(`not a baseline: invalid JSON (${(err as Error).message})`, source);
  }
  const d = data as Partial<Baseline> | null;
  if (typeof d !== 'object' || d === null || !Array.isArray(d.findings)) throw new BaselineError('not a baseline: expected an object with a "findings" array', source);
  if (d.version !== BASELINE_VERSION) throw new BaselineError(`unsupported baseline version ${JSON.stringify(d.version)} (expected ${BASELINE_VERSION})`, source);
  d.findings.forEach((e, i) => {
    const ok = e && typeof e.file === 'string' && typeof e.fingerprint === 'string' && (e.count === undefined || (Number.isInteger(e.count) && e.count > 0));
    if (!ok) throw new BaselineError(`invalid entry at /findings/${i}: needs "file" and "fingerprint" strings and a positive integer "count"`, source);
  });
  return { version: BASELINE_VERSION, tool: 'dissonance', findings: d.findings.map((e) => ({ ...e, count: e.count ?? 1 })) };
}

/** Removes the known findings; returns new file results (the input is not changed) and how many were hidden. */
export function applyBaseline(files: FileResult[], baseline: Baseline, keyOf: KeyOf): { files: FileResult[]; suppressed: number } {
  const budget = new Map<string, number>();
  for (const e of baseline.findings) {
    const id = `${e.file}\0${e.fingerprint}`;
    budget.set(id, (budget.get(id) ?? 0) + e.count);
  }
  let suppressed = 0;
  const out = files.map((file) => {
    const key = keyOf(file.path);
    const findings = file.findings.filter((f: Finding) => {
      const id = `${key}\0${fingerprint(f)}`;
      const left = budget.get(id) ?? 0;
      if (left <= 0) return true;
      budget.set(id, left - 1);
      suppressed++;
      return false;
    });
    return findings.length === file.findings.length ? file : { ...file, findings };
  });
  return { files: out, suppressed };
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
