/** Many inputs: files, a folder, a quoted glob, a missing file among good ones; a stable order. */
import { describe, expect, it } from 'vitest';
import { run, runJson } from './helpers/exec.js';

const paths = (r: ReturnType<typeof runJson>) => r.report.files.map((f) => f.path);

describe('several inputs', () => {
  it('checks several files in the order given', () => {
    const r = runJson(['fixtures/ci/many/talk-en.md', 'fixtures/ci/many/panel-fr.txt']);
    expect(r.status).toBe(1);
    expect(paths(r)).toEqual(['fixtures/ci/many/talk-en.md', 'fixtures/ci/many/panel-fr.txt']);
    expect(r.report.files.map((f) => f.language)).toEqual(['en', 'fr']);
    expect(r.report.summary.findings).toBe(2);
  });

  it('walks a folder, sorted, into subfolders', () => {
    const r = runJson(['fixtures/ci/many']);
    expect(paths(r)).toEqual(['fixtures/ci/many/clean.txt', 'fixtures/ci/many/nested/atelier.md', 'fixtures/ci/many/nested/boutique.txt', 'fixtures/ci/many/panel-fr.txt', 'fixtures/ci/many/talk-en.md']);
    expect(r.report.files.map((f) => f.findings.map((x) => `${x.speaker} ${x.ruleId}`))).toEqual([
      [],
      ['Paul risk-vs-caution'],
      ['Inès selling-self-negation'],
      ['Claire self-interest-vs-generosity'],
      ['Mark overwork-vs-rest'],
    ]);
  });

  it('expands a quoted glob itself', () => {
    const r = runJson(['fixtures/ci/many/**/*.md']);
    expect(r.status).toBe(1);
    expect(paths(r)).toEqual(['fixtures/ci/many/nested/atelier.md', 'fixtures/ci/many/talk-en.md']);
  });

  it('gives the same output twice', () => {
    const a = run(['fixtures/ci/many', 'fixtures/ci/suppress', '--format', 'sarif']);
    const b = run(['fixtures/ci/many', 'fixtures/ci/suppress', '--format', 'sarif']);
    expect(a.stdout).toBe(b.stdout);
  });
});

describe('a missing file among good ones', () => {
  const r = runJson(['fixtures/ci/many/panel-fr.txt', 'fixtures/ci/nope.txt', 'fixtures/ci/many/talk-en.md']);

  it('exits 2 with one line naming the file', () => {
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('fixtures/ci/nope.txt: cannot read: no such file\n');
  });

  it('still checks and reports the others', () => {
    expect(paths(r)).toEqual(['fixtures/ci/many/panel-fr.txt', 'fixtures/ci/many/talk-en.md']);
    expect(r.report.summary.findings).toBe(2);
  });

  it('reports a glob that matches nothing the same way', () => {
    const g = runJson(['fixtures/ci/many/clean.txt', 'fixtures/ci/*.nothing']);
    expect(g.status).toBe(2);
    expect(g.stderr).toContain('fixtures/ci/*.nothing: no file matches this pattern');
    expect(paths(g)).toEqual(['fixtures/ci/many/clean.txt']);
  });
});
