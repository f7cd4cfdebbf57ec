/**
 * Worst-case constructions do linear work: the work is counted (trie steps of the cue and lexicon
 * matchers, regular-expression executions, offset look-ups), not timed, at n and 8n. Quadratic work
 * would grow about 64 times; we allow 8 x 1.6.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { check, CompiledLexicon, builtinLexiconPaths, loadLexiconFile } from '../src/index.js';
import { PhraseSet } from '../src/classify/phrases.js';
import { MappedText } from '../src/parse/mapped-text.js';

const lexicon = CompiledLexicon.compile(builtinLexiconPaths().map((p) => loadLexiconFile(p)));

let counter = 0;
const restore: Array<() => void> = [];
function count<T extends object>(proto: T, name: keyof T) {
  const original = proto[name] as unknown as (...a: unknown[]) => unknown;
  (proto as Record<string, unknown>)[name as string] = function (this: unknown, ...a: unknown[]) {
    counter++;
    return original.apply(this, a);
  };
  restore.push(() => ((proto as Record<string, unknown>)[name as string] = original));
}
beforeEach(() => {
  count(PhraseSet.prototype, 'longestAt');
  count(CompiledLexicon.prototype, 'match');
  count(MappedText.prototype, 'toOriginal');
  count(RegExp.prototype, 'exec');
});
afterEach(() => {
  while (restore.length) restore.pop()!();
});

function work(text: string): number {
  counter = 0;
  check(text, { lexicon, path: 'w.txt' });
  return counter;
}

const CASES: Record<string, (n: number) => string> = {
  'one line without punctuation': (n) => 'je publie par opportunisme pas par passion soyez généreux '.repeat(n),
  'runs of negation words before terms': (n) => 'Claire : ' + 'ne pas jamais plus personne rien opportunisme '.repeat(n) + '.\n',
  'commas in one sentence': (n) => 'Claire : je ' + 'opportunisme, passion, '.repeat(n) + '.\n',
  'many quotes in one turn': (n) => 'Claire : ' + 'il dit « je publie par opportunisme ici » et '.repeat(n) + '.\n',
  'one-off speakers': (n) =>
    Array.from({ length: n }, (_, k) => `Invité ${String.fromCharCode(65 + (k % 26))}${String.fromCharCode(65 + ((k / 26) % 26 | 0))}${String.fromCharCode(65 + ((k / 676) % 26 | 0))} : Je publie par opportunisme. Soyez généreux !\n`).join(''),
  'empty Q/A markers': (n) => 'Q :\nR :\n'.repeat(n),
  'runs of dots and spaces': (n) => 'opportunisme' + ' '.repeat(20 * n) + 'x ' + '.'.repeat(20 * n) + ' passion\n',
  'interview turns': (n) => 'Animatrice : Quels conseils donneriez-vous ?\nClaire : Soyez généreux. Je suis là par opportunisme, pas par passion.\n'.repeat(n),
};

describe('linear work on worst-case constructions', () => {
  for (const [name, make] of Object.entries(CASES)) {
    it(name, () => {
      const n = 400;
      const small = work(make(n));
      const large = work(make(8 * n));
      expect(small).toBeGreaterThan(0);
      expect(large / small).toBeLessThan(8 * 1.6);
    });
  }
});
