/** Builds the lexicon a run uses: the built-in files, then the user's, compiled once. */
import { CompiledLexicon } from '../lexicon/compile.js';
import { builtinLexiconPaths, loadLexiconFile } from '../lexicon/load.js';
import type { LoadedLexicon } from '../lexicon/types.js';

export interface LexiconChoice {
  builtin: boolean;
  user: string[];
}

export function loadLexicons(choice: LexiconChoice): LoadedLexicon[] {
  const files: LoadedLexicon[] = [];
  if (choice.builtin) for (const p of builtinLexiconPaths()) files.push(loadLexiconFile(p, `lexicons/${p.split(/[\\/]/).pop()}`));
  for (const p of choice.user) files.push(loadLexiconFile(p));
  return files;
}

export function compileLexicons(choice: LexiconChoice): CompiledLexicon {
  return CompiledLexicon.compile(loadLexicons(choice));
}
