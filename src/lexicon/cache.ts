/**
 * The built-in lexicons, compiled at build time (scripts/build-lexicon-cache.mjs writes
 * dist/lexicon/builtin-lexicons.cache): compiling them (tokenizing some 5,000 terms, checking
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
import { createRequire } from 'node:module';
import { basename } from 'node:path';
import { CompiledLexicon, groupByFirstStem, type CompiledData, type CompiledExample, type CompiledTerm, type TermBranches } from './compile.js';
import type { Language } from '../parse/model.js';

export const CACHE_URL = new URL('./builtin-lexicons.cache', import.meta.url);

/** The key of a cache file: the same name, `.key` for its extension. */
const keyUrl = (url: URL) => new URL(url.href.replace(/\.[^./]*$/, '') + '.key');

/**
 * The code whose output the cache holds: compile.js and every module it imports (tokens.js
 * tokenizes the terms, errors.js names places, stem.js groups terms by the stem of their first
 * word), and this file (the format). Module names relative to this one;
 * tests/lexicon-cache.test.ts checks the list against compile.js's imports.
 */
export const COMPILER_MODULES = ['./cache.js', './compile.js', './errors.js', './stem.js', '../located-error.js', '../parse/tokens.js'];

/**
 * The data the stems come from, besides stem.js: the build's table of stems and natural's
 * stemmers (their package.json changes with their version). The cache groups terms by stem, so a
 * stem that changed would leave terms in a branch no transcript word reaches.
 */
const STEM_DATA = ['./stems.fr.json', './stems.en.json'];
const STEMMER_PACKAGE = 'natural/package.json';

/**
 * The file: one line of JSON (the header), then the body, UTF-8. The header holds the lexicon's
 * concepts, oppositions and files, and where in the body each language's root branches are. A
 * branch is a JSON array of its terms in compile order, read and parsed when a transcript first
 * reaches it; the examples are a JSON array read when first asked for. A run reads the file's
 * bytes, decodes and parses the header and the branches it reaches, and nothing else: parsing
 * every term (~400 KB of JSON, some 14,000 terms) and grouping them was most of the start-up.
 */
interface CacheHeader {
  format: 2;
  lexicon: Omit<CompiledData, 'terms' | 'examples'>;
  /** Body offsets (start, end) of the examples. */
  examples: [number, number];
  terms: Record<Language, PackedLanguage>;
}

interface PackedLanguage {
  count: number;
  /** The root branches' keys (first-word stems), one per line. */
  keys: string;
  /** Body offsets of each key's branch: start and end, flat. */
  spans: number[];
}

/**
 * A term of a branch: its compile index, its concept's index in the header's concepts, then its
 * text. Most terms are a lower-case phrase whose words are its text split on spaces, neither exact
 * nor rejecting: those stop there. The others carry their words, exact and stance.
 */
type PackedTerm = [number, number, string] | [number, number, string, string[], boolean, CompiledTerm['stance']];

function isPlain(t: CompiledTerm): boolean {
  return !t.exact && t.stance === 'endorse' && t.text === t.words.join(' ');
}

/** Saves the compiled built-in lexicons (built from `lexiconPaths`, named `lexicons/<file>`). */
export function writeLexiconCache(lexicon: CompiledLexicon, lexiconPaths: string[], url: URL = CACHE_URL): void {
  const { terms, examples, ...rest } = lexicon.toData();
  const conceptIndex = new Map(rest.concepts.map((c, i) => [c.id, i]));
  const body: Buffer[] = [];
  let size = 0;
  const add = (json: string): [number, number] => {
    const bytes = Buffer.from(json);
    body.push(bytes);
    size += bytes.length;
    return [size - bytes.length, size];
  };
  const packLanguage = (lang: Language): PackedLanguage => {
    const index = new Map(terms[lang].map((t, i) => [t, i]));
    const groups = groupByFirstStem(terms[lang], lang);
    const keys: string[] = [];
    const spans: number[] = [];
    for (const key of groups.keys()) {
      const packed = groups.branch(key)!.map((t): PackedTerm => {
        const head: [number, number, string] = [index.get(t)!, conceptIndex.get(t.concept)!, t.text];
        return isPlain(t) ? head : [...head, t.words, t.exact, t.stance];
      });
      keys.push(key);
      spans.push(...add(JSON.stringify(packed)));
    }
    return { count: terms[lang].length, keys: keys.join('\n'), spans };
  };
  const header: CacheHeader = {
    format: 2,
    lexicon: rest,
    examples: add(JSON.stringify(examples)),
    terms: { fr: packLanguage('fr'), en: packLanguage('en') },
  };
  // The key last: a cache whose writing was interrupted has none, and is not used.
  removeLexiconCache(url);
  writeFileSync(url, Buffer.concat([Buffer.from(JSON.stringify(header) + '\n'), ...body]));
  writeFileSync(keyUrl(url), cacheKey(lexiconPaths, url));
}

/** A language's branches, read from the body as transcripts reach them; each term made once. */
function branchesOf(body: Buffer, packed: PackedLanguage, concepts: string[]): TermBranches {
  const span = new Map<string, number>();
  packed.keys.split('\n').forEach((key, i) => span.set(key, i));
  const made = new Array<CompiledTerm>(packed.count);
  const read = (i: number): CompiledTerm[] => {
    const list = JSON.parse(body.toString('utf8', packed.spans[2 * i]!, packed.spans[2 * i + 1]!)) as PackedTerm[];
    // Same key order as compile() (toTerm) makes.
    return list.map((p) => (made[p[0]] ??=
      p.length === 3
        ? { concept: concepts[p[1]]!, text: p[2], words: p[2].split(' '), exact: false, stance: 'endorse' }
        : { concept: concepts[p[1]]!, text: p[2], words: p[3], exact: p[4], stance: p[5] }));
  };
  return {
    branch(key) {
      const i = span.get(key);
      return i === undefined ? undefined : read(i);
    },
    all() {
      for (let i = 0; i < span.size; i++) read(i);
      return made;
    },
  };
}

/** The key of a cache valid for these lexicon files and the code running now. */
export function cacheKey(lexiconPaths: string[], url: URL = CACHE_URL): Buffer {
  const stamp = (name: string, path: string | URL) => {
    const s = statSync(path, { throwIfNoEntry: false });
    return `${name}\0${s ? `${s.size}\0${s.mtimeMs}` : 'none'}`;
  };
  const parts = [`unicode\0${process.versions.unicode ?? ''}`];
  for (const m of COMPILER_MODULES) parts.push(stamp(m, new URL(m, import.meta.url)));
  for (const d of STEM_DATA) parts.push(stamp(d, new URL(d, url)));
  parts.push(stamp(STEMMER_PACKAGE, createRequire(import.meta.url).resolve(STEMMER_PACKAGE)));
  for (const p of lexiconPaths) parts.push(stamp(basename(p), p));
  return Buffer.from(parts.join('\n'));
}

/** Removes a cache and its key (the build starts from none: a failed build leaves none). */
export function removeLexiconCache(url: URL = CACHE_URL): void {
  rmSync(keyUrl(url), { force: true });
  rmSync(url, { force: true });
}

/** The cached lexicon for these files, or null when there is none or it does not match them. */
export function readLexiconCache(lexiconPaths: string[], url: URL = CACHE_URL): CompiledLexicon | null {
  let header: CacheHeader;
  let body: Buffer;
  try {
    if (!readFileSync(keyUrl(url)).equals(cacheKey(lexiconPaths, url))) return null;
    // Bytes, not text: only the header and the branches a transcript reaches are decoded.
    const file = readFileSync(url);
    const newline = file.indexOf(10);
    header = JSON.parse(file.toString('utf8', 0, newline)) as CacheHeader;
    if (header.format !== 2) return null;
    body = file.subarray(newline + 1);
  } catch {
    // No cache (running from sources, or not built), or a file that cannot be read: compile.
    return null;
  }
  const concepts = header.lexicon.concepts.map((c) => c.id);
  const [start, end] = header.examples;
  return CompiledLexicon.fromData(
    header.lexicon,
    (lang) => branchesOf(body, header.terms[lang], concepts),
    () => JSON.parse(body.toString('utf8', start, end)) as CompiledExample[],
  );
}
