/** The default command: read the inputs, check each, print the report, set the exit code. */
import type { Command } from 'commander';
import { check, type FileResult } from '../check.js';
import { atLeast, exitCode } from './exit-code.js';
import { expandPaths, readInput, type Input } from './inputs.js';
import { compileLexicons } from './lexicons.js';
import { useColor } from './color.js';
import { FORMATTERS, MACHINE_FORMATS } from '../report/index.js';
import { decode } from '../read/decode.js';
import { InputError } from '../read/errors.js';
import type { CheckFlags } from './program.js';
import { VERSION } from '../version.js';
import { UsageError } from './errors.js';
import type { CompiledLexicon } from '../lexicon/compile.js';

export async function runCheck(paths: string[], flags: CheckFlags, cmd: Command): Promise<void> {
  if (paths.length === 0) {
    if (process.stdin.isTTY) {
      // Never wait for typing: show how to use the tool instead.
      process.stderr.write(cmd.helpInformation());
      process.exitCode = 2;
      return;
    }
    paths = ['-'];
  }
  const lexicon = compileLexicons({ builtin: flags.builtinLexicons, user: flags.lexicon });
  const stdinName = flags.stdinFilename ?? '<stdin>';
  const { inputs, problems } = expandPaths(paths, stdinName);
  const formatter = FORMATTERS[flags.format];
  if (!formatter) throw new UsageError(`unknown format "${flags.format}"`);

  const spinner = await maybeSpinner(flags.format, inputs.length);
  const files: FileResult[] = [];
  let inputProblems = problems.length;
  for (const p of problems) process.stderr.write(`${p.display}: ${p.message}\n`);
  for (const input of inputs) {
    if (spinner) spinner.text = `checking ${input.display}`;
    const result = checkInput(input, lexicon, flags);
    if ('error' in result) {
      inputProblems++;
      spinner?.clear();
      process.stderr.write(`${input.display}: ${result.error}\n`);
    } else files.push(result);
  }
  spinner?.stop();

  const shown = files.map((f) => ({ ...f, findings: f.findings.filter((x) => atLeast(x.severity, flags.minSeverity)) }));
  const color = !MACHINE_FORMATS.has(flags.format) && useColor(flags, process.env, process.stdout.isTTY === true);
  const text = formatter({ tool: { name: 'dissonance', version: VERSION }, files: shown }, { color, explain: flags.explain === true, cwd: process.cwd() });
  process.stdout.write(text);
  process.exitCode = exitCode(files, flags.failOn, inputProblems);
}

function checkInput(input: Input, lexicon: CompiledLexicon, flags: CheckFlags): FileResult | { error: string } {
  let bytes: Uint8Array;
  try {
    bytes = readInput(input);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder' : code === 'EACCES' ? 'permission denied' : code ?? (err as Error).message;
    return { error: `cannot read: ${why}` };
  }
  try {
    const decoded = decode(bytes);
    const result = check(decoded.text, {
      lexicon,
      path: input.display,
      language: flags.lang,
      explain: flags.explain === true,
    });
    result.errors.unshift(...decoded.notes.map((message) => ({ message })));
    return result;
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
