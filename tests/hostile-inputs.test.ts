/**
 * Hostile inputs end, without a crash, in bounded time (generous limits: these guard against hangs
 * and quadratic blow-ups, not against a slow machine). The big inputs are generated here.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { check, CompiledLexicon, builtinLexiconPaths, loadLexiconFile } from '../src/index.js';
import { InputError } from '../src/read/errors.js';
import { spawnSync } from 'node:child_process';
import { BIN, ROOT, run } from './helpers/exec.js';

const lexicon = CompiledLexicon.compile(builtinLexiconPaths().map((p) => loadLexiconFile(p)));
const MB = 1_000_000;
const fill = (unit: string, size: number) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
const speakers = (n: number) =>
  Array.from({ length: n }, (_, k) => `Invité ${String.fromCharCode(65 + (k % 26))}${String.fromCharCode(65 + ((k / 26) % 26 | 0))}${String.fromCharCode(65 + ((k / 676) % 26 | 0))} : Je publie par opportunisme. Soyez généreux !\n`).join('');

const INPUTS: Record<string, () => string> = {
  '2 MB on one line without punctuation': () => fill('je publie par opportunisme pas par passion soyez généreux valeurs ', 2 * MB),
  '100,000 empty Q/A markers': () => 'Q :\nR :\n'.repeat(100_000),
  '100,000 inline Q/A markers': () => '« Question : » Réponse : '.repeat(100_000),
  '20,000 speakers': () => speakers(20_000),
  'long runs of negation words': () => 'Claire : je ' + fill('ne pas jamais plus personne rien ni non ', MB) + ' opportunisme.\n',
  'negations and terms alternating': () => 'Claire : ' + fill('ne pas opportunisme ', MB) + '.\n',
  'long runs of dots': () => 'Claire : a' + '.'.repeat(2 * MB) + 'b\n',
  'long runs of spaces inside a sentence': () => 'Claire : opportunisme' + ' '.repeat(2 * MB) + 'passion.\n',
  'a Markdown heading full of spaces': () => '# a' + ' '.repeat(MB) + 'b ?\n',
  'quotes in one turn': () => 'Claire : ' + fill('il dit « je publie par opportunisme ici » et ', MB) + '.\n',
  'a huge single JSON string': () => JSON.stringify({ text: fill('Je publie par opportunisme. Soyez généreux. ', 2 * MB) }),
  'a JSON string with a long run of spaces': () => JSON.stringify({ text: 'opportunisme' + ' '.repeat(2 * MB) + 'x' }),
  'deeply nested JSON arrays': () => '['.repeat(MB) + ']'.repeat(MB),
  'deeply nested JSON objects': () => '{"a":'.repeat(200_000) + '1' + '}'.repeat(200_000),
  'unbalanced brackets': () => '['.repeat(MB),
};

describe('hostile inputs end in bounded time without crashing', () => {
  for (const [name, make] of Object.entries(INPUTS)) {
    it(name, { timeout: 120_000 }, () => {
      const text = make();
      const t0 = performance.now();
      try {
        const r = check(text, { lexicon, path: name.includes('JSON') ? 'x.json' : name.includes('Markdown') ? 'x.md' : 'x.txt' });
        expect(Array.isArray(r.findings)).toBe(true);
      } catch (err) {
        // Not a transcript (bad or speechless JSON): a known error, reported as one line.
        expect(err).toBeInstanceOf(InputError);
      }
      // About 1 s on a laptop; 60 s only catches hangs.
      expect(performance.now() - t0).toBeLessThan(60_000);
    });
  }

  it('through the CLI: deeply nested JSON is one line and exit 2', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dissonance-hostile-'));
    const file = join(dir, 'nested.json');
    writeFileSync(file, '['.repeat(MB) + ']'.repeat(MB));
    const r = run([file]);
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n').length).toBe(1);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('through the CLI: 20,000 speakers and 2 MB without punctuation, exit 0 or 1', { timeout: 120_000 }, () => {
    const dir = mkdtempSync(join(tmpdir(), 'dissonance-hostile-'));
    for (const [name, text] of [['speakers.txt', speakers(20_000)], ['oneline.txt', INPUTS['2 MB on one line without punctuation']!()]] as const) {
      writeFileSync(join(dir, name), text);
      // The report of 20,000 speakers is larger than spawnSync's default 1 MB buffer.
      const r = spawnSync(process.execPath, [BIN, join(dir, name), '--format', 'json'], {
        cwd: ROOT,
        encoding: 'utf8',
        env: { PATH: process.env.PATH ?? '', NO_COLOR: '1' },
        maxBuffer: 512 * MB,
        timeout: 110_000,
      });
      expect([0, 1]).toContain(r.status);
      expect(r.stderr).toBe('');
      expect(JSON.parse(r.stdout).files.length).toBe(1);
    }
  });
});
