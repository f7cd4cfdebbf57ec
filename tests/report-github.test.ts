/**
 * GitHub workflow commands: escaping exactly as actions/toolkit (packages/core/src/command.ts)
 * does, and a transcript that tries to start its own command or send terminal escapes.
 */
import { describe, expect, it } from 'vitest';
import { escapeData, escapeProperty, github, workflowCommand } from '../src/report/github.js';
import type { Finding } from '../src/detect/types.js';
import type { FileResult } from '../src/check.js';
import { run } from './helpers/exec.js';

describe('escaping, as actions/toolkit', () => {
  const rows: Array<[string, string, string]> = [
    // input, escapeData, escapeProperty
    ['plain', 'plain', 'plain'],
    ['100%', '100%25', '100%25'],
    ['%0A::error::x', '%250A::error::x', '%250A%3A%3Aerror%3A%3Ax'],
    ['a\nb', 'a%0Ab', 'a%0Ab'],
    ['a\r\nb', 'a%0D%0Ab', 'a%0D%0Ab'],
    ['a:b,c', 'a:b,c', 'a%3Ab%2Cc'],
    ['%25', '%2525', '%2525'],
  ];
  it.each(rows)('%j', (input, data, property) => {
    expect(escapeData(input)).toBe(data);
    expect(escapeProperty(input)).toBe(property);
  });

  it('leaves out empty properties and keeps the given order', () => {
    expect(workflowCommand('warning', [['file', 'a.md'], ['line', 3], ['title', '']], 'm')).toBe('::warning file=a.md,line=3::m');
  });
});

const statement = (text: string, line: number) => ({
  text,
  line,
  column: 9,
  endLine: line,
  endColumn: 9 + text.length,
  concept: 'generosity',
  stance: 'endorse' as const,
  mode: 'advice' as const,
  qaPair: null,
  terms: [],
});

function fileWith(findings: Finding[]): FileResult {
  return { path: 'talks/a, b:c.md', format: 'markdown', language: 'fr', speakers: ['Zoé'], qaPairs: 0, findings, errors: [] };
}

describe('the github formatter', () => {
  const finding = (severity: Finding['severity']): Finding => ({
    ruleId: 'self-interest-vs-generosity',
    kind: 'advice-vs-practice',
    severity,
    confidence: 0.9,
    speaker: 'Zoé, la "boss":',
    message: 'Zoé says one thing\nand %0A::error::another',
    statements: [statement('Je vends.', 2), statement('Donnez.', 4)],
  });

  it('maps severities to error, warning and notice', () => {
    const out = github({ tool: { name: 'dissonance', version: '0' }, files: [fileWith([finding('error'), finding('warning'), finding('info')])] }, { color: false, explain: false, cwd: process.cwd() });
    expect(out.split('\n').filter(Boolean).map((l) => l.slice(0, l.indexOf(' ')))).toEqual(['::error', '::warning', '::notice']);
  });

  it('writes one line per finding, with escaped properties and message', () => {
    const out = github({ tool: { name: 'dissonance', version: '0' }, files: [fileWith([finding('warning')])] }, { color: false, explain: false, cwd: process.cwd() });
    expect(out).toBe(
      '::warning file=talks/a%2C b%3Ac.md,line=2,col=9,endLine=2,endColumn=18,' +
        'title=dissonance self-interest-vs-generosity (Zoé%2C la "boss"%3A)' +
        '::Zoé says one thing%0Aand %250A::error::another%0A2:9 «Je vends.» (advice, endorse generosity)%0A4:9 «Donnez.» (advice, endorse generosity)\n',
    );
  });
});

describe('dissonance --format github on a hostile transcript', () => {
  const r = run(['fixtures/ci/inject/escapes.txt', '--format', 'github']);

  it('reports the contradiction as one annotation line', () => {
    expect(r.status).toBe(1);
    const lines = r.stdout.split('\n').filter(Boolean);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^::error file=fixtures\/ci\/inject\/escapes\.txt,line=2,col=7,endLine=2,endColumn=\d+,title=[^:]+::/);
  });

  it('cannot start a workflow command: %0A arrives as literal text', () => {
    // The runner turns %25 back into %, so the reader sees "%0A::error::injected", on the same line.
    expect(r.stdout).toContain('%250A::error::injected');
    expect(r.stdout).toContain('%250D%250A::warning file=x.txt::boom');
    expect(r.stdout).not.toMatch(/[\r\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
    // Only our own command starts a line.
    expect(r.stdout.split('\n').filter((l) => l.startsWith('::'))).toHaveLength(1);
  });
});
