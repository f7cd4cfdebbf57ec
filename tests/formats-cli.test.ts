/** End to end: the built CLI on our format fixtures (run `npx tsc -p tsconfig.json` first). */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { run, runJson } from './helpers/exec.js';

const FIX = 'fixtures/formats/';

describe('dissonance on every format', () => {
  it('reports the detected format, language and speakers per file', () => {
    const { status, report } = runJson([`${FIX}deepgram.json`, `${FIX}assemblyai.json`, `${FIX}seance.latin1.html`, `${FIX}panel.vtt`]);
    expect([0, 1]).toContain(status);
    expect(report.files.map((f) => [f.format, f.language, f.speakers])).toEqual([
      ['deepgram-json', 'en', ['Speaker 0', 'Speaker 1', 'Speaker 2']],
      ['assemblyai-json', 'en', ['Speaker A', 'Speaker B']],
      ['html', 'fr', ['M. le président', 'Mme Solène Marchal', 'M. Hugo Bérard', 'Plusieurs députés du groupe B']],
      ['vtt', 'en', ['Ines Morel', 'Tomas Reyes']],
    ]);
    expect(report.files[2]!.errors).toEqual([]);
  });

  it('refuses an RTTM file with one line and exit 2', () => {
    const r = run([`${FIX}segments.rttm`]);
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/segments\.rttm.*RTTM.*without any words/);
  });

  it('refuses binary input on stdin with one line and exit 2', () => {
    const r = run(['-', '--stdin-filename', 'talk.txt'], { input: Buffer.from([0x00, 0x01, 0x02, 0x03, 0xff, 0x00]) });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/binary/);
  });

  it('takes the format of stdin from --stdin-filename and the content', () => {
    const srt = readFileSync(`${FIX}atelier.srt`);
    const { report } = runJson(['-', '--stdin-filename', 'clip.srt'], { input: srt });
    expect(report.files[0]).toMatchObject({ path: 'clip.srt', format: 'srt', language: 'fr' });
  });

  it('--lang forces the language', () => {
    const { report } = runJson([`${FIX}labels-qa.txt`, '--lang', 'fr']);
    expect(report.files[0]!.language).toBe('fr');
  });
});

const DEV = '../shared/eval/dev';

describe.skipIf(!existsSync(DEV))('development cases: positions point at the statement in the original file', () => {
  it('every reported statement starts at its text', () => {
    const gold = JSON.parse(readFileSync(`${DEV}/gold.json`, 'utf8')) as { cases: Array<{ file: string }> };
    let checked = 0;
    for (const c of gold.cases) {
      const path = `${DEV}/${c.file}`;
      const { report } = runJson([path]);
      const source = readFileSync(path, 'utf8');
      const lines = source.split(/\r\n|\r|\n/);
      for (const f of report.files[0]?.findings ?? []) {
        for (const s of f.statements) {
          const at = lines[s.line - 1]!.slice(s.column - 1);
          const first = s.text.match(/[\p{L}\p{N}]+/u)![0];
          // JSON strings may write a letter as an escape; everything else starts with the same word.
          if (!c.file.endsWith('.json') || /^[\x00-\x7f]+$/.test(first)) expect(at.replace(/^[^\p{L}\p{N}]*/u, '').startsWith(first), `${c.file}:${s.line}:${s.column} ${s.text}`).toBe(true);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThanOrEqual(0);
  });
});
