/**
 * Terminal safety and colour: transcript text never sends control characters to the terminal;
 * NO_COLOR means no escape sequence at all, FORCE_COLOR=1 means colour even through a pipe,
 * --no-color wins over both; machine formats never carry colour. No spinner outside a terminal.
 */
import { describe, expect, it } from 'vitest';
import { useColor } from '../src/cli/color.js';
import { run } from './helpers/exec.js';

const ESC = /\u001b|\u009b|\u0007/;
const HOSTILE = 'fixtures/ci/inject/escapes.txt';

describe('a transcript with escape sequences (\\u001b[31m, \\u001b]0;title\\u0007, C1 CSI)', () => {
  it('cannot reach the terminal through the stylish report', () => {
    const r = run([HOSTILE]);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('Zoé');
    expect(r.stdout).not.toMatch(ESC);
    expect(r.stdout).toContain('␛[31mrouge␛[0m ␛]0;titre');
  });

  it('cannot reach it even when colour is forced', () => {
    const r = run([HOSTILE], { env: { NO_COLOR: '', FORCE_COLOR: '1' } });
    // Our own colour codes are there; the transcript's ESC and BEL are not.
    expect(r.stdout).toMatch(/\u001b\[\d+m/);
    expect(r.stdout).not.toMatch(/\u001b\[31mrouge|\u001b\]0;|\u0007|\u009b/);
  });

  it('is stored escaped in JSON, never raw', () => {
    const r = run([HOSTILE, '--format', 'json']);
    expect(r.stdout).not.toMatch(ESC);
    expect(r.stdout).toContain('\\u001b[31mrouge');
    expect(r.stdout).toContain('\\u009b');
  });

  it('cannot write escapes through a file name on stderr', () => {
    const r = run(['fixtures/ci/\u001b]0;x\u0007missing.txt', 'fixtures/ci/many/clean.txt']);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('fixtures/ci/␛]0;x\uFFFDmissing.txt: cannot read: no such file\n');
  });
});

describe('colour', () => {
  it('none at all with NO_COLOR (and stdout not a terminal)', () => {
    const r = run(['fixtures/ci/many']);
    expect(r.stdout + r.stderr).not.toMatch(/\u001b/);
  });

  it('present with FORCE_COLOR=1 even through a pipe', () => {
    const r = run(['fixtures/ci/many'], { env: { NO_COLOR: '', FORCE_COLOR: '1' } });
    expect(r.stdout).toMatch(/\u001b\[\d+m/);
  });

  it('none when stdout is not a terminal and nothing forces it', () => {
    const r = run(['fixtures/ci/many'], { env: { NO_COLOR: '' } });
    expect(r.stdout).not.toMatch(/\u001b/);
  });

  it('--no-color wins over FORCE_COLOR', () => {
    const r = run(['fixtures/ci/many', '--no-color'], { env: { NO_COLOR: '', FORCE_COLOR: '1' } });
    expect(r.stdout).not.toMatch(/\u001b/);
  });

  it('never in machine formats, even forced', () => {
    for (const format of ['json', 'sarif', 'github', 'markdown']) {
      const r = run(['fixtures/ci/many', '--format', format], { env: { NO_COLOR: '', FORCE_COLOR: '1' } });
      expect(r.stdout + r.stderr, format).not.toMatch(/\u001b/);
    }
  });

  it('useColor: flag, then NO_COLOR, then FORCE_COLOR, then the TTY', () => {
    const rows: Array<[{ color?: boolean }, NodeJS.ProcessEnv, boolean, boolean]> = [
      [{}, {}, true, true],
      [{}, {}, false, false],
      [{ color: false }, { FORCE_COLOR: '1' }, true, false],
      [{}, { NO_COLOR: '1' }, true, false],
      [{}, { NO_COLOR: '' }, true, true],
      [{}, { FORCE_COLOR: '1' }, false, true],
      [{}, { FORCE_COLOR: '0' }, true, false],
    ];
    for (const [flags, env, tty, expected] of rows) expect(useColor(flags, env, tty), JSON.stringify([flags, env, tty])).toBe(expected);
  });
});

describe('the spinner', () => {
  it('never appears when stderr is not a terminal, in CI, or with a machine format', () => {
    for (const env of [{}, { CI: 'true' }]) {
      const r = run(['fixtures/ci/many'], { env });
      expect(r.stderr).toBe('');
    }
  });
});
