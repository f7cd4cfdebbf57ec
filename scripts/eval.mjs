#!/usr/bin/env node
// Measures dissonance against the labelled transcripts of fixtures/eval (a gold.json beside them).
//
//   npm run eval [-- --cases DIR] [--dev] [--json]
//
//   --cases DIR  folder holding gold.json and the transcripts (default fixtures/eval)
//   --dev        also run the development cases of ../shared/eval/dev when that folder exists
//   --json       print the summary as JSON instead of the human lines
//
// For each case it runs `node bin/dissonance.js <file> --format json` from the project's root and
// matches the findings of severity error or warning exactly as ../shared/eval/score.mjs does:
// a gold contradiction is found when one statement of a finding contains one of its `a` quotes and
// another statement of the same finding contains one of its `b` quotes; a finding matching nothing
// (and no `acceptable` pair) is a false positive; a second finding for an already found contradiction
// is a duplicate, not a false positive.
// Besides the overall precision/recall/F1 it gives them per kind: recall per expected kind (the case's
// `kinds`, in the order of its contradictions), precision per the kind the finding reports.
// Exit code: 0, unless a run is broken (no readable JSON report, or an exit code other than 0/1): 1.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && i + 1 < args.length ? args[i + 1] : fallback;
};
const asJson = args.includes('--json');
const folders = [resolve(opt('--cases', join(root, 'fixtures', 'eval')))];
const devDir = resolve(root, '..', 'shared', 'eval', 'dev');
if (args.includes('--dev') && existsSync(join(devDir, 'gold.json'))) folders.push(devDir);

// norm / containsAny / matchesPair mirror ../shared/eval/score.mjs (which cannot be imported: it runs on import).
const norm = (s) =>
  String(s ?? '')
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\u2019\u2018\u02bc`´]/g, "'")
    .replace(/[\s\u00a0\u202f]+/g, ' ')
    .trim();
const containsAny = (text, quotes) => quotes.some((q) => text.includes(norm(q)));
const matchesPair = (texts, pair) =>
  texts.some((ta, i) => containsAny(ta, pair.a) && texts.some((tb, j) => j !== i && containsAny(tb, pair.b)));

const totals = { tp: 0, fn: 0, fp: 0, dup: 0, broken: 0, cases: 0 };
const perKind = {}; // kind -> { gold, found, tp, fp }  (gold/found: expected kind; tp/fp: reported kind)
const kindRow = (k) => (perKind[k ?? 'unlabelled'] ??= { gold: 0, found: 0, tp: 0, fp: 0 });
const rows = [];
const log = (line) => { if (!asJson) console.log(line); };

for (const dir of folders) {
  const gold = JSON.parse(readFileSync(join(dir, 'gold.json'), 'utf8'));
  for (const c of gold.cases) {
    totals.cases++;
    const file = join(dir, c.file);
    const name = relative(root, file);
    const expected = c.contradictions.map((_, k) => c.kinds?.[k]);
    expected.forEach((k) => kindRow(k).gold++);
    const run = spawnSync(process.execPath, ['bin/dissonance.js', file, '--format', 'json'], {
      cwd: root, encoding: 'utf8', timeout: 30_000, maxBuffer: 64 * 1024 * 1024,
      env: { ...process.env, NO_COLOR: '1', CI: 'true' },
    });
    let report = null;
    try { report = JSON.parse(run.stdout); } catch { /* broken below */ }
    const fileReport = report?.files?.[0];
    if (!fileReport || ![0, 1].includes(run.status)) {
      totals.broken++;
      totals.fn += c.contradictions.length;
      const why = (run.error?.message ?? (run.stderr || run.stdout || '').trim().split('\n').slice(-1)[0] ?? '').slice(0, 160);
      rows.push({ file: name, broken: true, status: run.status, why });
      log(`${name.padEnd(52)} BROKEN exit=${run.status} ${why.slice(0, 120)}`);
      continue;
    }
    const findings = (fileReport.findings ?? []).filter((f) => f.severity === 'error' || f.severity === 'warning');
    const found = new Set();
    const falsePositives = [], kindMismatches = [];
    let caseFp = 0, caseDup = 0;
    for (const f of findings) {
      const texts = (f.statements ?? []).map((s) => norm(s.text));
      const hits = c.contradictions.map((g, k) => (matchesPair(texts, g) ? k : -1)).filter((k) => k >= 0);
      if (hits.length) {
        const fresh = hits.filter((k) => !found.has(k));
        if (fresh.length === 0) caseDup++;
        for (const k of fresh) {
          found.add(k);
          kindRow(expected[k]).found++;
          kindRow(f.kind).tp++;
          if (expected[k] && f.kind !== expected[k]) kindMismatches.push(`#${k + 1} ${f.kind} (expected ${expected[k]})`);
        }
      } else if (!(c.acceptable ?? []).some((p) => matchesPair(texts, p))) {
        caseFp++;
        kindRow(f.kind).fp++;
        falsePositives.push(`[${f.kind}] ` + (f.statements ?? []).map((s) => s.text).join(' <> ').slice(0, 200));
      }
    }
    totals.tp += found.size; totals.fn += c.contradictions.length - found.size; totals.fp += caseFp; totals.dup += caseDup;
    rows.push({ file: name, gold: c.contradictions.length, found: found.size, fp: caseFp, dup: caseDup, falsePositives, kindMismatches });
    const mark = found.size === c.contradictions.length && caseFp === 0 ? 'ok  ' : 'MISS';
    log(`${name.padEnd(52)} ${mark} found ${found.size}/${c.contradictions.length}  false+ ${caseFp}  dup ${caseDup}` +
      (kindMismatches.length ? `  kind: ${kindMismatches.join(', ')}` : ''));
    for (const t of falsePositives) log(`    false+: ${t}`);
  }
}

const prf = (tp, fp, fn) => {
  const precision = tp + fp === 0 ? (tp + fn === 0 ? 1 : 0) : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
};
const overall = { ...totals, gold: totals.tp + totals.fn, ...prf(totals.tp, totals.fp, totals.fn) };
const kinds = Object.fromEntries(Object.entries(perKind).sort().map(([k, r]) => {
  const precision = r.tp + r.fp === 0 ? null : r.tp / (r.tp + r.fp);
  const recall = r.gold === 0 ? null : r.found / r.gold;
  const f1 = precision && recall ? (2 * precision * recall) / (precision + recall) : precision === null || recall === null ? null : 0;
  return [k, { ...r, precision, recall, f1 }];
}));

if (asJson) {
  console.log(JSON.stringify({ summary: overall, kinds, rows }, null, 2));
} else {
  const f = (x) => (x === null ? '  -  ' : x.toFixed(3));
  console.log('');
  for (const [k, r] of Object.entries(kinds)) {
    console.log(`${k.padEnd(20)} precision ${f(r.precision)} (${r.tp}/${r.tp + r.fp})  recall ${f(r.recall)} (${r.found}/${r.gold})  F1 ${f(r.f1)}`);
  }
  console.log(
    `F1 ${overall.f1.toFixed(3)} (precision ${overall.precision.toFixed(3)}, recall ${overall.recall.toFixed(3)}; ` +
      `found ${overall.tp}/${overall.gold}, false+ ${overall.fp}, duplicates ${overall.dup}, broken runs ${overall.broken}, cases ${overall.cases})`,
  );
}
process.exit(totals.broken > 0 ? 1 : 0);
