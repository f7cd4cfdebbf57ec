/**
 * SARIF 2.1.0, validated against the official schema that @microsoft/jest-sarif ships (a draft-04
 * JSON Schema, so ajv-draft-04), on the output of the built CLI.
 */
import { createRequire } from 'node:module';
import { readdirSync, readFileSync } from 'node:fs';
import Ajv04 from 'ajv-draft-04';
import { describe, expect, it } from 'vitest';
import { run } from './helpers/exec.js';

const require = createRequire(import.meta.url);
const schema = JSON.parse(readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8')) as object;

/** RFC 3986 characters only, every % followed by two hex digits. */
const URI_CHARS = /^(?:[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=]|%[0-9A-Fa-f]{2})*$/;

function validator() {
  const ajv = new Ajv04({ allErrors: true, strict: false, unicodeRegExp: false }) // the schema's language pattern is not valid with the u flag;
  ajv.addFormat('uri', (s: string) => URI_CHARS.test(s) && /^[A-Za-z][A-Za-z0-9+.-]*:/.test(s));
  ajv.addFormat('uri-reference', (s: string) => URI_CHARS.test(s));
  ajv.addFormat('date-time', (s: string) => /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/i.test(s));
  return ajv.compile(schema);
}

interface SarifLog {
  $schema: string;
  version: string;
  runs: Array<{
    tool: { driver: { name: string; rules: Array<{ id: string; shortDescription: { text: string }; fullDescription: { text: string } }> } };
    columnKind: string;
    results: Array<{
      ruleId: string;
      ruleIndex: number;
      level: string;
      message: { text: string };
      locations: Array<{ physicalLocation: { artifactLocation: { uri: string; uriBaseId: string }; region: { startLine: number; startColumn: number; endLine: number; endColumn: number } } }>;
      relatedLocations: Array<{ id: number; message: { text: string }; physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }>;
      partialFingerprints: Record<string, string>;
    }>;
  }>;
}

describe('dissonance --format sarif', () => {
  const r = run(['fixtures/ci/many', 'fixtures/ci/inject/escapes.txt', '--format', 'sarif']);
  const log = JSON.parse(r.stdout) as SarifLog;
  const results = log.runs[0]!.results;

  it('is valid against the official SARIF 2.1.0 schema', () => {
    const validate = validator();
    const ok = validate(log);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
    expect(log.version).toBe('2.1.0');
    expect(r.status).toBe(1);
    // The schema does bite: a result without a message is refused.
    const broken = structuredClone(log) as unknown as { runs: Array<{ results: Array<Record<string, unknown>> }> };
    delete broken.runs[0]!.results[0]!.message;
    expect(validate(broken)).toBe(false);
  });

  it('has one result per finding, the first statement as location, the others as relatedLocations', () => {
    const json = JSON.parse(run(['fixtures/ci/many', 'fixtures/ci/inject/escapes.txt', '--format', 'json']).stdout) as { files: Array<{ path: string; findings: Array<{ ruleId: string; statements: Array<{ line: number; column: number; endLine: number; endColumn: number }> }> }> };
    const findings = json.files.flatMap((f) => f.findings.map((x) => ({ path: f.path, ...x })));
    expect(results).toHaveLength(findings.length);
    expect(results.length).toBeGreaterThanOrEqual(4);
    results.forEach((res, i) => {
      const f = findings[i]!;
      const [first, second] = f.statements;
      expect(res.ruleId).toBe(f.ruleId);
      expect(res.locations[0]!.physicalLocation.artifactLocation.uri).toBe(f.path);
      expect(res.locations[0]!.physicalLocation.region).toEqual({ startLine: first!.line, startColumn: first!.column, endLine: first!.endLine, endColumn: first!.endColumn, snippet: expect.anything() });
      expect(res.relatedLocations).toHaveLength(1);
      expect(res.relatedLocations[0]!.physicalLocation.region.startLine).toBe(second!.line);
      // The message links to its related location.
      expect(res.message.text).toContain(`](${res.relatedLocations[0]!.id})`);
      expect(Object.values(res.partialFingerprints)[0]).toMatch(/^[0-9a-f]{32}$/);
    });
  });

  it('uses relative URIs under %SRCROOT% and UTF-16 columns', () => {
    expect(log.runs[0]!.columnKind).toBe('utf16CodeUnits');
    const uris = results.map((x) => x.locations[0]!.physicalLocation.artifactLocation);
    expect(uris.map((u) => u.uri)).toContain('fixtures/ci/many/talk-en.md');
    expect(uris.map((u) => u.uri)).toContain('fixtures/ci/many/nested/atelier.md');
    for (const u of uris) {
      expect(u.uriBaseId).toBe('%SRCROOT%');
      expect(u.uri).not.toMatch(/^(\/|file:)/);
    }
  });

  it('describes one rule per opposition from the lexicon, and the self-negations that occur', () => {
    const rules = log.runs[0]!.tool.driver.rules;
    const ids = rules.map((x) => x.id);
    const expected = readdirSync(new URL('../lexicons/', import.meta.url))
      .filter((f) => f.endsWith('.json') && f !== 'schema.json')
      .flatMap((f) => (JSON.parse(readFileSync(new URL(`../lexicons/${f}`, import.meta.url), 'utf8')) as { oppositions?: Array<{ id: string }> }).oppositions ?? [])
      .map((o) => o.id);
    expect(expected.length).toBeGreaterThan(0);
    for (const id of expected) expect(ids).toContain(id);
    expect(ids).toContain('selling-self-negation');
    for (const res of results) expect(rules[res.ruleIndex]!.id).toBe(res.ruleId);
    const rule = rules.find((x) => x.id === 'self-interest-vs-generosity')!;
    expect(rule.fullDescription.text.length).toBeGreaterThan(10);
    expect(rule.shortDescription.text).toContain('↔');
  });

  it('levels follow severities', () => {
    for (const res of results) expect(['error', 'warning', 'note']).toContain(res.level);
  });

  it('is valid with no finding at all', () => {
    const empty = run(['fixtures/ci/many/clean.txt', '--format', 'sarif']);
    expect(empty.status).toBe(0);
    const validate = validator();
    expect(validate(JSON.parse(empty.stdout))).toBe(true);
  });
});
