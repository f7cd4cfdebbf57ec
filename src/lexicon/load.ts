/**
 * Reads lexicon files (the only I/O of this layer besides the CLI). JSON syntax errors are reported
 * as file:line:column; the shape is checked by validate.ts against lexicons/schema.json.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { LexiconError } from './errors.js';
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

export function parseLexicon(text: string, source: string): LoadedLexicon {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    const { line, column } = jsonErrorPosition(text, err);
    throw new LexiconError(`invalid JSON: ${(err as Error).message.replace(/ in JSON at position.*$/, '')}`, source, null, line, column);
  }
  validateLexicon(data, source);
  return { source, data: data as LexiconFile };
}

export function loadLexiconFile(path: string, displayName = path): LoadedLexicon {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new LexiconError(`cannot read lexicon: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`, displayName);
  }
  return parseLexicon(text, displayName);
}

function jsonErrorPosition(text: string, err: unknown): { line: number; column: number } {
  const msg = (err as Error).message;
  const m = /position (\d+)/.exec(msg);
  const lc = /line (\d+) column (\d+)/.exec(msg);
  if (lc) return { line: Number(lc[1]), column: Number(lc[2]) };
  const offset = m ? Number(m[1]) : text.length;
  return new LineIndex(text).position(offset);
}
