/**
 * Configuration: .dissonancerc.json found upward, --config, --print-config, flags over
 * configuration, ignore globs, and one-line errors with the file and the JSON pointer.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from '../src/config/load.js';
import { configSchema } from '../src/config/schema.js';
import { FORMAT_NAMES } from '../src/report/index.js';
import { ROOT, run } from './helpers/exec.js';

const DEEP = join(ROOT, 'fixtures/ci/config/sub/deeper');
const BAD = join(ROOT, 'fixtures/ci/config-bad');

describe('.dissonancerc.json found upward', () => {
  it('applies format, failOn, lexicons (relative to the file) and ignore', () => {
    const r = run(['.'], { cwd: DEEP });
    expect(r.status).toBe(0); // failOn: never
    const report = JSON.parse(r.stdout); // format: json
    // drafts/ is ignored; the team lexicon's opposition is found.
    expect(report.files.map((f: { path: string }) => f.path)).toEqual(['interview.txt']);
    expect(report.files[0].findings.map((f: { ruleId: string }) => f.ruleId)).toContain('remote-vs-office');
  });

  it('lets command-line flags win', () => {
    const r = run(['.', '--fail-on', 'warning', '--format', 'stylish'], { cwd: DEEP });
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('remote-vs-office');
    expect(r.stdout).not.toMatch(/^\{/);
  });

  it('--print-config shows what is in effect', () => {
    const r = run(['--print-config', '--min-severity', 'warning'], { cwd: DEEP });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({
      configFile: '../../.dissonancerc.json',
      format: 'json',
      language: 'auto',
      failOn: 'never',
      minSeverity: 'warning',
      builtinLexicons: true,
      lexicons: ['../../.dissonance/team-lexicon.json'],
      ignore: ['drafts/'],
      ignoreBase: '../..',
    });
  });

  it('--config names the file to use instead', () => {
    const r = run(['--config', 'fixtures/ci/config/.dissonancerc.json', 'fixtures/ci/many/panel-fr.txt']);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).summary.findings).toBe(1);
  });
});

describe('a configuration that cannot be used', () => {
  it('exits 2 with the file and the JSON pointer in one line', () => {
    const r = run(['x.txt'], { cwd: BAD });
    expect(r).toMatchObject({ status: 2, stdout: '', stderr: 'dissonance: .dissonancerc.json#/failOn: must be one of "error", "warning", "info", "never" (got "sometimes")\n' });
  });

  it('is reported even by --print-config', () => {
    expect(run(['--print-config'], { cwd: BAD }).status).toBe(2);
  });

  it('a --config file that does not exist', () => {
    const r = run(['--config', 'nope.json', 'fixtures/ci/many/clean.txt']);
    expect(r).toMatchObject({ status: 2, stderr: 'dissonance: nope.json: cannot read configuration: no such file\n' });
  });

  const formats = [...FORMAT_NAMES];
  const problem = (text: string) => {
    try {
      parseConfig(text, 'rc.json', formats);
    } catch (err) {
      if (err instanceof ConfigError) return err.toString();
      throw err;
    }
    return 'valid';
  };
  const rows: Array<[string, string]> = [
    ['{}', 'valid'],
    ['{"$schema": "x", "lexicons": ["a.json"], "builtinLexicons": false, "language": "fr", "failOn": "error", "minSeverity": "warning", "ignore": ["drafts/"], "format": "sarif"}', 'valid'],
    ['[]', 'rc.json: the configuration must be an object (got an array)'],
    ['{"failon": "error"}', 'rc.json#/failon: unknown property "failon" (allowed: lexicons, builtinLexicons, language, failOn, minSeverity, ignore, format)'],
    ['{"format": "xml"}', `rc.json#/format: must be one of ${formats.map((f) => `"${f}"`).join(', ')} (got "xml")`],
    ['{"lexicons": "a.json"}', 'rc.json#/lexicons: must be an array (got "a.json")'],
    ['{"ignore": ["ok", 3]}', 'rc.json#/ignore/1: must be a string (got 3)'],
    ['{"ignore": [""]}', 'rc.json#/ignore/0: must not be empty'],
    // The rest of the sentence is V8's.
    ['{\n  "failOn": "error",\n}', 'rc.json:3:1: invalid JSON: '],
  ];
  it.each(rows)('%s', (text, expected) => expect(problem(text).slice(0, expected.length)).toBe(expected));
});

describe('docs/dissonancerc.schema.json', () => {
  it('is the schema the tool validates with', () => {
    const doc = JSON.parse(readFileSync(join(ROOT, 'docs/dissonancerc.schema.json'), 'utf8'));
    expect(doc).toEqual(configSchema([...FORMAT_NAMES]));
  });
});
