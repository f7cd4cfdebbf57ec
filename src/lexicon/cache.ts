/**
 * The built-in lexicons, compiled at build time (scripts/build-lexicon-cache.mjs writes
 * dist/lexicon/builtin-lexicons.json): compiling them (tokenizing some 5,000 terms, checking
 * duplicates, naming places) was the largest part of the start-up of a run.
 *
 * The cache is used only for the built-in files alone (no user lexicon), and only when its key
 * matches: the name, size and modification time of the built-in files and of the code that
 * compiles them, and the Unicode version (tokenizing depends on it), kept next to the cache
 * (builtin-lexicons.key). A file edited after the build has a new time, so its cache is not used,
 * as make decides. The key held the files' bytes before: reading and comparing ~1 MB was ~8 ms of
 * every start-up once the lexicons had doubled; a sha256 of them cost more, most of it loading
 * node:crypto. A missing, stale or unreadable cache is never used: the files are then compiled as
 * before, with the same result and the same errors, only slower.
 */
import { readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { CompiledLexicon, type CompiledData, type CompiledTerm, type TermSource } from './compile.js';
import type { Language } from '../parse/model.js';

export const CACHE_URL = new URL('./builtin-lexicons.json', import.meta.url);

/** The key of a cache file: the same name, `.key` for `.json`. */
const keyUrl = (url: URL) => new URL(url.href.replace(/\.json$/, '') + '.key');

/**
 * The code whose output the cache holds: compile.js and every module it imports (tokens.js
 * tokenizes the terms, errors.js names places), and this file (the format). Module names relative
 * to this one; tests/lexicon-cache.test.ts checks the list against compile.js's imports.
 */
export const COMPILER_MODULES = ['./cache.js', './compile.js', './errors.js', './stem.js', '../located-error.js', '../parse/tokens.js'];

interface CacheFile {
  lexicon: Omit<CompiledData, 'terms'>;
  /** Each language's terms in compile order, in runs of one concept (see packTerms). */
  terms: Record<Language, PackedRun[]>;
}

/**
 * A concept id, then its terms. Most terms are a lower-case phrase whose words are its text split
 * on spaces, neither exact nor rejecting: those are stored as their text alone, which keeps the
 * file small (reading and parsing it is what the cache costs). The others are stored whole.
 */
type PackedRun = [string, ...Array<string | Omit<CompiledTerm, 'concept'>>];

function isPlain(t: CompiledTerm): boolean {
  return !t.exact && t.stance === 'endorse' && t.text === t.words.join(' ');
}

function packTerms(terms: CompiledTerm[]): PackedRun[] {
  const runs: PackedRun[] = [];
  let run: PackedRun | undefined;
  for (const t of terms) {
    if (run?.[0] !== t.concept) runs.push((run = [t.concept]));
    run.push(isPlain(t) ? t.text : { text: t.text, words: t.words, exact: t.exact, stance: t.stance });
  }
  return runs;
}

/** The terms of packed runs, each made (and kept) when first asked for. */
function termSource(runs: PackedRun[]): TermSource {
  const items: PackedRun[number][] = [];
  const concepts: string[] = [];
  for (const run of runs) {
    for (let i = 1; i < run.length; i++) {
      items.push(run[i]!);
      concepts.push(run[0]);
    }
  }
  const made = new Array<CompiledTerm | undefined>(items.length);
  return {
    length: items.length,
    firstWord(i) {
      const t = items[i]!;
      if (typeof t !== 'string') return t.words[0]!;
      const space = t.indexOf(' ');
      return space < 0 ? t : t.slice(0, space);
    },
    term(i) {
      let term = made[i];
      if (!term) {
        const t = items[i]!;
        const concept = concepts[i]!;
        // Same key order as compile() (toTerm) makes.
        term = made[i] =
          typeof t === 'string'
            ? { concept, text: t, words: t.split(' '), exact: false, stance: 'endorse' }
            : { concept, text: t.text, words: t.words, exact: t.exact, stance: t.stance };
      }
      return term;
    },
  };
}

/** The key of a cache valid for these lexicon files and the code running now. */
export function cacheKey(lexiconPaths: string[]): Buffer {
  const stamp = (name: string, path: string | URL) => {
    const s = statSync(path);
    return `${name}\0${s.size}\0${s.mtimeMs}`;
  };
  const parts = [`unicode\0${process.versions.unicode ?? ''}`];
  for (const m of COMPILER_MODULES) parts.push(stamp(m, new URL(m, import.meta.url)));
  for (const p of lexiconPaths) parts.push(stamp(basename(p), p));
  return Buffer.from(parts.join('\n'));
}

/** Saves the compiled built-in lexicons (built from `lexiconPaths`, named `lexicons/<file>`). */
export function writeLexiconCache(lexicon: CompiledLexicon, lexiconPaths: string[], url: URL = CACHE_URL): void {
  const { terms, ...rest } = lexicon.toData();
  const file: CacheFile = {
    lexicon: rest,
    terms: { fr: packTerms(terms.fr), en: packTerms(terms.en) },
  };
  // The key last: a cache whose writing was interrupted has none, and is not used.
  removeLexiconCache(url);
  writeFileSync(url, JSON.stringify(file));
  writeFileSync(keyUrl(url), cacheKey(lexiconPaths));
}

/** Removes a cache and its key (the build starts from none: a failed build leaves none). */
export function removeLexiconCache(url: URL = CACHE_URL): void {
  rmSync(keyUrl(url), { force: true });
  rmSync(url, { force: true });
}

/** The cached lexicon for these files, or null when there is none or it does not match them. */
export function readLexiconCache(lexiconPaths: string[], url: URL = CACHE_URL): CompiledLexicon | null {
  let file: CacheFile;
  try {
    if (!readFileSync(keyUrl(url)).equals(cacheKey(lexiconPaths))) return null;
    file = JSON.parse(readFileSync(url, 'utf8')) as CacheFile;
  } catch {
    // No cache (running from sources, or not built), or a file that cannot be read: compile.
    return null;
  }
  return CompiledLexicon.fromData(file.lexicon, (lang) => termSource(file.terms[lang]));
}
