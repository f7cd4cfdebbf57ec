#!/usr/bin/env node
// Build step (after tsc): compiles the built-in lexicons once, as a run without user lexicons
// would, into dist/lexicon/builtin-lexicons.cache (see src/lexicon/cache.ts), so start-up does not.
// A built-in lexicon that does not compile leaves no cache and fails the build (exit 1), with the
// lexicon's own located message: a broken lexicon is the developer's to fix before anything runs,
// and going on only moved the failure to every test that loads the lexicons.
import { loadBuiltinLexicons } from '../dist/cli/lexicons.js';
import { builtinLexiconPaths } from '../dist/lexicon/load.js';
import { CompiledLexicon } from '../dist/lexicon/compile.js';
import { removeLexiconCache, writeLexiconCache } from '../dist/lexicon/cache.js';

removeLexiconCache();
let lexicon;
try {
  lexicon = CompiledLexicon.compile(loadBuiltinLexicons());
} catch (err) {
  console.error(`lexicon cache: not written, the built-in lexicons do not compile: ${err instanceof Error ? err.message : err}`);
  process.exit(1);
}
writeLexiconCache(lexicon, builtinLexiconPaths());
const data = lexicon.toData();
console.error(`lexicon cache: ${data.concepts.length} concepts, ${data.terms.fr.length} fr and ${data.terms.en.length} en terms`);
