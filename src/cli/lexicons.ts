/**
 * Builds the lexicon a run uses: the built-in files, then the user's (--lexicon, repeatable, and
 * the configuration's `lexicons`), compiled once. See CompiledLexicon.compile for how user files
 * merge into the built-in ones (new concepts, terms added to a concept, oppositions, `disable`).
 */
import { realpathSync } from 'node:fs';
import { basename } from 'node:path';
import { CompiledLexicon } from '../lexicon/compile.js';
import { builtinLexiconPaths, loadLexiconFile } from '../lexicon/load.js';
import { readLexiconCache } from '../lexicon/cache.js';
import type { LoadedLexicon } from '../lexicon/types.js';

export interface LexiconChoice {
  /** Load the built-in lexicons first (false with --no-builtin-lexicons). */
  builtin: boolean;
  /** User lexicon files, in order, as they are to be named in messages (paths from the current folder). */
  user: string[];
}

/**
 * Loads the chosen files, in order. User files are always validated against the JSON Schema; the
 * built-in files are not at run time (they ship with the package and the test suite validates
 * them, see validate.ts), so a run without user lexicons never loads ajv.
 * A built-in file that is also a user file is loaded once, as the user file.
 * Throws LexiconError (exit 2) for the first file that cannot be used.
 */
export function loadLexicons(choice: LexiconChoice): LoadedLexicon[] {
  const files: LoadedLexicon[] = [];
  // A built-in file also given with --lexicon is loaded once, in the user's place.
  if (choice.builtin) files.push(...loadBuiltinLexicons(new Set(choice.user.map(realPath))));
  for (const p of choice.user) files.push(loadLexiconFile(p));
  return files;
}

export function compileLexicons(choice: LexiconChoice): CompiledLexicon {
  // The built-in files alone (the common case) were compiled at build time; a user file may
  // extend or disable built-in entries, so with one everything is compiled here.
  const cached = choice.builtin && choice.user.length === 0 ? readLexiconCache(builtinLexiconPaths()) : null;
  return cached ?? CompiledLexicon.compile(loadLexicons(choice));
}

/** The built-in files, named `lexicons/<file>` in messages, optionally leaving some paths out. */
export function loadBuiltinLexicons(except: ReadonlySet<string> = new Set()): LoadedLexicon[] {
  return builtinLexiconPaths()
    .filter((p) => !except.has(realPath(p)))
    .map((p) => loadLexiconFile(p, `lexicons/${basename(p)}`, { validate: false }));
}

/** The real path of a file, or the path itself when it cannot be resolved (it will fail to load). */
export function realPath(p: string): string {
  try {
    return realpathSync(p);
  } catch {
    return p;
  }
}
