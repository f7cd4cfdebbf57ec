/**
 * Finds, reads and validates the configuration: `--config FILE`, else the first
 * `.dissonancerc.json` in the current folder or above it. A problem is one line naming the file
 * and the JSON pointer of the bad value (`.dissonancerc.json#/failOn: must be one of …`).
 * ajv is loaded and the schema compiled only when a configuration file exists.
 */
import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import type { ErrorObject } from 'ajv';
import { CONFIG_FILE_NAME, configSchema, type ConfigFile } from './schema.js';
import { LocatedError } from '../located-error.js';

const require = createRequire(import.meta.url);

/** A configuration that cannot be used: exit 2 with the file and the JSON pointer of the bad value. */
export class ConfigError extends LocatedError {}

export interface LoadedConfig {
  /** As shown in messages: the path given, or the found file. */
  file: string;
  /** Folder that the relative paths of the file (lexicons, ignore) start from. */
  dir: string;
  config: ConfigFile;
}

/** The nearest `.dissonancerc.json` from `cwd` upward, or null. */
export function findConfigFile(cwd: string): string | null {
  let dir = resolve(cwd);
  for (;;) {
    const candidate = join(dir, CONFIG_FILE_NAME);
    try {
      if (statSync(candidate).isFile()) return candidate;
    } catch {
      // not here: look in the parent
    }
    const parent = dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

export function loadConfigFile(path: string, display: string, formats: string[]): LoadedConfig {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new ConfigError(`cannot read configuration: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder' : code ?? (err as Error).message}`, display);
  }
  return { file: display, dir: dirname(resolve(path)), config: parseConfig(text, display, formats) };
}

export function parseConfig(text: string, source: string, formats: string[]): ConfigFile {
  let data: unknown;
  const body = text.replace(/^\uFEFF/, '');
  try {
    data = JSON.parse(body);
  } catch (err) {
    const msg = (err as Error).message;
    const at = /position (\d+)/.exec(msg);
    const lc = /line (\d+) column (\d+)/.exec(msg);
    const pos = lc ? { line: Number(lc[1]), column: Number(lc[2]) } : position(body, at ? Number(at[1]) : body.length);
    throw new ConfigError(`invalid JSON: ${msg.replace(/ in JSON at position.*$/, '').replace(/ \(line \d+ column \d+\)$/, '')}`, source, null, pos.line, pos.column);
  }
  const { default: Ajv } = require('ajv') as typeof import('ajv');
  const validate = new Ajv({ allErrors: false, verbose: true }).compile(configSchema(formats));
  if (!validate(data)) {
    const { pointer, message } = describe(validate.errors?.[0], data);
    throw new ConfigError(message, source, pointer);
  }
  return data as ConfigFile;
}

function describe(error: ErrorObject | undefined, data: unknown): { pointer: string; message: string } {
  if (!error) return { pointer: '', message: 'does not match the configuration schema' };
  const at = error.instancePath;
  const p = error.params as Record<string, unknown>;
  const got = ` (got ${show(valueAt(data, at))})`;
  switch (error.keyword) {
    case 'type':
      return { pointer: at, message: `${at === '' ? 'the configuration must be' : 'must be'} ${article(String(p.type))}${got}` };
    case 'additionalProperties': {
      const name = String(p.additionalProperty);
      const allowed = Object.keys((error.parentSchema?.properties as object | undefined) ?? {}).filter((k) => k !== '$schema');
      return { pointer: `${at}/${name.replace(/~/g, '~0').replace(/\//g, '~1')}`, message: `unknown property "${name}" (allowed: ${allowed.join(', ')})` };
    }
    case 'enum':
      return { pointer: at, message: `must be one of ${(p.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}${got}` };
    case 'minLength':
      return { pointer: at, message: 'must not be empty' };
    default:
      return { pointer: at, message: `${error.message ?? `does not match the schema (${error.keyword})`}${got}` };
  }
}

function article(type: string): string {
  return /^[aeio]/.test(type) ? `an ${type}` : `a ${type}`;
}

function valueAt(data: unknown, pointer: string): unknown {
  let v = data;
  for (const raw of pointer === '' ? [] : pointer.slice(1).split('/')) {
    if (typeof v !== 'object' || v === null) return undefined;
    v = (v as Record<string, unknown>)[raw.replace(/~1/g, '/').replace(/~0/g, '~')];
  }
  return v;
}

function show(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  return String(value);
}

function position(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split(/\r\n|\n|\r/);
  return { line: before.length, column: before[before.length - 1]!.length + 1 };
}
