#!/usr/bin/env node
// Performance of dissonance, measured side by side in one run (npm run bench; build first).
//
//   npm run bench [-- --sizes 0.5,5,50] [--runs 5] [--lexicon FILE] [--markdown]
//
//   --sizes    transcript sizes in MB (default 0.5,5,50); each is generated (French interviews,
//              plus at the middle size an English interview and a French talk in Markdown, one
//              speaker in long sections) under $TMPDIR/dissonance-bench
//   --runs     runs per measure (medians are reported; default 5, 3 above 20 MB)
//   --lexicon  use only this lexicon (--no-builtin-lexicons --lexicon FILE), for trials while the
//              built-in lexicons are being written
//   --markdown also print the results as the Markdown table of docs/performance.md
//
// What it prints:
//   start-up   the CLI on a small transcript vs `node -e 0` (wall clock, medians)
//   per size   the CLI end to end (wall clock, peak RSS of the child), the kernel in-process
//              (decode + check + JSON report, after a warm-up), and a bare /[\p{L}\p{M}]+/gu word
//              scan of the same text in the same process: the ratios are against that scan (the
//              kernel's is the median of scan/kernel pairs timed back to back).
//   growth     time at 10x the input divided by time at x: from the rows above (timed minutes
//              apart), and interleaved (the two sizes one right after the other, median of the
//              pairs' ratios), which a drifting machine speed does not skew.
// Exit code 0; targets that are missed are marked MISS (the numbers are the point, not a verdict).
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync, existsSync, statSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { generateTalk, generateTranscript } from './transcript-gen.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && i + 1 < args.length ? args[i + 1] : fallback;
};
const sizes = opt('--sizes', '0.5,5,50').split(',').map(Number);
const runsOpt = opt('--runs', null);
const userLexicon = opt('--lexicon', null);
const lexArgs = userLexicon ? ['--no-builtin-lexicons', '--lexicon', resolve(userLexicon)] : [];
const bin = join(root, 'bin', 'dissonance.js');
if (!existsSync(join(root, 'dist', 'index.js'))) {
  console.error('bench: dist/ is missing, run `npm run build` first');
  process.exit(2);
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const ms = (x) => `${x.toFixed(x < 10 ? 1 : 0)} ms`;
const now = () => Number(process.hrtime.bigint()) / 1e6;

// --- machine --------------------------------------------------------------------------------
const cpu = cpus();
const machine = {
  cpu: cpu[0]?.model?.trim() ?? 'unknown',
  cores: cpu.length,
  memory: `${(totalmem() / 2 ** 30).toFixed(1)} GiB`,
  node: process.version,
  date: new Date().toISOString().slice(0, 10),
  lexicons: userLexicon ? `user lexicon ${userLexicon} only` : 'built-in',
};
console.log(`machine   ${machine.cpu}, ${machine.cores} cores, ${machine.memory}, Node ${machine.node}, ${machine.date}, lexicons: ${machine.lexicons}`);

const dir = join(tmpdir(), 'dissonance-bench');
mkdirSync(dir, { recursive: true });
function transcript(mb, lang, kind = 'interview') {
  const file = join(dir, kind === 'talk' ? `${lang}-talk-${mb}mb.md` : `${lang}-${mb}mb.txt`);
  const generate = kind === 'talk' ? generateTalk : generateTranscript;
  if (!existsSync(file) || statSync(file).size < mb * 1e6) writeFileSync(file, generate({ bytes: mb * 1e6, lang, seed: 7 }));
  return file;
}

// --- child processes --------------------------------------------------------------------------
// Peak RSS of the child, reported by the child itself on exit (no /usr/bin/time needed).
const RSS_HOOK =
  'data:text/javascript,' +
  encodeURIComponent("import{writeSync}from'node:fs';process.on('exit',()=>{writeSync(2,'\\nBENCH_MAXRSS '+process.resourceUsage().maxRSS+'\\n')})");

function timeChild(argv, { rss = false } = {}) {
  const full = rss ? ['--import', RSS_HOOK, ...argv] : argv;
  const t0 = now();
  const r = spawnSync(process.execPath, full, { cwd: root, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', CI: '1' } });
  const wall = now() - t0;
  if (r.status !== 0 && r.status !== 1) throw new Error(`bench: ${argv.join(' ')} exited ${r.status}: ${r.stderr.slice(0, 500)}`);
  const m = /BENCH_MAXRSS (\d+)/.exec(r.stderr ?? '');
  return { wall, maxRssMiB: m ? Number(m[1]) / 1024 : NaN };
}
const cliArgs = (file) => [bin, file, '--format', 'json', '--fail-on', 'never', ...lexArgs];

// --- in-process kernel ------------------------------------------------------------------------
// The kernel runs here with the heap setting the CLI makes (src/cli/heap.ts), as it runs there.
await import(pathToFileURL(join(root, 'dist', 'cli', 'heap.js')).href);
const lib = await import(pathToFileURL(join(root, 'dist', 'index.js')).href);
const { CompiledLexicon, loadLexiconFile, builtinLexiconPaths, decode, check, loadFormatter } = lib;
const json = await loadFormatter('json');
const lexicon = CompiledLexicon.compile(
  userLexicon ? [loadLexiconFile(resolve(userLexicon))] : builtinLexiconPaths().map((p) => loadLexiconFile(p)),
);

const WORD = /[\p{L}\p{M}]+/gu;
function regexScan(text) {
  let n = 0;
  WORD.lastIndex = 0;
  while (WORD.exec(text) !== null) n++;
  return n;
}
function kernel(bytes, path) {
  const { text } = decode(bytes);
  const result = check(text, { lexicon, path });
  const out = json({ tool: { name: 'dissonance', version: '0' }, files: [result] }, { color: false, explain: false, cwd: root });
  return { findings: result.findings.length, speakers: result.speakers.length, qaPairs: result.qaPairs, out: out.length };
}

// --- start-up ---------------------------------------------------------------------------------
const small = join(dir, 'small.txt');
writeFileSync(small, generateTranscript({ bytes: 2000, lang: 'fr', seed: 3 }));
const startRuns = Number(runsOpt ?? 15);
for (let i = 0; i < 3; i++) {
  timeChild(['-e', '0']);
  timeChild(cliArgs(small));
}
// Interleaved, so that load from other work on the machine falls on both alike.
const nodeE0Runs = [];
const startupRuns = [];
for (let i = 0; i < startRuns; i++) {
  nodeE0Runs.push(timeChild(['-e', '0']).wall);
  startupRuns.push(timeChild(cliArgs(small)).wall);
}
const nodeE0 = median(nodeE0Runs);
const startup = median(startupRuns);
console.log(`start-up  CLI on a ${(statSync(small).size / 1000).toFixed(1)} KB transcript ${ms(startup)}, node -e 0 ${ms(nodeE0)}: ${(startup / nodeE0).toFixed(2)}x (target <= 2.5x)`);

// --- sizes ------------------------------------------------------------------------------------
const rows = [];
const plan = sizes.map((mb) => ({ mb, lang: 'fr', kind: 'interview' }));
const mid = sizes[Math.floor(sizes.length / 2)];
// At the middle size, also English, and a talk (one speaker, sections of 60-240 sentences).
if (mid !== undefined) plan.splice(Math.floor(sizes.length / 2) + 1, 0, { mb: mid, lang: 'en', kind: 'interview' }, { mb: mid, lang: 'fr', kind: 'talk' });
for (const { mb, lang, kind } of plan) {
  const file = transcript(mb, lang, kind);
  const bytes = readFileSync(file);
  const MB = bytes.length / 1e6;
  const runs = Number(runsOpt ?? (mb > 20 ? 3 : 5));
  const text = bytes.toString('utf8');
  // The scan and the kernel one right after the other, run after run: the ratio is the median of
  // the pairs' ratios, which the machine's drifting speed does not skew as it skewed two medians
  // taken seconds apart (the scan of the same 5 MB measured 95 to 149 ms from run to run).
  regexScan(text);
  const info = kernel(bytes, file);
  const scans = [];
  const kernels = [];
  const ratios = [];
  for (let i = 0; i < runs; i++) {
    const t0 = now();
    regexScan(text);
    const t1 = now();
    kernel(bytes, file);
    const t2 = now();
    scans.push(t1 - t0);
    kernels.push(t2 - t1);
    ratios.push((t2 - t1) / (t1 - t0));
  }
  const scan = median(scans);
  const inproc = median(kernels);
  const paired = median(ratios);
  const cli = [];
  for (let i = 0; i < runs; i++) cli.push(timeChild(cliArgs(file), { rss: true }));
  const cliWall = median(cli.map((c) => c.wall));
  const rss = Math.max(...cli.map((c) => c.maxRssMiB));
  const row = { mb, lang, kind, MB, scan, inproc, paired, cliWall, rss, ...info };
  rows.push(row);
  console.log(
    `${lang}${kind === 'talk' ? ' talk' : ''} ${String(mb).padStart(4)} MB  scan ${ms(scan)} | kernel ${ms(inproc)} = ${paired.toFixed(2)}x scan (median of ${runs} pairs), ${(MB / (inproc / 1000)).toFixed(1)} MB/s | CLI ${ms(cliWall)} = ${(cliWall / scan).toFixed(2)}x scan, ${(MB / (cliWall / 1000)).toFixed(1)} MB/s | peak RSS ${rss.toFixed(0)} MiB | ${info.speakers} speakers, ${info.qaPairs} Q/A, ${info.findings} findings`,
  );
}

// --- growth and targets -----------------------------------------------------------------------
const verdict = (ok) => (ok ? 'ok' : 'MISS');
// The sizes above are timed one after the other, minutes apart, and this machine's speed drifts by
// a third from one quarter hour to the next (a shared VM): two sizes can fall on a fast and a slow
// stretch. So growth is also measured interleaved: the kernel on the smaller and on the larger
// transcript, one right after the other, several times; the ratio is the median of the pairs'.
function interleavedGrowth(a, b) {
  const fileA = transcript(a.mb, 'fr');
  const fileB = transcript(b.mb, 'fr');
  const bytesA = readFileSync(fileA);
  const bytesB = readFileSync(fileB);
  const pairs = Number(runsOpt ?? (b.mb > 20 ? 3 : 5));
  const ratios = [];
  for (let i = 0; i < pairs; i++) {
    const t0 = now();
    kernel(bytesA, fileA);
    const t1 = now();
    kernel(bytesB, fileB);
    ratios.push((now() - t1) / (t1 - t0));
  }
  return { ratio: median(ratios), pairs };
}
const fr = rows.filter((r) => r.lang === 'fr' && r.kind === 'interview');
const growth = [];
for (let i = 1; i < fr.length; i++) {
  const a = fr[i - 1];
  const b = fr[i];
  const inter = interleavedGrowth(a, b);
  growth.push({ from: a.mb, to: b.mb, input: b.MB / a.MB, kernel: b.inproc / a.inproc, interleaved: inter.ratio, pairs: inter.pairs, cli: b.cliWall / a.cliWall });
  console.log(
    `growth    ${a.mb} -> ${b.mb} MB (x${(b.MB / a.MB).toFixed(1)} input): kernel x${(b.inproc / a.inproc).toFixed(2)} in sequence, x${inter.ratio.toFixed(2)} interleaved (median of ${inter.pairs} pairs) ${verdict(inter.ratio <= 12)}; CLI x${(b.cliWall / a.cliWall).toFixed(2)} (target <= 12x per 10x)`,
  );
}
const five = fr.find((r) => r.mb === 5);
if (five) {
  console.log(`targets   5 MB kernel ${five.paired.toFixed(2)}x scan ${verdict(five.paired <= 4)}; CLI ${(five.cliWall / five.scan).toFixed(2)}x scan ${verdict(five.cliWall / five.scan <= 4)}; peak RSS ${five.rss.toFixed(0)} MiB ${verdict(five.rss <= 300)}; start-up ${(startup / nodeE0).toFixed(2)}x ${verdict(startup / nodeE0 <= 2.5)}`);
}

if (args.includes('--markdown')) {
  const lines = [];
  lines.push(`Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memory} RAM, Node ${machine.node}, ${machine.date}; lexicons: ${machine.lexicons}.`, '');
  lines.push(`Start-up on a ${(statSync(small).size / 1000).toFixed(1)} KB transcript: ${ms(startup)} against ${ms(nodeE0)} for \`node -e 0\` (${(startup / nodeE0).toFixed(2)}x).`, '');
  lines.push('| transcript | word scan | kernel | kernel / scan | kernel MB/s | CLI end to end | CLI / scan | CLI MB/s | peak RSS | speakers | Q/A | findings |');
  lines.push('|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|');
  for (const r of rows) {
    lines.push(
      `| ${r.lang}${r.kind === 'talk' ? ' talk' : ''} ${r.MB.toFixed(2)} MB | ${ms(r.scan)} | ${ms(r.inproc)} | ${r.paired.toFixed(2)}x | ${(r.MB / (r.inproc / 1000)).toFixed(1)} | ${ms(r.cliWall)} | ${(r.cliWall / r.scan).toFixed(2)}x | ${(r.MB / (r.cliWall / 1000)).toFixed(1)} | ${r.rss.toFixed(0)} MiB | ${r.speakers} | ${r.qaPairs} | ${r.findings} |`,
    );
  }
  lines.push('');
  for (const g of growth) lines.push(`Growth ${g.from} -> ${g.to} MB (x${g.input.toFixed(1)} input): kernel x${g.kernel.toFixed(2)} in sequence, x${g.interleaved.toFixed(2)} interleaved (median of ${g.pairs} pairs), CLI x${g.cli.toFixed(2)}.`);
  console.log('\n' + lines.join('\n'));
}
