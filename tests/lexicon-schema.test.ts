/**
 * The lexicon format: lexicons/schema.json through ajv (validate.ts), JSON syntax positions
 * (load.ts), and every built-in lexicon file valid against the schema (they are not validated at
 * run time, so this test is what guards them).
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { describe, expect, test } from 'vitest';
import { LexiconError } from '../src/lexicon/errors.js';
import { builtinLexiconPaths, loadLexiconFile, parseLexicon } from '../src/lexicon/load.js';
import { CompiledLexicon } from '../src/lexicon/compile.js';
import { findJsonSyntaxError } from '../src/lexicon/json-syntax.js';

function problem(text: string): LexiconError {
  try {
    parseLexicon(text, 'user.json');
  } catch (err) {
    if (err instanceof LexiconError) return err;
    throw err;
  }
  throw new Error(`expected a LexiconError for ${text}`);
}

const concept = (extra: object = {}) => ({ id: 'zorglub', label: { en: 'zorglub' }, terms: { en: ['zorglub'] }, ...extra });

describe('valid lexicons', () => {
  const valid: Array<[string, unknown]> = [
    ['an empty object', {}],
    ['$schema, name and description', { $schema: './schema.json', name: 'mine', description: 'x' }],
    ['a concept with string terms', { concepts: [concept()] }],
    ['a term as an object', { concepts: [concept({ terms: { fr: [{ text: 'brûler ses vaisseaux', stance: 'reject', exact: true }] } })] }],
    ['a concept with only id and terms (extends another)', { concepts: [{ id: 'generosity', terms: { en: ['zorglub'] } }] }],
    ['an opposition', { oppositions: [{ id: 'a-vs-b', between: ['a', 'b'], message: { fr: 'x' } }] }],
    ['a complementary opposition', { oppositions: [{ id: 'a-vs-b', between: ['a', 'b'], message: { fr: 'x' }, complementary: true }] }],
    ['an opposition of a concept and a kind of it', { oppositions: [{ id: 'a-includes-b', between: ['a', 'b'], message: { fr: 'x' }, includes: true }] }],
    ['an example with a mode', { examples: [{ lang: 'fr', text: 'x', expect: [{ concept: 'a', stance: 'reject', mode: 'advice' }] }] }],
    ['disable', { disable: ['transparency-vs-secrecy', 'generosity'] }],
    ['ids with digits', { concepts: [concept({ id: 'plan-b2' })] }],
  ];
  test.each(valid)('%s', (_name, data) => {
    expect(() => parseLexicon(JSON.stringify(data), 'user.json')).not.toThrow();
  });
});

describe('invalid lexicons name the JSON pointer of the bad value', () => {
  const invalid: Array<[string, unknown, string, RegExp]> = [
    ['not an object', [], '', /a lexicon must be an object \(got an array\)/],
    ['concepts not a list', { concepts: { id: 'x' } }, '/concepts', /must be an array \(got an object\)/],
    ['concepts a number', { concepts: 3 }, '/concepts', /must be an array \(got 3\)/],
    ['unknown top-level property', { concept: [] }, '/concept', /unknown property "concept" \(allowed: .*concepts/],
    ['term a number', { concepts: [concept(), concept({ id: 'other', terms: { fr: ['a', 'b', 3] } })] }, '/concepts/1/terms/fr/2', /must be a string or an object \(got 3\)/],
    ['term object without text', { concepts: [concept({ terms: { en: [{ stance: 'reject' }] } })] }, '/concepts/0/terms/en/0', /missing required property "text"/],
    ['term object with an unknown option', { concepts: [concept({ terms: { en: [{ text: 'x', regex: true }] } })] }, '/concepts/0/terms/en/0/regex', /unknown property "regex"/],
    ['term stance not endorse/reject', { concepts: [concept({ terms: { en: [{ text: 'x', stance: 'maybe' }] } })] }, '/concepts/0/terms/en/0/stance', /must be one of "endorse", "reject" \(got "maybe"\)/],
    ['empty term', { concepts: [concept({ terms: { en: [''] } })] }, '/concepts/0/terms/en/0', /must not be empty/],
    ['unknown language in terms', { concepts: [concept({ terms: { de: ['x'] } })] }, '/concepts/0/terms/de', /unknown property "de" \(allowed: fr, en\)/],
    ['id not kebab-case', { concepts: [concept({ id: 'Self_Interest' })] }, '/concepts/0/id', /kebab-case.*\(got "Self_Interest"\)/],
    ['id with a double hyphen', { concepts: [concept({ id: 'a--b' })] }, '/concepts/0/id', /kebab-case/],
    ['concept without terms', { concepts: [{ id: 'x', label: { en: 'x' } }] }, '/concepts/0', /missing required property "terms"/],
    ['description without label', { concepts: [{ id: 'x', description: { en: 'x' }, terms: {} }] }, '/concepts/0', /"description" needs "label"/],
    ['empty label', { concepts: [concept({ label: {} })] }, '/concepts/0/label', /at least one language/],
    ['label in another language', { concepts: [concept({ label: { es: 'x' } })] }, '/concepts/0/label/es', /unknown property "es"/],
    ['opposition between three concepts', { oppositions: [{ id: 'a-vs-b', between: ['a', 'b', 'c'], message: { en: 'x' } }] }, '/oppositions/0/between', /exactly two concepts/],
    ['includes not a boolean', { oppositions: [{ id: 'a-vs-b', between: ['a', 'b'], message: { en: 'x' }, includes: 1 }] }, '/oppositions/0/includes', /must be a boolean \(got 1\)/],
    ['complementary not a boolean', { oppositions: [{ id: 'a-vs-b', between: ['a', 'b'], message: { en: 'x' }, complementary: 'yes' }] }, '/oppositions/0/complementary', /must be a boolean \(got "yes"\)/],
    ['opposition without message', { oppositions: [{ id: 'a-vs-b', between: ['a', 'b'] }] }, '/oppositions/0', /missing required property "message"/],
    ['example in German', { examples: [{ lang: 'de', text: 'x', expect: [{ concept: 'a', stance: 'endorse' }] }] }, '/examples/0/lang', /must be one of "fr", "en" \(got "de"\)/],
    ['example expecting nothing', { examples: [{ lang: 'en', text: 'x', expect: [] }] }, '/examples/0/expect', /at least 1 item/],
    ['example with a bad mode', { examples: [{ lang: 'en', text: 'x', expect: [{ concept: 'a', stance: 'endorse', mode: 'wish' }] }] }, '/examples/0/expect/0/mode', /must be one of "practice", "advice", "opinion"/],
    ['disable not a list', { disable: 'generosity' }, '/disable', /must be an array/],
    ['disable twice the same id', { disable: ['a', 'b', 'a'] }, '/disable/2', /duplicate of item 0/],
  ];
  test.each(invalid)('%s -> %s', (_name, data, pointer, message) => {
    const err = problem(JSON.stringify(data));
    expect(err.pointer).toBe(pointer);
    expect(err.message).toMatch(message);
    const line = err.toString();
    expect(line).toBe(pointer ? `user.json#${pointer}: ${err.message}` : `user.json: ${err.message}`);
    expect(line).not.toContain('\n');
  });
});

describe('invalid JSON is reported as file:line:column', () => {
  const cases: Array<[string, string, number, number, RegExp]> = [
    ['a missing value', '{\n  "concepts": [\n    { "id": }\n  ]\n}', 3, 13, /expected a value/],
    ['a trailing comma', '{\n  "concepts": [],\n}', 3, 1, /expected a property name/],
    ['truncated', '{\n  "concepts": [\n    { "id": "a", "terms": { "en": ["x",', 3, 40, /unexpected end of file/],
    ['an unterminated string', '{ "name": "abc', 1, 15, /unterminated string/],
    ['single quotes', "{ 'name': 'x' }", 1, 3, /expected a property name in double quotes, found '''/],
    ['a line break in a string', '{ "name": "a\nb" }', 1, 13, /control character/],
    ['text after the value', '{}\n}', 2, 1, /after the end of the JSON value/],
    ['an empty file', '', 1, 1, /unexpected end of file/],
    ['a BOM then a mistake', '\uFEFF{ "name" 1 }', 1, 10, /expected ':'/],
  ];
  test.each(cases)('%s', (_name, text, line, column, message) => {
    const err = problem(text);
    expect([err.line, err.column]).toEqual([line, column]);
    expect(err.message).toMatch(/^invalid JSON: /);
    expect(err.message).toMatch(message);
    expect(err.toString()).toBe(`user.json:${line}:${column}: ${err.message}`);
  });

  test('the scanner accepts what JSON.parse accepts', () => {
    for (const text of ['{}', '[]', ' 1 ', '"\\u00e9\\n"', '{"a":[1,-2.5e+3,true,false,null,{"b":"c"}]}', readFileSync(new URL('../lexicons/schema.json', import.meta.url), 'utf8')]) {
      expect(JSON.parse(text)).toBeDefined();
      expect(findJsonSyntaxError(text)).toBeNull();
    }
  });

  test('the fixtures: a truncated file', () => {
    expect(() => loadLexiconFile('fixtures/lexicons/truncated.json')).toThrow(/^invalid JSON: unexpected end of file/);
    try {
      loadLexiconFile('fixtures/lexicons/truncated.json');
    } catch (err) {
      expect((err as LexiconError).toString()).toMatch(/^fixtures\/lexicons\/truncated\.json:4:\d+: invalid JSON/);
    }
  });

  test('a file that cannot be read', () => {
    expect(() => loadLexiconFile('fixtures/lexicons/no-such-file.json')).toThrow(/cannot read lexicon: no such file/);
  });
});

describe('the built-in lexicons', () => {
  const paths = builtinLexiconPaths();

  test('there are built-in lexicon files', () => {
    expect(paths.length).toBeGreaterThan(0);
  });

  test.each(paths.map((p) => [basename(p), p]))('%s validates against lexicons/schema.json', (_name, path) => {
    const loaded = loadLexiconFile(path, `lexicons/${basename(path)}`, { validate: true });
    expect(loaded.data.$schema).toBe('./schema.json');
  });

  test('they compile together: no duplicate ids or terms, no unknown concept', () => {
    const lex = CompiledLexicon.compile(paths.map((p) => loadLexiconFile(p, `lexicons/${basename(p)}`)));
    expect(lex.concepts.size).toBeGreaterThan(0);
    expect(lex.oppositions.size).toBeGreaterThan(0);
    for (const c of lex.concepts.values()) {
      expect(lex.termCount(c.id, 'fr') + lex.termCount(c.id, 'en'), `${c.id} has no terms`).toBeGreaterThan(0);
    }
  });

  test('every concept has terms and a label in both languages, every opposition a message in both', () => {
    const lex = CompiledLexicon.compile(paths.map((p) => loadLexiconFile(p, `lexicons/${basename(p)}`)));
    const missing: string[] = [];
    for (const c of lex.concepts.values()) {
      for (const lang of ['fr', 'en'] as const) {
        if (lex.termCount(c.id, lang) === 0) missing.push(`${c.where}: no ${lang} terms`);
        if (!c.label[lang]) missing.push(`${c.where}: no ${lang} label`);
      }
    }
    for (const o of lex.oppositions.values()) {
      for (const lang of ['fr', 'en'] as const) if (!o.message[lang]) missing.push(`${o.where}: no ${lang} message`);
    }
    expect(missing).toEqual([]);
  });
});
