/** Suppression comments in Markdown: disable-next-line, disable-line, regions, rule ids. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applySuppressions, parseDirectives } from '../src/suppress/comments.js';
import type { Finding } from '../src/detect/types.js';
import { run, runJson } from './helpers/exec.js';

const st = (line: number, concept = 'generosity') => ({ text: 't', line, column: 1, endLine: line, endColumn: 2, concept, stance: 'endorse' as const, mode: 'advice' as const, qaPair: null, terms: [] });
const finding = (ruleId: string, a: number, b: number): Finding => ({ ruleId, kind: 'advice-vs-practice', severity: 'warning', confidence: 0.8, speaker: 'A', message: 'm', statements: [st(a, 'self-interest'), st(b)] });
const kept = (source: string, findings: Finding[]) => applySuppressions(findings, source).findings.map((f) => f.ruleId);

describe('parseDirectives', () => {
  it('reads kinds, positions, ids and drops the reason', () => {
    expect(parseDirectives('x\n  <!-- dissonance-disable-next-line a-vs-b, c -- ironique -->\n<!--dissonance-enable-->')).toEqual([
      { kind: 'disable-next-line', line: 2, column: 3, ids: ['a-vs-b', 'c'] },
      { kind: 'enable', line: 3, column: 1, ids: [] },
    ]);
  });

  it('ignores look-alikes', () => {
    expect(parseDirectives('<!-- dissonance-disabled -->\n<!-- eslint-disable -->\ndissonance-disable')).toEqual([]);
  });
});

describe('applySuppressions', () => {
  const two = [finding('x-vs-y', 2, 6), finding('p-vs-q', 10, 12)];
  const rows: Array<[string, string, string[]]> = [
    ['no comment', 'a\nb\nc', ['x-vs-y', 'p-vs-q']],
    ['next line covers one statement', 'a\n\n\n\n<!-- dissonance-disable-next-line -->\n', ['p-vs-q']],
    ['next line with the right rule id', '<!-- dissonance-disable-next-line x-vs-y -->\n', ['p-vs-q']],
    ['next line with another rule id', '\n\n\n\n\n\n\n\n\n<!-- dissonance-disable-next-line x-vs-y -->\n', ['x-vs-y', 'p-vs-q']],
    ['next line with a concept id', '<!-- dissonance-disable-next-line self-interest -->\n', ['p-vs-q']],
    ['next line with a concept of the other statement', '<!-- dissonance-disable-next-line generosity -->\n', ['x-vs-y', 'p-vs-q']],
    ['same line', '\nClaire : … <!-- dissonance-disable-line -->\n', ['p-vs-q']],
    ['a region', '\n\n\n\n\n\n\n\n<!-- dissonance-disable -->\n\n\n\n<!-- dissonance-enable -->', ['x-vs-y']],
    ['a region never closed', '<!-- dissonance-disable -->', []],
    ['a region for one rule', '<!-- dissonance-disable p-vs-q -->', ['x-vs-y']],
    ['disable all, enable one', '<!-- dissonance-disable -->\n<!-- dissonance-enable x-vs-y -->', ['x-vs-y']],
    ['a region after the findings', '\n\n\n\n\n\n\n\n\n\n\n\n\n<!-- dissonance-disable -->', ['x-vs-y', 'p-vs-q']],
  ];
  it.each(rows)('%s', (_, source, expected) => expect(kept(source, two)).toEqual(expected));

  it('does not change the array it is given', () => {
    const input = [...two];
    applySuppressions(input, '<!-- dissonance-disable -->');
    expect(input).toEqual(two);
  });
});

describe('dissonance on Markdown with comments', () => {
  const file = 'fixtures/ci/suppress/next-line.md';
  const without = readFileSync(file, 'utf8').replace(/^<!-- dissonance-.*\n/gm, '');

  it('finds both contradictions without the comment', () => {
    const r = runJson(['-', '--stdin-filename', 'notes.md'], { input: without });
    expect(r.report.files[0]!.findings.map((f) => `${f.speaker} ${f.ruleId}`)).toEqual(['Claire self-interest-vs-generosity', 'Paul risk-vs-caution']);
  });

  it('a disable-next-line comment suppresses that finding only', () => {
    const r = runJson([file]);
    expect(r.status).toBe(1);
    expect(r.report.files[0]!.findings.map((f) => `${f.speaker} ${f.ruleId}`)).toEqual(['Paul risk-vs-caution']);
  });

  it('a region suppresses what is inside it, and says how many were hidden', () => {
    const r = run(['fixtures/ci/suppress/region.md']);
    expect(r.stdout).not.toContain('Mark');
    expect(r.stdout).toContain('Lena');
    expect(r.stdout).toMatch(/1 known finding hidden \(1 by comments\)/);
  });

  it('passes when every finding is suppressed', () => {
    const source = readFileSync('fixtures/ci/many/panel-fr.txt', 'utf8').replace('Claire : Partagez', '<!-- dissonance-disable-next-line -->\nClaire : Partagez');
    const r = run(['-', '--stdin-filename', 'panel.md'], { input: source });
    expect(r.status).toBe(0);
  });
});
