/**
 * The process entry: runs the program and turns known errors into one line and exit code 2.
 * The only place that touches process state for errors, signals and broken pipes.
 */
// The heap setting first: it must apply before the program allocates (see heap.ts).
import './heap.js';
import { CommanderError } from './commander.js';
import { buildProgram } from './program.js';
import { UsageError } from './errors.js';
import { InputError } from '../read/errors.js';
import { LexiconError } from '../lexicon/errors.js';
import { ConfigError } from '../config/load.js';
import { BaselineError } from '../baseline/errors.js';

// Piped into `head`: stop quietly when the reader goes away.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw err;
});
// No SIGINT handler on purpose: a file is checked synchronously, so a handler would only run after
// the whole file (Ctrl-C ignored for seconds). Node's default stops at once, quietly, with the
// signal's status (130 in a shell).

async function main(): Promise<void> {
  try {
    await buildProgram().parseAsync(process.argv);
  } catch (err) {
    if (err instanceof CommanderError) {
      // Help and version exit 0; usage mistakes exit 2 (commander already printed the message).
      process.exitCode = err.exitCode === 0 ? 0 : 2;
      return;
    }
    if (err instanceof LexiconError || err instanceof ConfigError || err instanceof BaselineError) {
      process.stderr.write(`dissonance: ${err.toString()}\n`);
      process.exitCode = 2;
      return;
    }
    if (err instanceof UsageError || err instanceof InputError) {
      process.stderr.write(`dissonance: ${err.message}\n`);
      process.exitCode = 2;
      return;
    }
    process.stderr.write(`dissonance: internal error, please report it\n${(err as Error).stack ?? String(err)}\n`);
    process.exitCode = 2;
  }
}

// Not awaited at the top level: the CommonJS bundle (scripts/build-bundle.mjs) cannot hold a top-level
// await, and main() catches every error itself, so nothing is left to an unhandled rejection.
void main();
