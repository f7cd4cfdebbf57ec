/**
 * `dissonance lexicons list|show|validate` and user lexicons on the check command, through the
 * built CLI (tests/helpers/exec.ts; `npm test` builds first).
 */
import { spawnSync } from 'node:child_process';
import { basename } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ROOT, run, runJson } from './helpers/exec.js';
import { CompiledLexicon } from '../src/lexicon/compile.js';
import { builtinLexiconPaths, loadLexiconFile } from '../src/lexicon/load.js';

const FIX = 'fixtures/lexicons';
const USER = ['--no-builtin-lexicons', '--lexicon', `${FIX}/base.json`, '--lexicon', `${FIX}/user-extend.json`];
const builtin = CompiledLexicon.compile(builtinLexiconPaths().map((p) => loadLexiconFile(p, `lexicons/${basename(p)}`)));
// As the CLI names them, relative to the project root where the tests run it.
const BUILTIN_FILES = builtinLexiconPaths().map((p) => `lexicons/${basename(p)}`);

describe('lexicons list', () => {
  test('the built-in lexicons: every opposition and concept, with term counts', () => {
    const r = run(['lexicons', 'list']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(`Oppositions (${builtin.oppositions.size})`);
    expect(r.stdout).toContain(`Concepts (${builtin.concepts.size})`);
    for (const o of builtin.oppositions.values()) expect(r.stdout).toMatch(new RegExp(`^  ${o.id} +${o.between[0]} ↔ ${o.between[1]} `, 'm'));
    for (const c of builtin.concepts.values()) {
      expect(r.stdout).toMatch(new RegExp(`^  ${c.id} +${builtin.termCount(c.id, 'fr')} +${builtin.termCount(c.id, 'en')}  lexicons/`, 'm'));
    }
  });

  test('user lexicons only, merged', () => {
    const r = run([...USER, 'lexicons', 'list']);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(
      [
        'Oppositions (2)',
        '  self-interest-vs-generosity  self-interest ↔ generosity  fixtures/lexicons/base.json',
        '  meetings-vs-generosity       meetings ↔ generosity       fixtures/lexicons/user-extend.json',
        '',
        'Concepts (5)',
        '  id               fr    en  source',
        '  generosity        3     3  fixtures/lexicons/base.json + fixtures/lexicons/user-extend.json',
        '  self-interest     2     2  fixtures/lexicons/base.json',
        '  secrecy           1     1  fixtures/lexicons/base.json',
        '  transparency      1     1  fixtures/lexicons/base.json',
        '  meetings          1     2  fixtures/lexicons/user-extend.json',
        '',
        '2 oppositions, 5 concepts, 8 French and 9 English terms, 2 examples, from 2 files',
        '',
      ].join('\n'),
    );
  });

  test('--format json', () => {
    const r = run([...USER, 'lexicons', 'list', '--format', 'json']);
    expect(r.status).toBe(0);
    const data = JSON.parse(r.stdout) as { oppositions: Array<{ id: string }>; concepts: Array<{ id: string; terms: { fr: number; en: number }; extendedBy: string[] }>; examples: number };
    expect(data.oppositions.map((o) => o.id)).toEqual(['self-interest-vs-generosity', 'meetings-vs-generosity']);
    expect(data.concepts.find((c) => c.id === 'generosity')).toMatchObject({ terms: { fr: 3, en: 3 }, extendedBy: ['fixtures/lexicons/user-extend.json'] });
    expect(data.examples).toBe(2);
  });

  test('an invalid user lexicon: exit 2, one line with file#pointer', () => {
    const r = run(['--lexicon', `${FIX}/not-a-list.json`, 'lexicons', 'list']);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('dissonance: fixtures/lexicons/not-a-list.json#/concepts: must be an array (got an object)\n');
  });
});

test('the configuration\'s lexicons are used, resolved from its folder, in any order', () => {
  const r = run(['lexicons', 'list'], { cwd: `${ROOT}${FIX}/config` });
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  expect(r.stdout).toContain('  generosity        3     3  ../base.json + ../user-extend.json\n');
  expect(r.stdout).toContain('2 oppositions, 5 concepts, 8 French and 9 English terms, 2 examples, from 2 files\n');
});

describe('lexicons show', () => {
  test('a concept: labels, oppositions, terms per language (with the file that added them), examples', () => {
    const r = run([...USER, 'lexicons', 'show', 'generosity']);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(
      [
        'concept generosity',
        '  defined at   fixtures/lexicons/base.json#/concepts/0',
        '  label        fr: la générosité',
        '               en: generosity',
        '  opposed to   self-interest (self-interest-vs-generosity), meetings (meetings-vs-generosity)',
        '  terms fr (3)',
        '    générosité, sans rien attendre en retour,',
        '    zorglub gentillesse (from fixtures/lexicons/user-extend.json)',
        '  terms en (3)',
        '    generous, give back, zorglub kindness (from fixtures/lexicons/user-extend.json)',
        '',
        '  examples (1)',
        '    [en] I am generous with my time.',
        '         → generosity endorse',
        '',
      ].join('\n'),
    );
  });

  test('an opposition: message and both concepts', () => {
    const r = run([...USER, 'lexicons', 'show', 'meetings-vs-generosity']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('opposition meetings-vs-generosity\n  defined at   fixtures/lexicons/user-extend.json#/oppositions/0\n  between      meetings ↔ generosity\n');
    expect(r.stdout).toContain('    zorblatt meeting, no meetings [reject]\n');
    expect(r.stdout).toContain('  concept meetings — les réunions / meetings\n');
  });

  test('--format json', () => {
    const r = run([...USER, 'lexicons', 'show', 'meetings', '--format', 'json']);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({
      kind: 'concept',
      id: 'meetings',
      terms: { fr: [{ text: 'réunionite', stance: 'endorse', exact: false }], en: [{ text: 'zorblatt meeting' }, { text: 'no meetings', stance: 'reject' }] },
      oppositions: ['meetings-vs-generosity'],
    });
  });

  test('every built-in opposition can be shown', () => {
    for (const id of [...builtin.oppositions.keys()].slice(0, 3)) {
      const r = run(['lexicons', 'show', id]);
      expect(r.status, r.stderr).toBe(0);
      expect(r.stdout.startsWith(`opposition ${id}\n`)).toBe(true);
    }
  });

  test('an unknown id: exit 2, a suggestion', () => {
    const r = run([...USER, 'lexicons', 'show', 'generosty']);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('dissonance: no concept or opposition with id "generosty" (did you mean "generosity"?); see `dissonance lexicons list`\n');
  });
});

describe('lexicons validate', () => {
  test('valid files: exit 0, one line each', () => {
    const r = run(['--no-builtin-lexicons', 'lexicons', 'validate', `${FIX}/base.json`, `${FIX}/regex-terms.json`]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(
      'fixtures/lexicons/base.json: valid (4 concepts, 12 terms, 2 oppositions, 1 example)\n' +
        'fixtures/lexicons/regex-terms.json: valid (2 concepts, 12 terms, 0 oppositions, 0 examples)\n',
    );
  });

  test('a user lexicon that extends built-in concepts, checked with the built-in lexicons', () => {
    const r = run(['lexicons', 'validate', `${FIX}/user-extend.json`]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('fixtures/lexicons/user-extend.json: valid (1 concept, 1 extended, 5 terms, 1 opposition, 1 example, 1 disabled)\n');
  });

  test('the built-in files validate (each is not loaded twice)', () => {
    const r = run(['lexicons', 'validate', ...BUILTIN_FILES]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout.trim().split('\n')).toHaveLength(BUILTIN_FILES.length);
  });

  test('a truncated file and a file whose concepts is not a list: exit 2, every file checked', () => {
    const r = run(['--no-builtin-lexicons', 'lexicons', 'validate', `${FIX}/truncated.json`, `${FIX}/base.json`, `${FIX}/not-a-list.json`, `${FIX}/missing.json`]);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(
      'fixtures/lexicons/truncated.json:4:89: invalid JSON: unexpected end of file, expected a value (object, array, string, number, true, false or null)\n' +
        'fixtures/lexicons/not-a-list.json#/concepts: must be an array (got an object)\n' +
        'fixtures/lexicons/missing.json: cannot read lexicon: no such file\n',
    );
    expect(r.stdout).toBe('fixtures/lexicons/base.json: valid (4 concepts, 12 terms, 2 oppositions, 1 example)\n');
  });

  test('checked with the built-in lexicons: duplicates of built-in entries name both places', () => {
    const r = run(['lexicons', 'validate', `${FIX}/base.json`]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^fixtures\/lexicons\/base\.json#\/concepts\/0\/id: duplicate concept id "generosity", also defined at lexicons\/[a-z-]+\.json#\/concepts\/\d+\n$/);
  });

  test('an extension of a built-in concept is valid with the built-in lexicons, not without', () => {
    expect(run(['lexicons', 'validate', `${FIX}/user-extend.json`]).status).toBe(0);
    const r = run(['--no-builtin-lexicons', 'lexicons', 'validate', `${FIX}/user-extend.json`]);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('fixtures/lexicons/user-extend.json#/concepts/1/id: no loaded lexicon defines concept "generosity": add a "label" to define it here, or check the id\n');
  });

  test('duplicates and unknown concepts inside one file', () => {
    const r = run(['--no-builtin-lexicons', 'lexicons', 'validate', `${FIX}/duplicate-term.json`, `${FIX}/unknown-concept.json`]);
    expect(r.status).toBe(2);
    expect(r.stderr.split('\n')).toEqual([
      'fixtures/lexicons/duplicate-term.json#/concepts/1/terms/en/1: duplicate en term "Zorglub", also at fixtures/lexicons/duplicate-term.json#/concepts/0/terms/en/0 (concept "zorglub-a")',
      'fixtures/lexicons/unknown-concept.json#/oppositions/0/between/1: opposition "zorglub-vs-nothing" names unknown concept "no-such-concept"',
      '',
    ]);
  });
});

describe('user lexicons on the check command', () => {
  const transcript = 'fixtures/eval/fr01-ceramique-generosite.txt';

  test('--no-builtin-lexicons alone finds nothing', () => {
    const r = runJson(['--no-builtin-lexicons', transcript]);
    expect(r.status).toBe(0);
    expect(r.report.summary.findings).toBe(0);
  });

  test('the built-in files as --lexicon with --no-builtin-lexicons reproduce the built-in results', () => {
    const a = runJson([transcript, '--fail-on', 'never']);
    const b = runJson(['--no-builtin-lexicons', ...BUILTIN_FILES.flatMap((f) => ['--lexicon', f]), transcript, '--fail-on', 'never']);
    const c = runJson([...BUILTIN_FILES.flatMap((f) => ['--lexicon', f]), transcript, '--fail-on', 'never']);
    expect(a.status).toBe(0);
    expect(a.report.summary.findings).toBeGreaterThan(0);
    expect(b.report).toEqual(a.report);
    expect(c.report).toEqual(a.report);
  });

  test('a user lexicon with a wrong shape stops the check: exit 2, file#pointer', () => {
    const r = run(['--lexicon', `${FIX}/not-a-list.json`, transcript]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('dissonance: fixtures/lexicons/not-a-list.json#/concepts: must be an array (got an object)\n');
  });

  test('a user opposition produces findings with its id', () => {
    const text = 'Claire: We hold a zorblatt meeting every morning.\nClaire: I believe in zorglub kindness, always, and I am generous.\nClaire: Honestly, we never have a zorblatt meeting.\n';
    const r = runJson([...USER, '-', '--fail-on', 'never'], { input: text });
    expect(r.status).toBe(0);
    const rules = r.report.files[0]!.findings.map((f) => f.ruleId);
    // The user's opposition joins the user's concept and a concept extended with the user's terms.
    expect(rules).toContain('meetings-vs-generosity');
    const finding = r.report.files[0]!.findings.find((f) => f.ruleId === 'meetings-vs-generosity')!;
    expect(finding.statements.flatMap((s) => s.terms.map((t) => t.text))).toContain('zorglub kindness');
  });
});

test('ajv is loaded only for user lexicons (the built-in ones are validated by tests, not at run time)', () => {
  const script = `
    import { createRequire } from 'node:module';
    const { compileLexicons } = await import('./dist/cli/lexicons.js');
    const ajvLoaded = () => Object.keys(createRequire(import.meta.url).cache).some((k) => /[\\\\/]node_modules[\\\\/]ajv[\\\\/]/.test(k));
    compileLexicons({ builtin: true, user: [] });
    const before = ajvLoaded();
    compileLexicons({ builtin: false, user: ['fixtures/lexicons/base.json'] });
    process.stdout.write(JSON.stringify([before, ajvLoaded()]));
  `;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8' });
  expect(r.stderr).toBe('');
  expect(JSON.parse(r.stdout)).toEqual([false, true]);
});
