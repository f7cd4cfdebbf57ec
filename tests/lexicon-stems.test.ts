/**
 * dist/lexicon/stems.fr.json and stems.en.json (scripts/build-stems.mjs) are only a memo of the stemmer: every entry must
 * be what stemming the word live gives, or a run with it would match differently than without it.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect, test } from 'vitest';

const require = createRequire(import.meta.url);
const STEMMERS = {
  fr: require('natural/lib/natural/stemmers/porter_stemmer_fr.js') as { stem(w: string): string },
  en: require('natural/lib/natural/stemmers/porter_stemmer.js') as { stem(w: string): string },
};

test('every precomputed stem is the live stem of its word', () => {
  const read = (lang: 'fr' | 'en') => JSON.parse(readFileSync(new URL(`../dist/lexicon/stems.${lang}.json`, import.meta.url), 'utf8')) as string[];
  const table = { fr: read('fr'), en: read('en') };
  for (const lang of ['fr', 'en'] as const) {
    const pairs = table[lang];
    expect(pairs.length % 2).toBe(0);
    expect(pairs.length).toBeGreaterThan(1000);
    for (let i = 0; i < pairs.length; i += 2) {
      const word = pairs[i]!;
      // As src/lexicon/stem.ts: short words and numbers are kept as they are.
      const live = word.length <= 2 || /^\p{N}+$/u.test(word) ? word : STEMMERS[lang].stem(word);
      expect(pairs[i + 1], `${lang} ${word}`).toBe(live);
    }
  }
});
