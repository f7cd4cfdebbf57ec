/**
 * Matching is a trie over word stems, compiled once: terms are literal words, never regular
 * expressions, whatever characters a user puts in them; multi-word idioms match as a whole.
 */
import { afterEach, describe, expect, test } from 'vitest';
import { CompiledLexicon } from '../src/lexicon/compile.js';
import { loadLexiconFile, parseLexicon } from '../src/lexicon/load.js';
import { tokenize } from '../src/parse/tokens.js';

const lex = CompiledLexicon.compile([loadLexiconFile('fixtures/lexicons/regex-terms.json')]);

/** The term texts matched in a sentence. */
function matched(text: string, lang: 'fr' | 'en' = 'en', lexicon = lex): string[] {
  const tokens = tokenize(text);
  return lexicon.match(tokens, lang).map((m) => m.term.text);
}

describe('terms with regular expression characters are literal words', () => {
  const cases: Array<[string, string, string[]]> = [
    ['"c++" is the word "c"', 'I write C++ every day.', ['c++']],
    ['"c++" does not match other words with c', 'I write ccc and cpp.', []],
    ['"(zork|blip)*" is the two words "zork blip"', 'They said zork blip twice.', ['(zork|blip)*']],
    ['"(zork|blip)*" written as in the term', 'They said (zork|blip)* twice.', ['(zork|blip)*']],
    ['"(zork|blip)*" is not an alternation', 'They said zork, then blip, then zorkzork.', []],
    ['"(zork|blip)*" is not a repetition', 'zork zork zork', []],
    ['"zark.zonk": the dot is not any character', 'zarkXzonk and zark-zonk', ['zark.zonk']],
    ['"zark.zonk" as two words', 'zark zonk', ['zark.zonk']],
    ['"[qux]+" is the word "qux", not a character class', 'q u x uuu xq', []],
    ['"[qux]+" matches "qux"', 'a qux here', ['[qux]+']],
    ['"^wobble$" matches anywhere, as a word', 'no wobble here', ['^wobble$']],
    ['"fizz\\d+" is "fizz d", not fizz and digits', 'fizz12 fizz9', []],
    ['"fizz\\d+" as the words', 'fizz d', ['fizz\\d+']],
  ];
  test.each(cases)('%s', (_name, text, expected) => {
    expect(matched(text)).toEqual(expected);
  });

  describe('no RegExp is ever built from a term', () => {
    const Original = globalThis.RegExp;
    afterEach(() => {
      globalThis.RegExp = Original;
    });

    test('compiling and matching construct no pattern containing term text', () => {
      const patterns: string[] = [];
      globalThis.RegExp = new Proxy(Original, {
        construct(target, args: [string | RegExp, string?]) {
          patterns.push(String(args[0]));
          return Reflect.construct(target, args);
        },
        apply(target, thisArg, args: [string | RegExp, string?]) {
          patterns.push(String(args[0]));
          return Reflect.apply(target, thisArg, args);
        },
      });
      const fresh = CompiledLexicon.compile([loadLexiconFile('fixtures/lexicons/regex-terms.json')]);
      expect(matched('I said zork blip and c++ and fizz d.', 'en', fresh)).toEqual(['(zork|blip)*', 'c++', 'fizz\\d+']);
      globalThis.RegExp = Original;
      expect(patterns.filter((p) => /zork|blip|zark|wobble|fizz|qux/.test(p))).toEqual([]);
    });
  });

  test('a catastrophic-backtracking pattern as a term is just words, matched in linear time', () => {
    const evil = CompiledLexicon.compile([parseLexicon(JSON.stringify({ concepts: [{ id: 'evil', label: { en: 'evil' }, terms: { en: ['(a+)+$', '(x|x)*y'] } }] }), 'evil.json')]);
    const text = `${'a'.repeat(5000)}! ${'x '.repeat(5000)}`;
    const started = performance.now();
    expect(matched(text, 'en', evil)).toEqual([]);
    expect(matched('a', 'en', evil)).toEqual(['(a+)+$']);
    expect(matched('x x y', 'en', evil)).toEqual(['(x|x)*y']);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

describe('multi-word idioms', () => {
  const cases: Array<[string, string, 'fr' | 'en', string[]]> = [
    ['a French idiom', 'Il faut brûler ses vaisseaux.', 'fr', ['brûler ses vaisseaux']],
    ['a French idiom, inflected', 'Elle a brûlé ses vaisseaux en 2019.', 'fr', ['brûler ses vaisseaux']],
    ['with an apostrophe-free long expression', 'Donnez sans rien attendre en retour.', 'fr', ['sans rien attendre en retour']],
    ['"au jour le jour"', 'Je vis au jour le jour.', 'fr', ['au jour le jour']],
    ['an English idiom', 'Do whatever it takes.', 'en', ['whatever it takes']],
    ['an English idiom, inflected', 'We burned the boats last year.', 'en', ['burn the boats']],
    ['a long English idiom', 'Just fake it till you make it!', 'en', ['fake it till you make it']],
    ['other words inside an idiom break it', 'Whatever it was, it takes time.', 'en', []],
    ['a negation or an adverb inside an idiom is skipped (compile.ts SKIPPABLE)', 'Do whatever it really takes.', 'en', ['whatever it takes']],
    ['an intensifier inside an idiom is skipped', 'We burned the very boats that brought us.', 'en', ['burn the boats']],
    ['an intensifier inside a French idiom is skipped', 'Elle a brûlé très vite ses vaisseaux.', 'fr', []],
    ['a part of an idiom is not the idiom', 'We burned the toast.', 'en', []],
    ['an idiom of the other language does not match', 'Do whatever it takes.', 'fr', []],
    ['two idioms in one sentence, in order', 'Whatever it takes: burn the boats.', 'en', ['whatever it takes', 'burn the boats']],
    ['case and typographic apostrophes do not matter', 'WHATEVER IT TAKES', 'en', ['whatever it takes']],
  ];
  test.each(cases)('%s', (_name, text, lang, expected) => {
    expect(matched(text, lang)).toEqual(expected);
  });

  test('an emphatic "seule" / "single" inside a term is skipped', () => {
    const lexicon = CompiledLexicon.compile([
      parseLexicon(JSON.stringify({ concepts: [{ id: 'x', label: { en: 'x' }, terms: { fr: ['suivre une formation'], en: ['a day off'] } }] }), 'x.json'),
    ]);
    expect(matched('Il refuse de suivre une seule formation.', 'fr', lexicon)).toEqual(['suivre une formation']);
    expect(matched('I never took a single day off.', 'en', lexicon)).toEqual(['a day off']);
    expect(matched('I never took a long day off.', 'en', lexicon)).toEqual([]);
  });

  test('a negative determiner said in place of the article is the term, its negation read inside it', () => {
    const lexicon = CompiledLexicon.compile([
      parseLexicon(JSON.stringify({ concepts: [{ id: 'x', label: { en: 'x' }, terms: { fr: ['prends le risque'], en: ['take a risk', 'take risks'] } }] }), 'x.json'),
    ]);
    const words = (text: string, lang: 'fr' | 'en') => lexicon.match(tokenize(text), lang).map((m) => ({ term: m.term.text, skipped: m.skipped.length }));
    expect(words('Je ne prends aucun risque.', 'fr')).toEqual([{ term: 'prends le risque', skipped: 1 }]);
    expect(words('On ne prend aucun risque avec le troupeau.', 'fr')).toEqual([{ term: 'prends le risque', skipped: 1 }]);
    expect(words('We take no risk.', 'en')).toEqual([{ term: 'take a risk', skipped: 1 }]);
    // Before a term without an article, "no" and "any" are words said inside it.
    const bare = CompiledLexicon.compile([parseLexicon(JSON.stringify({ concepts: [{ id: 'x', label: { en: 'x' }, terms: { en: ['take risks'] } }] }), 'x.json')]);
    const bareWords = (text: string) => bare.match(tokenize(text), 'en').map((m) => ({ term: m.term.text, skipped: m.skipped.length }));
    expect(bareWords('We take no risks with the flock.')).toEqual([{ term: 'take risks', skipped: 1 }]);
    expect(bareWords('I never take any risks.')).toEqual([{ term: 'take risks', skipped: 1 }]);
    // Any other word in the article's place breaks the term.
    expect(words('Je ne prends chaque risque.', 'fr')).toEqual([]);
    expect(words('We take every risk.', 'en')).toEqual([]);
  });

  test('the longer of two overlapping terms wins', () => {
    const both = CompiledLexicon.compile([
      parseLexicon(JSON.stringify({ concepts: [
        { id: 'short', label: { en: 's' }, terms: { en: ['plan'] } },
        { id: 'long', label: { en: 'l' }, terms: { en: ['plan b'] } },
      ] }), 'both.json'),
    ]);
    expect(both.match(tokenize('Always keep a plan B.'), 'en').map((m) => m.term.concept)).toEqual(['long']);
    expect(both.match(tokenize('Make a plan.'), 'en').map((m) => m.term.concept)).toEqual(['short']);
  });

  test('exact terms do not widen to inflections', () => {
    const exact = CompiledLexicon.compile([
      parseLexicon(JSON.stringify({ concepts: [{ id: 'x', label: { en: 'x' }, terms: { en: [{ text: 'staged', exact: true }, 'burn out'] } }] }), 'x.json'),
    ]);
    expect(matched('It was staged.', 'en', exact)).toEqual(['staged']);
    expect(matched('We stage it.', 'en', exact)).toEqual([]);
    expect(matched('I burned out.', 'en', exact)).toEqual(['burn out']);
  });
});
