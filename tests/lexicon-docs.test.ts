/**
 * docs/lexicons.md is generated from lexicons/*.json by scripts/gen-lexicon-docs.mjs; this test
 * renders it in memory and fails when the committed file is stale.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { describe, expect, test } from 'vitest';
import { DOCS_PATH, readBuiltinLexicons, renderLexiconDocs } from '../scripts/gen-lexicon-docs.mjs';
import { CompiledLexicon } from '../src/lexicon/compile.js';
import { builtinLexiconPaths, loadLexiconFile, parseLexicon } from '../src/lexicon/load.js';

const render = renderLexiconDocs;

describe('docs/lexicons.md', () => {
  test('is up to date with lexicons/*.json (run `npm run docs:lexicons` to regenerate)', () => {
    const committed = readFileSync(DOCS_PATH, 'utf8');
    const fresh = render();
    // Compare line by line so that a stale file shows a readable diff.
    expect(committed.split('\n')).toEqual(fresh.split('\n'));
  });

  test('names every built-in opposition and concept', () => {
    const docs = render();
    const lex = CompiledLexicon.compile(builtinLexiconPaths().map((p) => loadLexiconFile(p, `lexicons/${basename(p)}`)));
    for (const id of lex.oppositions.keys()) expect(docs).toContain(`| \`${id}\` |`);
    for (const id of lex.concepts.keys()) expect(docs).toContain(`\n### ${id}\n`);
  });

  test('is deterministic', () => {
    expect(render(readBuiltinLexicons())).toBe(render(readBuiltinLexicons()));
  });

  test('its user lexicon example is valid and merges with the built-in lexicons', () => {
    const docs = render();
    const json = /```json\n([\s\S]*?)\n```/.exec(docs)?.[1];
    expect(json).toBeDefined();
    const user = parseLexicon(json!, 'docs/lexicons.md');
    const builtin = builtinLexiconPaths().map((p) => loadLexiconFile(p, `lexicons/${basename(p)}`));
    const lex = CompiledLexicon.compile([...builtin, user]);
    expect(lex.oppositions.has('meetings-vs-focus')).toBe(true);
    expect(lex.oppositions.has('transparency-vs-secrecy')).toBe(false);
    expect(lex.termsOf('generosity', 'fr').map((t) => t.text)).toContain('coup de main gratuit');
  });

  test('escapes Markdown in lexicon text', () => {
    const docs = render([
      {
        file: 'x.json',
        data: {
          concepts: [{ id: 'x', label: { en: '<b>x</b> | *y*' }, terms: { en: ['a|b', 'tick`s'] } }],
          oppositions: [{ id: 'x-vs-x', between: ['x', 'x'], message: { en: 'pipe | here' } }],
          examples: [],
        },
      },
    ]);
    expect(docs).toContain('Label: en: \\<b\\>x\\</b\\> \\| \\*y\\*.');
    expect(docs).toContain('`a\\|b`, ``tick`s``');
    expect(docs).toContain('en: pipe \\| here |');
  });
});
