#!/usr/bin/env node
// Build step (after tsc): precomputes the stems of every word of the built-in lexicons with the
// same stemmer the checker uses, into dist/lexicon/stems.fr.json and stems.en.json, so start-up
// does not stem them.
import { rmSync, writeFileSync } from 'node:fs';
import { builtinLexiconPaths, loadLexiconFile } from '../dist/lexicon/load.js';
import { termWords } from '../dist/parse/tokens.js';
import { stem } from '../dist/lexicon/stem.js';

// stem() reads the table as its memo: start without the previous one, so that an entry made by an
// older stemmer (natural upgraded) cannot outlive it.
for (const name of ['stems.json', 'stems.fr.json', 'stems.en.json']) rmSync(new URL(`../dist/lexicon/${name}`, import.meta.url), { force: true });
const table = { fr: {}, en: {} };
for (const path of builtinLexiconPaths()) {
  const { data } = loadLexiconFile(path, path, { validate: false });
  for (const concept of data.concepts ?? []) {
    for (const lang of ['fr', 'en']) {
      for (const term of concept.terms?.[lang] ?? []) {
        for (const word of termWords(typeof term === 'string' ? term : term.text)) table[lang][word] = stem(word, lang);
      }
    }
  }
}
// Flat [word, stem, word, stem, ...], one file per language: what src/lexicon/stem.ts reads fastest.
const flat = (words) => Object.entries(words).flat();
for (const lang of ['fr', 'en']) writeFileSync(new URL(`../dist/lexicon/stems.${lang}.json`, import.meta.url), JSON.stringify(flat(table[lang])));
console.error(`stems: ${Object.keys(table.fr).length} fr, ${Object.keys(table.en).length} en words`);
