/**
 * The one adapter over natural's stemmers. Deep imports only: `import 'natural'` whole takes ~0.8 s,
 * loads database drivers and prints on stdout.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Language } from '../parse/model.js';

const require = createRequire(import.meta.url);

interface Stemmer {
  stem(word: string): string;
}

const stemmers: Partial<Record<Language, Stemmer>> = {};

function stemmer(lang: Language): Stemmer {
  let s = stemmers[lang];
  if (!s) {
    s = require(
      lang === 'fr'
        ? 'natural/lib/natural/stemmers/porter_stemmer_fr.js'
        : 'natural/lib/natural/stemmers/porter_stemmer.js',
    ) as Stemmer;
    stemmers[lang] = s;
  }
  return s;
}

const cache: Record<Language, Map<string, string>> = { fr: new Map(), en: new Map() };

/**
 * Stems of the built-in lexicons' words, computed at build time (scripts/build-stems.mjs writes
 * dist/lexicon/stems.fr.json and stems.en.json): stemming some 9,000 term words took most of the start-up. It is only a
 * memo of the same stemmer, so a word it lacks (a user term, a transcript word) is stemmed live,
 * and a missing or stale file changes nothing but the speed.
 */
const preloaded: Record<Language, boolean> = { fr: false, en: false };

function preload(lang: Language): void {
  preloaded[lang] = true;
  try {
    // Per language, word and stem alternate in one flat array: read ~5x faster on a cold start
    // than an object of word -> stem (Object.entries of a 1,400-key object took ~5 ms).
    // One file per language: a transcript is in one language, and parsing the other's half was
    // ~2 ms of each start-up.
    const pairs = JSON.parse(readFileSync(new URL(`./stems.${lang}.json`, import.meta.url), 'utf8')) as string[];
    const memo = cache[lang];
    for (let i = 0; i + 1 < pairs.length; i += 2) memo.set(pairs[i]!, pairs[i + 1]!);
  } catch {
    // No table (running from sources, or not built yet): stem live.
  }
}

/** Stem of a normalised word; memoised because transcripts repeat their words. */
export function stem(word: string, lang: Language): string {
  if (!preloaded[lang]) preload(lang);
  const memo = cache[lang];
  let s = memo.get(word);
  if (s === undefined) {
    // natural's stemmers are not made for numbers or one-letter elisions; keep those as they are.
    s = word.length <= 2 || /^\p{N}+$/u.test(word) ? word : stemmer(lang).stem(word);
    if (memo.size > 200_000) memo.clear();
    memo.set(word, s);
  }
  return s;
}

/**
 * Endings that only inflect a word (number, gender, person, tense). A transcript word widens a
 * lexicon word form only when both share a stem and differ by such endings, so the stemmer's
 * derivational merges (opportunisme/opportunité -> "opportun") are not taken as the same concept.
 */
const INFLECTIONS: Record<Language, Set<string>> = {
  fr: new Set([
    '', 's', 'x', 'e', 'es', 'é', 'ée', 'és', 'ées', 'er', 'ez', 'ent', 'ons', 'ais', 'ait', 'aient',
    'ai', 'a', 'as', 'ât', 'èrent', 'eront', 'erai', 'eras', 'era', 'erez', 'erons', 'erait',
    'eraient', 'ir', 'is', 'it', 'issent', 'issons', 'issez', 'issait', 'issaient', 'i', 'ie', 'ies',
    're', 'u', 'ue', 'us', 'ues', 'ant', 'se', 'ses', 'sse', 'sses', 'le', 'les', 'ne', 'nes',
    'te', 'tes', 'ève', 'èves', 'ive', 'ives', 'if', 'ifs', 'ux', 'al', 'aux', 'ale', 'ales',
    'ions', 'iez', 'e', 'ère', 'ères', 'eur', 'eurs',
  ]),
  en: new Set([
    '', 's', 'es', 'ed', 'd', 'ing', 'e', 'y', 'ies', 'ied', 'ier', 'iest', 'er', 'est', 'ly',
    'ily', 'ness', "'s",
  ]),
};

export function isInflectionOf(word: string, form: string, lang: Language): boolean {
  if (word === form) return true;
  let i = 0;
  const n = Math.min(word.length, form.length);
  while (i < n && word.charCodeAt(i) === form.charCodeAt(i)) i++;
  const inflections = INFLECTIONS[lang];
  // The shared prefix may swallow the first letter of an ending (improvis-ez / improvis-er share
  // "improvise"): back off a few letters before giving up.
  for (let k = i; k >= Math.max(1, i - 3); k--) {
    if (inflections.has(word.slice(k)) && inflections.has(form.slice(k))) return true;
  }
  return false;
}
