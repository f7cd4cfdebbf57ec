/**
 * Baselines: known findings pass, a new contradiction fails, lines may move. Each test works in
 * its own scratch folder (copied from fixtures/ci), removed afterwards.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fingerprint, normalizeText } from '../src/baseline/fingerprint.js';
import { applyBaseline, createBaseline, parseBaseline, BaselineError } from '../src/baseline/baseline.js';
import type { Finding } from '../src/detect/types.js';
import type { FileResult } from '../src/check.js';
import { ROOT, run, runJson } from './helpers/exec.js';

const PANEL = readFileSync(join(ROOT, 'fixtures/ci/many/panel-fr.txt'), 'utf8');
const MARC = 'Marc : Honnêtement, je travaille nuit et jour, même le dimanche.\nAnimatrice : Un conseil pour les jeunes fondateurs ?\nMarc : Reposez-vous, prenez de vrais week-ends et dormez.\n';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'dissonance-baseline-'));
  cpSync(join(ROOT, 'fixtures/ci/many/panel-fr.txt'), join(dir, 'talks/panel.txt'), { recursive: true });
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const inDir = (args: string[], cwd = dir) => run(args, { cwd });

describe('--write-baseline then --baseline', () => {
  it('records the current findings and passes', () => {
    const r = inDir(['talks', '--write-baseline', '.dissonance-baseline.json']);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('dissonance: recorded 1 finding in .dissonance-baseline.json\n');
    const written = JSON.parse(readFileSync(join(dir, '.dissonance-baseline.json'), 'utf8'));
    expect(written).toMatchObject({ version: 1, tool: 'dissonance', findings: [{ file: 'talks/panel.txt', ruleId: 'self-interest-vs-generosity', speaker: 'Claire', count: 1 }] });
    expect(written.findings[0].statements).toEqual(['Pour être honnête, je publie uniquement pour vendre.', 'Partagez gratuitement votre savoir, sans calcul.']);
  });

  it('makes known findings pass, even after lines moved and spacing or case changed', () => {
    inDir(['talks', '--write-baseline', '.dissonance-baseline.json']);
    expect(inDir(['talks']).status).toBe(1);
    writeFileSync(join(dir, 'talks/panel.txt'), `Intro : Trois lignes de plus.\n\nIntro : Voilà.\n${PANEL.replace('Pour être honnête, je publie', 'Pour  être honnête, Je publie')}`);
    const r = inDir(['talks', '--baseline', '.dissonance-baseline.json']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('1 known finding hidden (1 by the baseline)');
  });

  it('lets a new contradiction fail, and reports only it', () => {
    inDir(['talks', '--write-baseline', '.dissonance-baseline.json']);
    writeFileSync(join(dir, 'talks/panel.txt'), PANEL + MARC);
    const r = runJson(['talks', '--baseline', '.dissonance-baseline.json'], { cwd: dir });
    expect(r.status).toBe(1);
    expect(r.report.files[0]!.findings.map((f) => `${f.speaker} ${f.ruleId}`)).toEqual(['Marc overwork-vs-rest']);
  });

  it('a changed statement is a new finding', () => {
    inDir(['talks', '--write-baseline', '.dissonance-baseline.json']);
    writeFileSync(join(dir, 'talks/panel.txt'), PANEL.replace('votre savoir', 'toutes vos recettes'));
    expect(inDir(['talks', '--baseline', '.dissonance-baseline.json']).status).toBe(1);
  });

  it('works from another folder: paths are relative to the baseline file', () => {
    inDir(['talks', '--write-baseline', '.dissonance-baseline.json']);
    expect(inDir(['panel.txt', '--baseline', '../.dissonance-baseline.json'], join(dir, 'talks')).status).toBe(0);
  });

  it('updates a baseline in place, starting without one', () => {
    const r = inDir(['talks', '--baseline', 'b.json', '--write-baseline', 'b.json']);
    expect(r.status).toBe(0);
    expect(existsSync(join(dir, 'b.json'))).toBe(true);
  });
});

describe('a baseline that cannot be used', () => {
  it('is not written when an input could not be read', () => {
    const r = inDir(['talks', 'missing.txt', '--write-baseline', 'b.json']);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('missing.txt: cannot read: no such file\ndissonance: baseline not written: 1 input could not be checked\n');
    expect(existsSync(join(dir, 'b.json'))).toBe(false);
  });

  it('exits 2 with one line when it cannot be read', () => {
    const r = inDir(['talks', '--baseline', 'missing.json']);
    expect(r).toMatchObject({ status: 2, stdout: '', stderr: 'dissonance: missing.json: cannot read baseline: no such file\n' });
  });

  it('exits 2 with one line when it is not a baseline', () => {
    writeFileSync(join(dir, 'bad.json'), '{"findings": 3}');
    const r = inDir(['talks', '--baseline', 'bad.json']);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('dissonance: bad.json: not a baseline: expected an object with a "findings" array\n');
  });
});

const statement = (text: string, line: number, concept: string) => ({ text, line, column: 1, endLine: line, endColumn: 1 + text.length, concept, stance: 'endorse' as const, mode: 'advice' as const, qaPair: null, terms: [] });
const finding = (speaker: string, a: string, b: string, lineA = 1, lineB = 3): Finding => ({
  ruleId: 'self-interest-vs-generosity',
  kind: 'advice-vs-practice',
  severity: 'warning',
  confidence: 0.8,
  speaker,
  message: 'm',
  statements: [statement(a, lineA, 'self-interest'), statement(b, lineB, 'generosity')],
});

describe('fingerprints', () => {
  const base = fingerprint(finding('Claire', 'Je vends.', 'Donnez.'));
  it('ignore lines, statement order, case, spacing, emphasis and end punctuation', () => {
    expect(fingerprint(finding('Claire', 'Je vends.', 'Donnez.', 40, 90))).toBe(base);
    expect(fingerprint(finding('Claire', 'Donnez.', 'Je vends.'))).toBe(base);
    expect(fingerprint(finding(' claire ', '**Je  VENDS** !', 'Donnez'))).toBe(base);
  });
  it('change with the speaker, the rule or the words', () => {
    expect(fingerprint(finding('Julien', 'Je vends.', 'Donnez.'))).not.toBe(base);
    expect(fingerprint({ ...finding('Claire', 'Je vends.', 'Donnez.'), ruleId: 'other' })).not.toBe(base);
    expect(fingerprint(finding('Claire', 'Je revends.', 'Donnez.'))).not.toBe(base);
  });
  it('normalizeText', () => {
    expect(normalizeText('  « L’argent »,  _vraiment_ ?! ')).toBe("l'argent, vraiment");
  });
});

describe('baseline counts', () => {
  const file = (n: number): FileResult => ({ path: 'a.md', format: 'markdown', language: 'fr', speakers: [], qaPairs: 0, errors: [], findings: Array.from({ length: n }, () => finding('Claire', 'Je vends.', 'Donnez.')) });
  it('hide as many identical findings as were known, not more', () => {
    const known = createBaseline([file(2)], (p) => p);
    expect(known.findings).toHaveLength(1);
    expect(known.findings[0]!.count).toBe(2);
    const { files, suppressed } = applyBaseline([file(3)], parseBaseline(JSON.stringify(known), 'b.json'), (p) => p);
    expect(suppressed).toBe(2);
    expect(files[0]!.findings).toHaveLength(1);
  });
  it('parseBaseline refuses another version', () => {
    expect(() => parseBaseline('{"version": 9, "findings": []}', 'b.json')).toThrow(BaselineError);
  });
});
