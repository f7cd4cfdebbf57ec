/** The command line: commander definitions only; the actions live in their own modules. */
import { Command, Option } from './commander.js';
import { FORMAT_NAMES } from '../report/index.js';
import { runCheck } from './run-check.js';
import { VERSION } from '../version.js';

export interface CheckFlags {
  format: string;
  lang: 'auto' | 'fr' | 'en';
  lexicon: string[];
  builtinLexicons: boolean;
  failOn: 'error' | 'warning' | 'info' | 'never';
  minSeverity: 'error' | 'warning' | 'info';
  baseline?: string;
  writeBaseline?: string;
  config?: string;
  printConfig?: boolean;
  stdinFilename?: string;
  explain?: boolean;
  color?: boolean;
}

const collect = (value: string, previous: string[]) => [...previous, value];

export function buildProgram(): Command {
  const program = new Command('dissonance')
    .description('Find speakers who contradict their own advice in transcripts (French and English).')
    .version(VERSION, '-v, --version')
    .argument('[paths...]', 'files, folders or globs to check; "-" reads standard input')
    .addOption(new Option('-f, --format <format>', 'output format').choices(FORMAT_NAMES).default('stylish'))
    .addOption(new Option('--lang <lang>', 'language of the transcripts').choices(['auto', 'fr', 'en']).default('auto'))
    .option('--lexicon <file>', 'add a user lexicon (repeatable)', collect, [])
    .option('--no-builtin-lexicons', 'use only the lexicons given with --lexicon')
    .addOption(new Option('--fail-on <severity>', 'lowest severity that makes the exit code 1').choices(['error', 'warning', 'info', 'never']).default('warning'))
    .addOption(new Option('--min-severity <severity>', 'lowest severity displayed').choices(['error', 'warning', 'info']).default('info'))
    .option('--baseline <file>', 'known findings that no longer fail')
    .option('--write-baseline <file>', 'record the current findings as known')
    .option('--config <file>', 'configuration file (otherwise .dissonancerc.json is found upward)')
    .option('--print-config', 'print the configuration in effect and exit')
    .option('--stdin-filename <name>', 'name (and so format) given to standard input')
    .option('--explain', 'also show how each statement was classified')
    .option('--no-color', 'no colours')
    .showHelpAfterError('(run dissonance --help for usage)')
    .action(async (paths: string[], flags: CheckFlags, cmd: Command) => {
      await runCheck(paths, flags, cmd);
    });
  const lexicons = program
    .command('lexicons')
    .description('inspect and validate lexicons (with --lexicon, --no-builtin-lexicons; --format json for list and show)');
  // The subcommands' code is loaded only when one runs (a check does not need it).
  const commands = () => import('./lexicons-command.js');
  // As a check run would: the configuration's lexicons, then --lexicon / --no-builtin-lexicons.
  const choice = async () => (await commands()).lexiconChoiceFor(program);
  // The root --format is read after the subcommand too (`lexicons list --format json`).
  const output = () => (program.opts<CheckFlags>().format === 'json' ? 'json' : 'text');
  lexicons
    .command('list')
    .description('oppositions and concepts, with term counts per language and their file')
    .action(async () => {
      process.stdout.write((await commands()).listLexicons(await choice(), output()));
    });
  lexicons
    .command('show <id>')
    .description('one concept or opposition: labels, message, terms per language, examples')
    .action(async (id: string) => {
      process.stdout.write((await commands()).showLexiconEntry(await choice(), id, output()));
    });
  lexicons
    .command('validate <files...>')
    .description('check lexicon files (JSON, schema, references, duplicates); every file is checked, exit 2 if any is invalid')
    .action(async (files: string[]) => {
      const results = (await commands()).validateLexiconFiles(files, await choice());
      for (const r of results) (r.ok ? process.stdout : process.stderr).write(`${r.line}\n`);
      process.exitCode = results.every((r) => r.ok) ? 0 : 2;
    });
  program.exitOverride();
  lexicons.exitOverride();
  return program;
}
