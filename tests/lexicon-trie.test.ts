/**
 * The lexicon trie grows a branch of its root the first time a transcript word has its stem
 * (src/lexicon/compile.ts): matching must not depend on which branches exist yet.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import { CompiledLexicon } from '../src/lexicon/compile.js';
import { builtinLexiconPaths, loadLexiconFile } from '../src/lexicon/load.js';
import { tokenize } from '../src/parse/tokens.js';

const compile = () => CompiledLexicon.compile(builtinLexiconPaths().map((p) => loadLexiconFile(p, `lexicons/${basename(p)}`)));

test('a trie grown line by line matches as one with every branch built first', () => {
  const dir = fileURLToPath(new URL('../fixtures/eval/', import.meta.url));
  const lazy = compile();
  const full = compile();
  for (const lang of ['fr', 'en'] as const) {
    // Every first word of every term: matching them grows every branch of the root.
    const firsts = [...full.concepts.keys()].flatMap((c) => full.termsOf(c, lang).map((t) => ({ norm: t.words[0]!, start: 0, end: 0 })));
    expect(firsts.length).toBeGreaterThan(1000);
    full.match(firsts, lang);
    let matched = 0;
    for (const name of readdirSync(dir).filter((n) => n.startsWith(lang))) {
      for (const line of readFileSync(join(dir, name), 'utf8').split('\n')) {
        const tokens = tokenize(line);
        const got = lazy.match(tokens, lang);
        expect(got, line).toStrictEqual(full.match(tokens, lang));
        matched += got.length;
      }
    }
    expect(matched).toBeGreaterThan(20);
  }
});
