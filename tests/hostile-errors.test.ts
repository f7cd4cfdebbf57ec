/**
 * Errors and encodings end calmly: one line at most on stderr, never a stack trace, exit codes as in
 * CONTRACT.md. Inputs are generated here from fixtures/hostile/extrait-fr.txt (our own French text
 * with the structure of the seed extract), so the tests need nothing outside the repository.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, ROOT, run, runJson } from './helpers/exec.js';

let dir = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'dissonance-hostile-'));
});
afterAll(() => {
  // The folder is left to the system's tmp cleaner: small files only.
});

const extrait = readFileSync(join(ROOT, 'fixtures/hostile/extrait-fr.txt'), 'utf8');
const calm = (stderr: string) => {
  expect(stderr.trim().split('\n').filter(Boolean).length).toBeLessThanOrEqual(1);
  expect(stderr).not.toMatch(/\n\s+at |internal error/);
};

/** The two contradictions of the extract: opportunism against generosity, and against values. */
function expectBothContradictions(report: ReturnType<typeof runJson>['report']) {
  const statements = report.files[0]!.findings.flatMap((f) => f.statements.map((s) => s.text));
  expect(statements.some((s) => s.includes('opportunisme'))).toBe(true);
  expect(statements.some((s) => s.includes('généreux'))).toBe(true);
  expect(statements.some((s) => s.includes('valeurs'))).toBe(true);
}

describe('encodings', () => {
  it('reads UTF-16LE with BOM and finds both contradictions, at the right places', () => {
    const file = join(dir, 'extrait-utf16le.txt');
    writeFileSync(file, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(extrait, 'utf16le')]));
    const r = runJson([file, '--fail-on', 'never']);
    expect(r.status).toBe(0);
    calm(r.stderr);
    expectBothContradictions(r.report);
    const utf8 = runJson(['fixtures/hostile/extrait-fr.txt', '--fail-on', 'never']).report;
    expect(r.report.files[0]!.findings.map((f) => f.statements)).toEqual(utf8.files[0]!.findings.map((f) => f.statements));
  });

  it('reads Latin-1 (not valid UTF-8) with a note in errors and finds both contradictions', () => {
    const file = join(dir, 'extrait-latin1.txt');
    // The extract has only Latin-1 letters apart from typographic punctuation, which Latin-1 lacks.
    const latin = extrait.replace(/[’]/g, "'").replace(/…/g, '...');
    writeFileSync(file, Buffer.from(latin, 'latin1'));
    const r = runJson([file, '--fail-on', 'never']);
    expect(r.status).toBe(0);
    calm(r.stderr);
    expect(r.report.files[0]!.errors.length).toBeGreaterThan(0);
    expectBothContradictions(r.report);
  });

  it('invalid UTF-8 in the middle of UTF-8 text: decoded, noted, no crash', () => {
    const file = join(dir, 'broken-utf8.txt');
    writeFileSync(file, Buffer.concat([Buffer.from(extrait), Buffer.from([0xc3, 0x28, 0xa0, 0xa1, 0xff]), Buffer.from(extrait)]));
    const r = runJson([file, '--fail-on', 'never']);
    expect(r.status).toBe(0);
    calm(r.stderr);
    expect(r.report.files[0]!.errors.length).toBeGreaterThan(0);
  });

  describe.skipIf(!existsSync(join(ROOT, '../shared/seed/extract-fr.txt')))('the real seed extract', () => {
    it('UTF-16LE and Latin-1 versions of the seed are read and checked', () => {
      const seed = readFileSync(join(ROOT, '../shared/seed/extract-fr.txt'), 'utf8');
      const a = join(dir, 'seed-utf16.txt');
      const b = join(dir, 'seed-latin1.txt');
      writeFileSync(a, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(seed, 'utf16le')]));
      writeFileSync(b, Buffer.from(seed.replace(/’/g, "'").replace(/…/g, '...'), 'latin1'));
      for (const f of [a, b]) expectBothContradictions(runJson([f, '--fail-on', 'never']).report);
    });
  });
});

describe('errors', () => {
  it('an empty file exits 0', () => {
    const file = join(dir, 'empty.txt');
    writeFileSync(file, '');
    const r = run([file]);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
  });

  it('a binary file exits 2 with one line naming it', () => {
    const file = join(dir, 'image.txt');
    const bytes = Buffer.alloc(4096);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7919) % 256;
    writeFileSync(file, bytes);
    const r = run([file]);
    expect(r.status).toBe(2);
    calm(r.stderr);
    expect(r.stderr).toContain('image.txt');
  });

  it('a missing path exits 2 with one line, and the other files are still checked', () => {
    const r = runJson([join(dir, 'nope.txt'), 'fixtures/hostile/extrait-fr.txt', '--fail-on', 'never']);
    expect(r.status).toBe(2);
    calm(r.stderr);
    expect(r.stderr).toContain('nope.txt');
    expect(r.report.files.length).toBe(1);
  });

  it('a folder given as a file with nothing to check is one line, exit 2', () => {
    const r = run([join(dir, 'no-such-folder', '*.txt')]);
    expect(r.status).toBe(2);
    calm(r.stderr);
  });

  it('piped into a reader that goes away (EPIPE): quiet', () => {
    const big = join(dir, 'many-findings.txt');
    const turn = (k: number) => `Invité${String.fromCharCode(65 + (k % 26))}${String.fromCharCode(65 + ((k / 26) % 26 | 0))} : Je suis là par opportunisme. Soyez généreux !\n`;
    writeFileSync(big, Array.from({ length: 3000 }, (_, k) => turn(k)).join(''));
    const r = spawnSync('sh', ['-c', `"${process.execPath}" "${BIN}" "${big}" --fail-on never | head -n 1`], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { PATH: process.env.PATH ?? '', NO_COLOR: '1' },
      timeout: 60_000,
    });
    expect(r.stdout.split('\n').filter(Boolean).length).toBe(1);
    expect(r.stderr).toBe('');
  });

  // A file is checked synchronously, so the CLI installs no SIGINT handler (it would only run after
  // the whole file): Node's default stops the process at once, without a word.
  it('SIGINT: stops promptly, at most one line, exit 130, no stack', async () => {
    const big = join(dir, 'long.txt');
    writeFileSync(big, 'Claire : je publie par opportunisme, pas par passion. Soyez généreux !\n'.repeat(60_000));
    const child = spawn(process.execPath, [BIN, big], { cwd: ROOT, env: { PATH: process.env.PATH ?? '', NO_COLOR: '1' } });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.stdout.resume();
    // Interrupt once the program is running (its modules are loaded when it has read stdin's state).
    await new Promise((r) => setTimeout(r, 400));
    child.kill('SIGINT');
    const sent = Date.now();
    const code = await new Promise<number | null>((r) => child.on('close', (c, sig) => r(c ?? (sig ? 128 + 2 : null))));
    calm(stderr);
    expect(code).toBe(130);
    // Generous: a prompt stop takes milliseconds; the whole file takes many seconds.
    expect(Date.now() - sent).toBeLessThan(2000);
  });
});
