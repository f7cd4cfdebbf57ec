/**
 * bin/dissonance.js runs the bundled CLI (scripts/build-bundle.mjs, dist/bundle/) when it is at
 * least as new as dist/cli/main.js, else the modules tsc wrote: both must behave the same, and a
 * stale bundle must never run.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ROOT } from './helpers/exec.js';

const node = (entry: string, args: string[], cwd = ROOT) => {
  const r = spawnSync(process.execPath, [entry, ...args], { cwd, input: '', env: { PATH: process.env.PATH ?? '', NO_COLOR: '1' }, encoding: 'utf8', timeout: 60_000 });
  return { stdout: r.stdout, stderr: r.stderr, status: r.status };
};

describe('the bundle', () => {
  test('is built and fresh', () => {
    const bundle = join(ROOT, 'dist/bundle/cli.cjs');
    expect(existsSync(bundle)).toBe(true);
    expect(statSync(bundle).mtimeMs).toBeGreaterThanOrEqual(statSync(join(ROOT, 'dist/cli/main.js')).mtimeMs);
  });

  const RUNS: string[][] = [
    ['fixtures/demo/table-ronde.txt'],
    ['fixtures/demo/table-ronde.txt', '--format', 'json'],
    ['fixtures/eval', '--format', 'sarif', '--fail-on', 'never'],
    ['fixtures/demo/table-ronde.txt', '--format', 'markdown', '--explain'],
    ['fixtures/demo/table-ronde.txt', '--format', 'github', '--lexicon', 'fixtures/lexicons/user-extend.json'],
    ['lexicons', 'show', 'image'],
    ['lexicons', 'validate', 'fixtures/lexicons/base.json', 'lexicons/work.json'],
    ['--format', 'xml', 'x.txt'],
    ['no-such-file.txt'],
    ['--version'],
  ];
  for (const args of RUNS) {
    test(`does what the modules do: ${args.join(' ')}`, () => {
      const bundled = node('dist/bundle/cli.cjs', args);
      expect(bundled).toEqual(node('dist/cli/main.js', args));
      expect(bundled.stdout + bundled.stderr).not.toBe('');
    });
  }
});

test('bin/dissonance.js runs the bundle only when it is not older than the modules', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dissonance-bin-'));
  try {
    for (const part of ['bin', 'dist', 'lexicons', 'package.json']) cpSync(join(ROOT, part), join(dir, part), { recursive: true });
    symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
    const bundle = join(dir, 'dist/bundle/cli.cjs');
    writeFileSync(bundle, "process.stdout.write('bundle\\n');\n");
    const main = statSync(join(dir, 'dist/cli/main.js')).mtime;
    const version = node(join(dir, 'bin/dissonance.js'), ['--version'], dir);

    utimesSync(bundle, main, new Date(main.getTime() + 1000));
    expect(node(join(dir, 'bin/dissonance.js'), ['--version'], dir).stdout).toBe('bundle\n');
    utimesSync(bundle, main, new Date(main.getTime() - 1000));
    expect(node(join(dir, 'bin/dissonance.js'), ['--version'], dir).stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
    rmSync(join(dir, 'dist/bundle'), { recursive: true });
    expect(node(join(dir, 'bin/dissonance.js'), ['--version'], dir)).toEqual({ ...version, stdout: expect.stringMatching(/^\d+\.\d+\.\d+\n$/) });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
