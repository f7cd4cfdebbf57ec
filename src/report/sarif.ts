/**
 * SARIF 2.1.0 (`--format sarif`), for GitHub code scanning and other SARIF viewers.
 *
 * One result per finding: the first statement is its location, the others are relatedLocations
 * (linked from the message). One rule per opposition of the lexicon, described from the lexicon's
 * data, plus a rule per self-negated concept that occurs. URIs are relative to the working folder
 * (uriBaseId %SRCROOT%), columns count UTF-16 code units with an exclusive end, as in the JSON
 * report. partialFingerprints carry the baseline fingerprint, which survives line shifts.
 */
import { fingerprint } from '../baseline/fingerprint.js';
import type { Finding, Severity, Statement } from '../detect/types.js';
import { safeJson } from './json.js';
import { relativeUri } from './paths.js';
import type { Formatter, Report, RuleInfo } from './types.js';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };
const SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

export const sarif: Formatter = (report, context) => {
  const lang = mainLanguage(report);
  const rules = rulesFor(report);
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const results = report.files.flatMap((file) => {
    const uri = relativeUri(file.path, context.cwd);
    return file.findings.map((f) => result(f, uri, index.get(f.ruleId)!));
  });
  const notifications = report.files.flatMap((file) =>
    file.errors.map((e) => ({
      level: 'note',
      message: { text: e.message },
      locations: [{ physicalLocation: { artifactLocation: { uri: relativeUri(file.path, context.cwd), uriBaseId: '%SRCROOT%' } } }],
    })),
  );
  const log = {
    $schema: SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: report.tool.name,
            version: report.tool.version,
            semanticVersion: report.tool.version,
            informationUri: 'https://www.npmjs.com/package/dissonance',
            rules: rules.map((r) => describeRule(r, lang)),
          },
        },
        invocations: [{ executionSuccessful: true, ...(notifications.length ? { toolExecutionNotifications: notifications } : {}) }],
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return safeJson(log) + '\n';
};

function result(f: Finding, uri: string, ruleIndex: number) {
  const [first, ...others] = f.statements as [Statement, ...Statement[]];
  const links = others.map((s, i) => `[${escapeMessage(`${s.line}:${s.column}`)}](${i + 1})`).join(', ');
  return {
    ruleId: f.ruleId,
    ruleIndex,
    level: LEVEL[f.severity],
    message: { text: `${escapeMessage(f.message)}${links ? ` See ${links}.` : ''}` },
    locations: [location(first, uri)],
    relatedLocations: others.map((s, i) => ({ id: i + 1, ...location(s, uri), message: { text: describeStatement(s) } })),
    partialFingerprints: { 'dissonance/v1': fingerprint(f) },
    properties: { kind: f.kind, speaker: f.speaker, confidence: f.confidence, ...(f.moreEvidence ? { moreEvidence: f.moreEvidence } : {}) },
  };
}

function location(s: Statement, uri: string) {
  return {
    physicalLocation: {
      artifactLocation: { uri, uriBaseId: '%SRCROOT%' },
      region: { startLine: s.line, startColumn: s.column, endLine: s.endLine, endColumn: s.endColumn, snippet: { text: s.text } },
    },
  };
}

function describeStatement(s: Statement): string {
  return `${s.mode}, ${s.stance} ${s.concept}: «${s.text}»`;
}

/** SARIF messages give `[` and `]` a meaning (embedded links): literal ones are escaped. */
function escapeMessage(text: string): string {
  return text.replace(/[\\[\]]/g, '\\$&');
}

/** All oppositions, then the rules the results use that the report does not describe. */
function rulesFor(report: Report): RuleInfo[] {
  const known = new Map((report.rules ?? []).map((r) => [r.id, r]));
  const used = new Set(report.files.flatMap((f) => f.findings.map((x) => x.ruleId)));
  const rules = [...known.values()].filter((r) => r.kind === 'opposition' || used.has(r.id));
  for (const id of [...used].sort()) {
    if (!known.has(id)) rules.push({ id, kind: id.endsWith('-self-negation') ? 'self-negation' : 'opposition', concepts: [], name: { en: id }, description: {} });
  }
  return rules.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

function describeRule(r: RuleInfo, lang: 'fr' | 'en') {
  const other = lang === 'fr' ? 'en' : 'fr';
  const name = r.name[lang] ?? r.name[other] ?? r.id;
  const description = r.description[lang] ?? r.description[other] ?? name;
  return {
    id: r.id,
    name: r.id,
    shortDescription: { text: name },
    fullDescription: { text: description },
    defaultConfiguration: { level: 'warning' },
    properties: { kind: r.kind, concepts: r.concepts, ...(Object.keys(r.description).length ? { descriptions: r.description } : {}), tags: ['dissonance', r.kind] },
  };
}

/** The language most checked files are in (descriptions are written in it); English on a tie. */
function mainLanguage(report: Report): 'fr' | 'en' {
  const fr = report.files.filter((f) => f.language === 'fr').length;
  return fr > report.files.length - fr ? 'fr' : 'en';
}
