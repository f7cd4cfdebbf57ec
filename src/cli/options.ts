/**
 * The options a run uses: defaults, then the configuration file, then the command line (a flag
 * given on the command line always wins; `--lexicon` adds to the configuration's lexicons).
 */
import { isAbsolute, relative, resolve, sep } from 'node:path';
import type { Command } from 'commander';
import { findConfigFile, loadConfigFile, type LoadedConfig } from '../config/load.js';
import type { ConfigFile } from '../config/schema.js';
import { FORMAT_NAMES } from '../report/index.js';
import type { CheckFlags } from './program.js';

export interface RunOptions {
  format: string;
  lang: CheckFlags['lang'];
  failOn: CheckFlags['failOn'];
  minSeverity: CheckFlags['minSeverity'];
  builtinLexicons: boolean;
  /** Lexicon files: the configuration's (resolved from its folder), then --lexicon's. */
  lexicons: string[];
  ignore: string[];
  /** Folder the ignore globs are relative to. */
  ignoreBase: string;
  configFile: string | null;
}

export function loadConfig(flags: CheckFlags, cwd: string): LoadedConfig | null {
  const formats = [...FORMAT_NAMES];
  if (flags.config) return loadConfigFile(resolve(cwd, flags.config), flags.config, formats);
  const found = findConfigFile(cwd);
  return found ? loadConfigFile(found, display(found, cwd), formats) : null;
}

export function resolveOptions(flags: CheckFlags, cmd: Command, loaded: LoadedConfig | null, cwd: string): RunOptions {
  const config: ConfigFile = loaded?.config ?? {};
  const fromCli = (key: keyof CheckFlags) => {
    const source = cmd.getOptionValueSource(key);
    return source !== undefined && source !== 'default';
  };
  const pick = <K extends keyof CheckFlags, V>(key: K, configured: V | undefined): CheckFlags[K] | V =>
    fromCli(key) || configured === undefined ? flags[key] : configured;
  const fromConfig = (loaded && config.lexicons ? config.lexicons.map((p) => display(resolve(loaded.dir, p), cwd)) : []);
  return {
    format: pick('format', config.format),
    lang: pick('lang', config.language),
    failOn: pick('failOn', config.failOn),
    minSeverity: pick('minSeverity', config.minSeverity),
    builtinLexicons: pick('builtinLexicons', config.builtinLexicons),
    lexicons: [...fromConfig, ...flags.lexicon],
    ignore: config.ignore ?? [],
    ignoreBase: loaded?.dir ?? cwd,
    configFile: loaded ? loaded.file : null,
  };
}

/** What --print-config shows: the options in effect, paths relative to the current folder. */
export function printableConfig(o: RunOptions, cwd: string): string {
  const shown = {
    configFile: o.configFile,
    format: o.format,
    language: o.lang,
    failOn: o.failOn,
    minSeverity: o.minSeverity,
    builtinLexicons: o.builtinLexicons,
    lexicons: o.lexicons,
    ignore: o.ignore,
    ignoreBase: display(o.ignoreBase, cwd) || '.',
  };
  return JSON.stringify(shown, null, 2) + '\n';
}

/** A path relative to cwd (absolute only on another drive); '/'-separated either way. */
function display(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  const shown = rel === '' ? '.' : isAbsolute(rel) ? path : rel;
  return shown.split(sep).join('/');
}
