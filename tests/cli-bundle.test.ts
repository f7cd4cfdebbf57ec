/**
 * bin/dissonance.js runs the bundled CLI (scripts/build-bundle.mjs, dist/bundle/) when it is at
 * least as new as dist/cli/main.js, else the modules tsc wrote: both must behave the same, and a
 * stale bundle must never run.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
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
      const modules = node('dist/cli/main.js', args);
      expect(bundled).toEqual(modules);
      expect(bundled.stdout + bundled.stderr).not.toBe('');
      // And run by the command, from V8's code cache (chalk and ora are imported from there too).
      expect(node('bin/dissonance.js', args)).toEqual(modules);
    });
  }
});

describe("the bundle's code cache", () => {
  test('is written by the build, newer than the bundle', () => {
    const cache = join(ROOT, 'dist/bundle/cli.cjs.cache');
    expect(existsSync(cache)).toBe(true);
    expect(statSync(cache).mtimeMs).toBeGreaterThanOrEqual(statSync(join(ROOT, 'dist/bundle/cli.cjs')).mtimeMs);
  });

  test('changes nothing when it is missing, damaged or older than the bundle', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dissonance-cache-'));
    try {
      for (const part of ['bin', 'dist', 'lexicons', 'package.json', 'fixtures/demo']) cpSync(join(ROOT, part), join(dir, part), { recursive: true });
      symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
      const run = () => node(join(dir, 'bin/dissonance.js'), ['fixtures/demo/table-ronde.txt', '--format', 'json'], dir);
      const cache = join(dir, 'dist/bundle/cli.cjs.cache');
      const bundleTime = statSync(join(dir, 'dist/bundle/cli.cjs')).mtime;
      utimesSync(cache, bundleTime, new Date(bundleTime.getTime() + 1000));
      const expected = run();
      expect(expected.status).toBe(1);
      writeFileSync(cache, Buffer.alloc(4096, 7));
      utimesSync(cache, bundleTime, new Date(bundleTime.getTime() + 1000));
      expect(run()).toEqual(expected);
      utimesSync(cache, bundleTime, new Date(bundleTime.getTime() - 1000));
      expect(run()).toEqual(expected);
      rmSync(cache);
      expect(run()).toEqual(expected);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('is made under the heap setting the CLI runs with (V8 rejects a cache made under other flags)', () => {
    const flag = /setFlagsFromString\('([^']+)'\)/;
    const bin = readFileSync(join(ROOT, 'bin/dissonance.js'), 'utf8').match(flag)?.[1];
    expect(bin).toBeDefined();
    expect(readFileSync(join(ROOT, 'src/cli/heap.ts'), 'utf8').match(flag)?.[1]).toBe(bin);
  });
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
