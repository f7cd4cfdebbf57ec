/**
 * Every lexicon example is a test: the sentence, said by one speaker, must yield a mention of each
 * expected concept with the expected stance (and mode, when the example gives one). All examples
 * are checked and the failures are reported together, one line each, in one assertion.
 */
import { basename } from 'node:path';
import { describe, expect, test } from 'vitest';
import { check } from '../src/check.js';
import { CompiledLexicon, type CompiledExample } from '../src/lexicon/compile.js';
import { builtinLexiconPaths, loadLexiconFile } from '../src/lexicon/load.js';

/** What the classifier found, as `concept stance (mode)`, for a one-speaker transcript. */
function classifyExample(lex: CompiledLexicon, e: CompiledExample) {
  const result = check(e.text, { lexicon: lex, language: e.lang, path: 'example.txt', explain: true });
  return (result.explain ?? []).flatMap((s) => s.mentions);
}

/** One line per example that does not classify as it says; empty when all do. */
export function failingExamples(lex: CompiledLexicon): string[] {
  const failures: string[] = [];
  for (const e of lex.examples) {
    const mentions = classifyExample(lex, e);
    const missing = e.expect.filter(
      (x) => !mentions.some((m) => m.concept === x.concept && m.stance === x.stance && (x.mode === undefined || m.mode === x.mode)),
    );
    if (missing.length === 0) continue;
    const show = (x: { concept: string; stance: string; mode?: string }) => `${x.concept} ${x.stance}${x.mode ? ` (${x.mode})` : ''}`;
    const got = mentions.length > 0 ? mentions.map((m) => `${show(m)} [${m.terms.join(', ')}]${m.negation ? ` neg:${m.negation}` : ''}`).join('; ') : 'nothing';
    failures.push(`${e.where} [${e.lang}] ${JSON.stringify(e.text)}: expected ${missing.map(show).join(', ')}; got ${got}`);
  }
  return failures;
}

describe('lexicon examples classify as they say', () => {
  test('built-in lexicons: every example', () => {
    const lex = CompiledLexicon.compile(builtinLexiconPaths().map((p) => loadLexiconFile(p, `lexicons/${basename(p)}`)));
    expect(lex.examples.length).toBeGreaterThan(0);
    const failures = failingExamples(lex);
    expect(failures, `${failures.length} of ${lex.examples.length} examples do not classify as they say`).toEqual([]);
  });

  test('built-in lexicons: every opposition has examples in French and English for both its concepts', () => {
    const lex = CompiledLexicon.compile(builtinLexiconPaths().map((p) => loadLexiconFile(p, `lexicons/${basename(p)}`)));
    const gaps: string[] = [];
    for (const o of lex.oppositions.values()) {
      for (const concept of o.between) {
        for (const lang of ['fr', 'en'] as const) {
          if (!lex.examples.some((e) => e.lang === lang && e.expect.some((x) => x.concept === concept))) gaps.push(`${o.id}: no ${lang} example for ${concept}`);
        }
      }
    }
    expect(gaps).toEqual([]);
  });

  test('user lexicon examples run the same way (fixtures)', () => {
    const lex = CompiledLexicon.compile(['base.json', 'user-extend.json'].map((f) => loadLexiconFile(`fixtures/lexicons/${f}`)));
    expect(lex.examples).toHaveLength(2);
    expect(failingExamples(lex)).toEqual([]);
  });

  test('a wrong expectation is reported with what was found', () => {
    const lex = CompiledLexicon.compile([loadLexiconFile('fixtures/lexicons/base.json')]);
    const wrong = { ...lex.examples[0]!, expect: [{ concept: 'generosity', stance: 'reject' as const }] };
    Object.defineProperty(lex, 'examples', { value: [wrong] });
    expect(failingExamples(lex)).toEqual([
      'fixtures/lexicons/base.json#/examples/0 [en] "I am generous with my time.": expected generosity reject; got generosity endorse (practice) [generous]',
    ]);
  });
});
