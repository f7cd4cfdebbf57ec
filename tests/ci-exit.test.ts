/** The exit policy: --fail-on decides the exit code, --min-severity only what is shown. */
import { describe, expect, it } from 'vitest';
import { exitCode } from '../src/cli/exit-code.js';
import type { FileResult } from '../src/check.js';
import type { Severity } from '../src/detect/types.js';
import { run, runJson } from './helpers/exec.js';

const files = (...severities: Severity[]): FileResult[] => [
  {
    path: 'a.txt',
    format: 'text',
    language: 'fr',
    speakers: [],
    qaPairs: 0,
    errors: [],
    findings: severities.map((severity) => ({ ruleId: 'r', kind: 'opposed-stances', severity, confidence: 0.5, speaker: 'A', message: 'm', statements: [] })),
  },
];

describe('exitCode, the one function that decides', () => {
  const rows: Array<[Severity[], 'error' | 'warning' | 'info' | 'never', number, 0 | 1 | 2]> = [
    [[], 'info', 0, 0],
    [['info'], 'warning', 0, 0],
    [['info'], 'info', 0, 1],
    [['warning'], 'warning', 0, 1],
    [['warning'], 'error', 0, 0],
    [['error'], 'error', 0, 1],
    [['error'], 'never', 0, 0],
    [['error'], 'never', 1, 2],
    [[], 'warning', 1, 2],
  ];
  it.each(rows)('%j with --fail-on %s and %i unreadable input(s) -> %i', (sev, failOn, problems, expected) => {
    expect(exitCode(files(...sev), failOn, problems)).toBe(expected);
  });
});

describe('dissonance --fail-on', () => {
  it('exits 1 on findings by default', () => {
    expect(run(['fixtures/ci/many/panel-fr.txt']).status).toBe(1);
  });

  it('--fail-on never exits 0 on findings, and still shows them', () => {
    const r = run(['fixtures/ci/many/panel-fr.txt', '--fail-on', 'never']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('self-interest-vs-generosity');
  });

  it('--fail-on never still exits 2 on an unreadable input', () => {
    expect(run(['fixtures/ci/many/panel-fr.txt', 'fixtures/ci/nope.txt', '--fail-on', 'never']).status).toBe(2);
  });

  it('--min-severity hides without changing the exit code', () => {
    // Every finding of this file is an error: hiding below "error" shows them all, and the exit
    // code stays 1; --min-severity never makes a failing run pass.
    const shown = runJson(['fixtures/ci/many/panel-fr.txt', '--min-severity', 'error']);
    expect(shown.status).toBe(1);
    expect(shown.report.summary.findings).toBe(1);
    const r = runJson(['fixtures/ci/many/panel-fr.txt', '--min-severity', 'error', '--fail-on', 'never']);
    expect(r.status).toBe(0);
    expect(r.report.summary.findings).toBe(1);
  });

  it('refuses an unknown level with exit 2', () => {
    const r = run(['fixtures/ci/many/panel-fr.txt', '--fail-on', 'sometimes']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("argument 'sometimes' is invalid");
  });
});
