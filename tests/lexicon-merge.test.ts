/**
 * How lexicon files merge (CompiledLexicon.compile): user lexicons add concepts, add terms to an
 * existing concept, add oppositions, switch entries off with `disable`; duplicates and unknown
 * references are errors that name file#pointer (of both places for duplicates).
 * fixtures/lexicons/base.json stands in for the built-in lexicons.
 */
import { describe, expect, test } from 'vitest';
import { check } from '../src/check.js';
import { CompiledLexicon } from '../src/lexicon/compile.js';
import { LexiconError } from '../src/lexicon/errors.js';
import { loadLexiconFile, parseLexicon } from '../src/lexicon/load.js';
import type { LoadedLexicon } from '../src/lexicon/types.js';

const fixture = (name: string) => loadLexiconFile(`fixtures/lexicons/${name}`);
const inline = (source: string, data: object) => parseLexicon(JSON.stringify(data), source);

function compileError(files: LoadedLexicon[]): LexiconError {
  try {
    CompiledLexicon.compile(files);
  } catch (err) {
    if (err instanceof LexiconError) return err;
    throw err;
  }
  throw new Error('expected a LexiconError');
}

function conceptsFound(lex: CompiledLexicon, text: string, language: 'fr' | 'en') {
  const r = check(text, { lexicon: lex, language, explain: true });
  return (r.explain ?? []).flatMap((s) => s.mentions.map((m) => `${m.concept}:${m.stance}`));
}

describe('a user lexicon merges into the built-in ones', () => {
  const base = fixture('base.json');
  const user = fixture('user-extend.json');
  const lex = CompiledLexicon.compile([base, user]);

  test('adds a concept, with its source', () => {
    expect(lex.concepts.get('meetings')).toMatchObject({ label: { en: 'meetings' }, source: 'fixtures/lexicons/user-extend.json', where: 'fixtures/lexicons/user-extend.json#/concepts/0' });
    expect(conceptsFound(lex, 'We hold a zorblatt meeting every day.', 'en')).toContain('meetings:endorse');
  });

  test('an entry with only id and terms adds terms to an existing concept, after its own', () => {
    expect(lex.concepts.get('generosity')?.source).toBe('fixtures/lexicons/base.json');
    expect(lex.termsOf('generosity', 'en').map((t) => t.text)).toEqual(['generous', 'give back', 'zorglub kindness']);
    expect(lex.termsOf('generosity', 'fr').map((t) => t.text)).toEqual(['générosité', 'sans rien attendre en retour', 'zorglub gentillesse']);
    expect(conceptsFound(lex, 'I believe in zorglub kindness.', 'en')).toContain('generosity:endorse');
  });

  test('adds an opposition between its concept and a built-in one', () => {
    expect(lex.oppositions.get('meetings-vs-generosity')?.between).toEqual(['meetings', 'generosity']);
    expect(lex.opposedTo.get('generosity')?.map((o) => o.id)).toEqual(['self-interest-vs-generosity', 'meetings-vs-generosity']);
  });

  test('disable switches a built-in opposition off', () => {
    expect(lex.oppositions.has('transparency-vs-secrecy')).toBe(false);
    expect(lex.opposedTo.get('secrecy')).toBeUndefined();
    // Its concepts stay.
    expect(lex.concepts.has('secrecy')).toBe(true);
  });

  test('examples of every file are kept, with their place', () => {
    expect(lex.examples.map((e) => e.where)).toEqual(['fixtures/lexicons/base.json#/examples/0', 'fixtures/lexicons/user-extend.json#/examples/0']);
  });

  test('the user file alone: the extension of an undefined concept is an error with its pointer', () => {
    const err = compileError([user]);
    expect(err.toString()).toBe(
      'fixtures/lexicons/user-extend.json#/concepts/1/id: no loaded lexicon defines concept "generosity": add a "label" to define it here, or check the id',
    );
  });

  test('disabling a concept takes its terms, oppositions and examples with it', () => {
    const off = CompiledLexicon.compile([base, fixture('disable-concept.json')]);
    expect(off.concepts.has('generosity')).toBe(false);
    expect(off.oppositions.has('self-interest-vs-generosity')).toBe(false);
    expect(off.opposedTo.get('self-interest')).toBeUndefined();
    expect(off.examples).toEqual([]);
    expect(conceptsFound(off, 'I am generous.', 'en')).toEqual([]);
    // An extension of the switched-off concept is dropped too, not an error.
    const withUser = CompiledLexicon.compile([base, fixture('disable-concept.json'), inline('more.json', { concepts: [{ id: 'generosity', terms: { en: ['zorglub'] } }] })]);
    expect(withUser.concepts.has('generosity')).toBe(false);
  });

  test('a file may disable a concept and define its replacement; built-in oppositions then use it', () => {
    const lex2 = CompiledLexicon.compile([base, fixture('replace-concept.json')]);
    expect(lex2.concepts.get('generosity')?.label).toEqual({ en: 'kindness' });
    expect(lex2.termsOf('generosity', 'en').map((t) => t.text)).toEqual(['zorglub kindness']);
    expect(conceptsFound(lex2, 'I am generous.', 'en')).toEqual([]);
    expect(lex2.oppositions.get('self-interest-vs-generosity')?.between).toEqual(['self-interest', 'generosity']);
  });

  test('disable ids that no file defines are ignored', () => {
    expect(() => CompiledLexicon.compile([base, inline('x.json', { disable: ['no-such-thing'] })])).not.toThrow();
  });

  test('a file does not disable its own entries', () => {
    const own = CompiledLexicon.compile([inline('x.json', { concepts: [{ id: 'zorglub', label: { en: 'z' }, terms: { en: ['zorglub'] } }], disable: ['zorglub'] })]);
    expect(own.concepts.has('zorglub')).toBe(true);
  });

  test('an opposition whose concept was switched off goes with it, even from a later file', () => {
    const lex3 = CompiledLexicon.compile([
      base,
      fixture('disable-concept.json'),
      inline('later.json', { oppositions: [{ id: 'secrecy-vs-generosity', between: ['secrecy', 'generosity'], message: { en: 'x' } }] }),
    ]);
    expect(lex3.oppositions.has('secrecy-vs-generosity')).toBe(false);
  });
});

describe('duplicates name both places; unknown references name the pointer', () => {
  const base = fixture('base.json');

  test('a concept defined twice', () => {
    const err = compileError([base, inline('user.json', { concepts: [{ id: 'zork', label: { en: 'z' }, terms: {} }, { id: 'secrecy', label: { en: 'secrecy' }, terms: { en: ['hush'] } }] })]);
    expect(err.toString()).toBe('user.json#/concepts/1/id: duplicate concept id "secrecy", also defined at fixtures/lexicons/base.json#/concepts/2');
  });

  test('an opposition defined twice', () => {
    const err = compileError([base, inline('user.json', { oppositions: [{ id: 'transparency-vs-secrecy', between: ['secrecy', 'transparency'], message: { en: 'x' } }] })]);
    expect(err.toString()).toBe('user.json#/oppositions/0/id: duplicate opposition id "transparency-vs-secrecy", also defined at fixtures/lexicons/base.json#/oppositions/1');
  });

  test('a term given twice in one language, across files (case and inflection-free spelling)', () => {
    const err = compileError([base, inline('user.json', { concepts: [{ id: 'self-interest', terms: { en: ['zork', 'Give Back'] } }] })]);
    expect(err.toString()).toBe('user.json#/concepts/0/terms/en/1: duplicate en term "Give Back", also at fixtures/lexicons/base.json#/concepts/0/terms/en/1 (concept "generosity")');
  });

  test('a term given twice in one file', () => {
    const err = compileError([fixture('duplicate-term.json')]);
    expect(err.toString()).toBe('fixtures/lexicons/duplicate-term.json#/concepts/1/terms/en/1: duplicate en term "Zorglub", also at fixtures/lexicons/duplicate-term.json#/concepts/0/terms/en/0 (concept "zorglub-a")');
  });

  test('the same words in two languages are not duplicates', () => {
    expect(() => CompiledLexicon.compile([base])).not.toThrow(); // "secret" is both fr and en
  });

  test('an opposition naming an unknown concept', () => {
    const err = compileError([fixture('unknown-concept.json')]);
    expect(err.toString()).toBe('fixtures/lexicons/unknown-concept.json#/oppositions/0/between/1: opposition "zorglub-vs-nothing" names unknown concept "no-such-concept"');
  });

  test('an example naming an unknown concept', () => {
    const err = compileError([base, inline('user.json', { examples: [{ lang: 'en', text: 'x', expect: [{ concept: 'generosity', stance: 'endorse' }, { concept: 'generosty', stance: 'endorse' }] }] })]);
    expect(err.toString()).toBe('user.json#/examples/0/expect/1/concept: example names unknown concept "generosty"');
  });

  test('a term without any word', () => {
    const err = compileError([inline('user.json', { concepts: [{ id: 'z', label: { en: 'z' }, terms: { en: ['ok', '?!'] } }] })]);
    expect(err.toString()).toBe('user.json#/concepts/0/terms/en/1: term "?!" has no words (only letters and digits are matched)');
  });
});
