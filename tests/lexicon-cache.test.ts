/**
 * The built-in lexicons compiled at build time (dist/lexicon/builtin-lexicons.cache, see
 * src/lexicon/cache.ts): equal to compiling the files, written by the build, never used stale.
 * Runs the built modules (`npm test` builds first), since the cache lives in dist/.
 */
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterEach, describe, expect, test } from 'vitest';
import { CACHE_URL, COMPILER_MODULES, readLexiconCache, writeLexiconCache } from '../dist/lexicon/cache.js';
import { CompiledLexicon } from '../dist/lexicon/compile.js';
import { builtinLexiconPaths } from '../dist/lexicon/load.js';
import { compileLexicons, loadBuiltinLexicons } from '../dist/cli/lexicons.js';
import { check } from '../dist/check.js';

const compiled = () => CompiledLexicon.compile(loadBuiltinLexicons());

describe('the cache written by the build', () => {
  test('matches the built-in files and rebuilds the same lexicon as compiling them', () => {
    const cached = readLexiconCache(builtinLexiconPaths());
    expect(cached).not.toBeNull();
    // Strict: same keys (an undefined description included), same order of terms per language.
    expect(cached!.toData()).toStrictEqual(compiled().toData());
    const fresh = compiled();
    for (const c of fresh.concepts.keys()) {
      for (const lang of ['fr', 'en'] as const) expect(cached!.termsOf(c, lang)).toStrictEqual(fresh.termsOf(c, lang));
    }
  });

  test('finds the same things in transcripts of both languages', () => {
    const root = fileURLToPath(new URL('../fixtures/eval/', import.meta.url));
    const names = readdirSync(root).filter((n) => n !== 'gold.json');
    expect(names.filter((n) => n.startsWith('fr')).length).toBeGreaterThan(5);
    expect(names.filter((n) => n.startsWith('en')).length).toBeGreaterThan(5);
    const cached = readLexiconCache(builtinLexiconPaths())!;
    const fresh = compiled();
    for (const name of names) {
      const text = readFileSync(join(root, name), 'utf8');
      const options = { path: name, language: 'auto' as const, explain: true };
      expect(check(text, { ...options, lexicon: cached })).toStrictEqual(check(text, { ...options, lexicon: fresh }));
    }
  });

  test('a run with only the built-in lexicons uses it; a user lexicon compiles everything', () => {
    const compile = CompiledLexicon.compile;
    let calls = 0;
    CompiledLexicon.compile = (files) => {
      calls++;
      return compile(files);
    };
    try {
      compileLexicons({ builtin: true, user: [] });
      expect(calls).toBe(0);
      compileLexicons({ builtin: true, user: ['fixtures/lexicons/user-extend.json'] });
      expect(calls).toBe(1);
    } finally {
      CompiledLexicon.compile = compile;
    }
  });
});

describe('a cache that does not match is not used', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dissonance-cache-'));
  const url = pathToFileURL(join(dir, 'cache.json'));
  const copies = builtinLexiconPaths().map((p) => {
    const copy = join(dir, basename(p));
    copyFileSync(p, copy);
    return copy;
  });
  afterEach(() => builtinLexiconPaths().forEach((p, i) => copyFileSync(p, copies[i]!)));

  test('the same files: used', () => {
    writeLexiconCache(compiled(), copies, url);
    expect(readLexiconCache(copies, url)).not.toBeNull();
  });

  test('a file changed by one byte, or renamed, or one file fewer: not used', () => {
    writeLexiconCache(compiled(), copies, url);
    const first = copies[0]!;
    writeFileSync(first, readFileSync(first, 'utf8').replace(/\n$/, ' \n'));
    expect(readLexiconCache(copies, url)).toBeNull();
    copyFileSync(builtinLexiconPaths()[0]!, first);
    const renamed = join(dir, `x-${basename(first)}`);
    copyFileSync(first, renamed);
    expect(readLexiconCache([renamed, ...copies.slice(1)], url)).toBeNull();
    expect(readLexiconCache(copies.slice(1), url)).toBeNull();
  });

  test('no cache, no key, or a damaged cache: not used', () => {
    expect(readLexiconCache(copies, pathToFileURL(join(dir, 'none.json')))).toBeNull();
    writeLexiconCache(compiled(), copies, url);
    writeFileSync(url, '{"lexicon": ');
    expect(readLexiconCache(copies, url)).toBeNull();
    writeLexiconCache(compiled(), copies, url);
    rmSync(new URL(url.href.replace(/json$/, 'key')));
    expect(readLexiconCache(copies, url)).toBeNull();
  });
});

test('the key covers every module compile.js runs (its static imports, transitively)', () => {
  const base = dirname(fileURLToPath(CACHE_URL));
  const listed = new Set(COMPILER_MODULES.map((m) => resolve(base, m)));
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    for (const m of code.matchAll(/^\s*(?:import|export)\s[^;]*?from\s+'(\.[^']+)'/gm)) visit(resolve(dirname(file), m[1]!));
  };
  visit(join(base, 'compile.js'));
  expect(seen.size).toBeGreaterThan(2);
  for (const file of seen) expect(listed, file).toContain(file);
});
