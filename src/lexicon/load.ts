/**
 * Reads lexicon files (the only I/O of this layer besides the CLI). JSON syntax errors are reported
 * as file:line:column; the shape is checked by validate.ts against lexicons/schema.json.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { LexiconError } from './errors.js';
import { findJsonSyntaxError } from './json-syntax.js';
import type { LexiconFile, LoadedLexicon } from './types.js';
import { validateLexicon } from './validate.js';
import { LineIndex } from '../read/line-index.js';

/** lexicons/ at the package root (dist/lexicon/ -> ../../lexicons). */
export const BUILTIN_DIR = fileURLToPath(new URL('../../lexicons/', import.meta.url));

export function builtinLexiconPaths(): string[] {
  return readdirSync(BUILTIN_DIR)
    .filter((f) => f.endsWith('.json') && f !== 'schema.json')
    .sort()
    .map((f) => join(BUILTIN_DIR, f));
}

export interface ParseOptions {
  /**
   * Check the shape against the JSON Schema (default true). Only the built-in files, validated by
   * the test suite, skip it at run time (see validate.ts).
   */
  validate?: boolean;
}

export function parseLexicon(text: string, source: string, options: ParseOptions = {}): LoadedLexicon {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    throw jsonError(text, err as Error, source);
  }
  if (options.validate !== false) validateLexicon(data, source);
  return { source, data: data as LexiconFile };
}

export function loadLexiconFile(path: string, displayName = path, options: ParseOptions = {}): LoadedLexicon {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder' : code === 'EACCES' ? 'permission denied' : code ?? (err as Error).message;
    throw new LexiconError(`cannot read lexicon: ${why}`, displayName);
  }
  return parseLexicon(text, displayName, options);
}

/**
 * file:line:column of a JSON syntax error. Node's messages differ between versions and do not
 * always give a position, so our scanner finds it; Node's message is the fallback.
 */
function jsonError(text: string, err: Error, source: string): LexiconError {
  const found = findJsonSyntaxError(text);
  let offset: number;
  let message: string;
  if (found) {
    ({ offset, message } = found);
  } else {
    const m = /position (\d+)/.exec(err.message);
    offset = m ? Number(m[1]) : text.length;
    message = err.message.replace(/ in JSON at position.*$/, '').replace(/, ".*" is not valid JSON$/s, '');
  }
  const pos = new LineIndex(text).position(offset);
  // Editors do not count a byte order mark as a column.
  const column = pos.line === 1 && text.charCodeAt(0) === 0xfeff ? Math.max(1, pos.column - 1) : pos.column;
  return new LexiconError(`invalid JSON: ${message}`, source, null, pos.line, column);
}
