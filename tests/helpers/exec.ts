/**
 * Runs the built CLI the way a user does, with a clean environment (knip's test/helpers/exec.ts):
 * only PATH and NO_COLOR unless a test adds more.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const BIN = fileURLToPath(new URL('../../bin/dissonance.js', import.meta.url));

export interface RunResult {
  stdout: string;
  stderr: string;
  status: number | null;
}

export function run(args: string[], options: { input?: string | Buffer; env?: Record<string, string>; cwd?: string } = {}): RunResult {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    input: options.input ?? '',
    env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', ...options.env },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { stdout: r.stdout, stderr: r.stderr, status: r.status };
}

/** Runs with --format json and returns the parsed report. */
export function runJson(args: string[], options: Parameters<typeof run>[1] = {}) {
  const r = run([...args, '--format', 'json'], options);
  return { ...r, report: JSON.parse(r.stdout) as JsonReport };
}

export interface JsonReport {
  schemaVersion: number;
  files: Array<{
    path: string;
    format: string;
    language: string;
    speakers: string[];
    qaPairs: number;
    findings: Array<{
      ruleId: string;
      kind: string;
      severity: string;
      confidence: number;
      speaker: string;
      message: string;
      statements: Array<{ text: string; line: number; column: number; endLine: number; endColumn: number; concept: string; stance: string; mode: string; qaPair: number | null; terms: Array<{ text: string; line: number; column: number }> }>;
    }>;
    errors: Array<{ message: string }>;
  }>;
  summary: { files: number; findings: number; errors: number; warnings: number; infos: number };
}
