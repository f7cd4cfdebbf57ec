/**
 * The default command: options (flags over configuration), inputs, check each, hide what the
 * transcript's comments and the baseline say is known, print the report, set the exit code.
 */
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { check, type FileResult } from '../check.js';
import { atLeast, exitCode } from './exit-code.js';
import { expandPaths, readInput, type Input } from './inputs.js';
import { compileLexicons } from './lexicons.js';
import { useColor } from './color.js';
import { loadFormatter, MACHINE_FORMATS } from '../report/index.js';
import { sanitizeLine } from '../report/sanitize.js';
import { decode } from '../read/decode.js';
import { InputError } from '../read/errors.js';
import type { CheckFlags } from './program.js';
import { VERSION } from '../version.js';
import { UsageError } from './errors.js';
import type { CompiledLexicon } from '../lexicon/compile.js';
import { applySuppressions } from '../suppress/comments.js';
import { ignoreMatcher } from './ignore.js';
import { loadConfig, printableConfig, resolveOptions, type RunOptions } from './options.js';
import { describeRules } from './rules.js';

export async function runCheck(paths: string[], flags: CheckFlags, cmd: Command): Promise<void> {
  const cwd = process.cwd();
  const options = resolveOptions(flags, cmd, loadConfig(flags, cwd), cwd);
  if (flags.printConfig) {
    process.stdout.write(printableConfig(options, cwd));
    return;
  }
  if (paths.length === 0) {
    if (process.stdin.isTTY) {
      // Never wait for typing: show how to use the tool instead.
      process.stderr.write(cmd.helpInformation());
      process.exitCode = 2;
      return;
    }
    paths = ['-'];
  }
  const formatter = await loadFormatter(options.format);
  if (!formatter) throw new UsageError(`unknown format "${options.format}"`);
  const lexicon = compileLexicons({ builtin: options.builtinLexicons, user: options.lexicons });
  // Updating a baseline in place (--baseline F --write-baseline F) may start without one.
  const rewriting = flags.baseline !== undefined && flags.writeBaseline !== undefined && resolve(cwd, flags.baseline) === resolve(cwd, flags.writeBaseline);
  // Baseline code (and node:crypto) is loaded only when a baseline is used.
  const baselines = flags.baseline !== undefined || flags.writeBaseline !== undefined ? await loadBaselineCode() : null;
  const baseline = flags.baseline !== undefined ? baselines!.readBaseline(flags.baseline, cwd, rewriting) : null;

  const { inputs: found, problems } = expandPaths(paths, flags.stdinFilename ?? '<stdin>');
  const ignored = ignoreMatcher(options.ignore, options.ignoreBase);
  const inputs = found.filter((i) => i.path === null || !ignored(i.path));

  const spinner = await maybeSpinner(options.format, inputs.length);
  let files: FileResult[] = [];
  let inputProblems = problems.length;
  let byComments = 0;
  for (const p of problems) process.stderr.write(`${sanitizeLine(p.display)}: ${p.message}\n`);
  for (const input of inputs) {
    if (spinner) spinner.text = `checking ${sanitizeLine(input.display)}`;
    const result = checkInput(input, lexicon, options, flags);
    if ('error' in result) {
      inputProblems++;
      spinner?.clear();
      process.stderr.write(`${sanitizeLine(input.display)}: ${sanitizeLine(result.error)}\n`);
    } else {
      byComments += result.suppressed;
      files.push(result.file);
    }
  }
  spinner?.stop();

  let byBaseline = 0;
  if (flags.writeBaseline !== undefined && inputProblems > 0) {
    // A baseline without the files that could not be read would forget their known findings.
    process.stderr.write(`dissonance: baseline not written: ${inputProblems} input${inputProblems === 1 ? '' : 's'} could not be checked\n`);
  } else if (flags.writeBaseline !== undefined) {
    const keyOf = baselines!.baselineKeyOf(flags.writeBaseline, cwd);
    const written = baselines!.createBaseline(files, keyOf);
    baselines!.writeBaseline(flags.writeBaseline, cwd, written);
    const n = written.findings.reduce((sum, e) => sum + e.count, 0);
    process.stderr.write(`dissonance: recorded ${n} finding${n === 1 ? '' : 's'} in ${sanitizeLine(flags.writeBaseline)}\n`);
    ({ files, suppressed: byBaseline } = baselines!.applyBaseline(files, written, keyOf));
  } else if (baseline) {
    ({ files, suppressed: byBaseline } = baselines!.applyBaseline(files, baseline, baselines!.baselineKeyOf(flags.baseline!, cwd)));
  }

  const shown = files.map((f) => ({ ...f, findings: f.findings.filter((x) => atLeast(x.severity, options.minSeverity)) }));
  const color = !MACHINE_FORMATS.has(options.format) && useColor(flags, process.env, process.stdout.isTTY === true);
  const report = {
    tool: { name: 'dissonance', version: VERSION },
    files: shown,
    rules: describeRules(lexicon),
    suppressed: { baseline: byBaseline, comments: byComments },
  };
  process.stdout.write(formatter(report, { color, explain: flags.explain === true, cwd }));
  process.exitCode = exitCode(files, options.failOn, inputProblems);
}

type Checked = { file: FileResult; suppressed: number } | { error: string };

function checkInput(input: Input, lexicon: CompiledLexicon, options: RunOptions, flags: CheckFlags): Checked {
  let bytes: Uint8Array | null;
  try {
    bytes = readInput(input);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder' : code === 'EACCES' ? 'permission denied' : code ?? (err as Error).message;
    return { error: `cannot read: ${why}` };
  }
  try {
    const decoded = decode(bytes);
    // The file's bytes are not needed once decoded: let them go before the check (50 MB for a 50 MB file).
    bytes = null;
    const result = check(decoded.text, {
      lexicon,
      path: input.display,
      language: options.lang,
      explain: flags.explain === true,
    });
    result.errors.unshift(...decoded.notes.map((message) => ({ message })));
    // Suppression comments are read here, from the decoded text whose lines the findings point to,
    // so that check() stays a function of the text and the lexicon only.
    const { findings, suppressed } = applySuppressions(result.findings, decoded.text);
    return { file: { ...result, findings }, suppressed };
  } catch (err) {
    if (err instanceof InputError) return { error: err.message };
    throw err;
  }
}

/** ora only on an interactive stderr, never in CI, never with a machine format; loaded lazily. */
async function maybeSpinner(format: string, count: number) {
  if (!process.stderr.isTTY || process.env.CI || MACHINE_FORMATS.has(format) || count < 2) return null;
  const { default: ora } = await import('ora');
  return ora({ stream: process.stderr, text: 'checking' }).start();
}

async function loadBaselineCode() {
  const [core, file] = await Promise.all([import('../baseline/baseline.js'), import('./baseline-file.js')]);
  return { ...core, ...file };
}
