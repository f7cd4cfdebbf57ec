/** `dissonance lexicons list|show|validate`: inspect and validate lexicons. */
import { CompiledLexicon } from '../lexicon/compile.js';
import { loadLexiconFile } from '../lexicon/load.js';
import { LexiconError } from '../lexicon/errors.js';
import { loadLexicons, type LexiconChoice } from './lexicons.js';

export function listLexicons(choice: LexiconChoice): string {
  const lex = CompiledLexicon.compile(loadLexicons(choice));
  const rows = [...lex.oppositions.values()].map((o) => {
    const counts = o.between.map((c) => `${c} (fr ${lex.termCount(c, 'fr')}, en ${lex.termCount(c, 'en')})`).join(' ↔ ');
    return `${o.id.padEnd(36)} ${counts}`;
  });
  return `${rows.join('\n')}\n${lex.oppositions.size} oppositions, ${lex.concepts.size} concepts\n`;
}

export function showLexiconEntry(choice: LexiconChoice, id: string): string {
  const files = loadLexicons(choice);
  for (const f of files) {
    const hit = f.data.oppositions?.find((o) => o.id === id) ?? f.data.concepts?.find((c) => c.id === id);
    if (hit) return `${f.source}\n${JSON.stringify(hit, null, 2)}\n`;
  }
  throw new LexiconError(`no concept or opposition with id "${id}"`, 'lexicons');
}

/** Validates each file on its own; returns one line per problem (empty when all are valid). */
export function validateLexiconFiles(paths: string[]): string[] {
  const problems: string[] = [];
  for (const p of paths) {
    try {
      CompiledLexicon.compile([loadLexiconFile(p)]);
    } catch (err) {
      if (err instanceof LexiconError) problems.push(err.toString());
      else throw err;
    }
  }
  return problems;
}
