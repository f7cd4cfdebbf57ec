/**
 * Compiles lexicons once into a trie over word stems, so that every term of every concept is
 * matched in one pass over a sentence's tokens. Terms are never turned into regular expressions.
 */
import type { Language } from '../parse/model.js';
import type { Token } from '../parse/tokens.js';
import { termWords } from '../parse/tokens.js';
import { isInflectionOf, stem } from './stem.js';
import type { ConceptSpec, ExampleSpec, LoadedLexicon, Localized, OppositionSpec, TermSpec } from './types.js';
import { LexiconError, place } from './errors.js';

export interface CompiledTerm {
  concept: string;
  text: string;
  words: string[];
  exact: boolean;
  /** 'reject' when the expression itself denies its concept. */
  stance: 'endorse' | 'reject';
}

interface TrieNode {
  next: Map<string, TrieNode>;
  terms: CompiledTerm[];
  /** next, looked up by the transcript's words instead of their stems (see childFor). */
  byWord: Map<string, TrieNode | null> | null;
}

export interface Concept {
  id: string;
  label: Localized;
  description?: Localized;
  /** The file that defines it. */
  source: string;
  /** file#pointer of its definition, for messages. */
  where: string;
}

export interface Opposition {
  id: string;
  between: [string, string];
  message: Localized;
  source: string;
  /** file#pointer of its definition, for messages. */
  where: string;
  /** Set (true) only for the two sides of one choice: rejecting both is also a contradiction. */
  complementary?: true;
  /**
   * Set (true) when the first concept includes the second (self-interest includes profit): not an
   * opposition of two endorsements, but rejecting the first and endorsing the second contradicts.
   */
  includes?: true;
}

/** A lexicon example, kept to be run as a test and shown in docs. */
export interface CompiledExample extends ExampleSpec {
  source: string;
  where: string;
}

/** What compile() derives from the files, as plain data (CompiledLexicon.toData / fromData). */
export interface CompiledData {
  files: Array<{ source: string; name?: string; description?: string }>;
  concepts: Concept[];
  oppositions: Opposition[];
  examples: CompiledExample[];
  /** Every term of each language, in compile order. */
  terms: Record<Language, CompiledTerm[]>;
}

/**
 * A language's terms by the root branch of the trie they belong to (the stem of their first word),
 * each made when its branch is first reached (see cache.ts).
 */
export interface TermBranches {
  /** The terms whose first word has the stem `key`, in compile order; undefined when none does. */
  branch(key: string): readonly CompiledTerm[] | undefined;
  /** Every term in compile order: the same objects as branch() gives. */
  all(): CompiledTerm[];
}

export interface TermMatch {
  term: CompiledTerm;
  /** Token indices, end exclusive. */
  first: number;
  last: number;
  /** Tokens inside [first, last) that are not part of the term (a negation or adverb said inside it). */
  skipped: number[];
}

/**
 * Words that may interrupt a multi-word term without changing it: French negation wraps the verb
 * ("je ne travaille jamais le week-end" still mentions "travailler le week-end"), adverbs slip in
 * ("I post really often"). They are skipped for matching, and stay visible to the classifier.
 */
const SKIPPABLE: Record<Language, Set<string>> = {
  fr: new Set(['ne', 'n', 'ni', 'pas', 'jamais', 'plus', 'guère', 'point', 'souvent', 'toujours', 'vraiment', 'beaucoup', 'aussi', 'même', 'surtout', 'encore', 'déjà', 'trop', 'bien', 'plutôt', 'parfois',
    // Intensifiers: "jouer très prudent" is still "jouer prudent".
    'très', 'hyper', 'super', 'extrêmement', 'tellement', 'assez',
    // Emphatic quantifiers: "pas une seule formation" is still "une formation".
    'seul', 'seule']),
  en: new Set(['not', 'nor', 'never', 'always', 'often', 'really', 'also', 'just', 'even', 'still', 'ever', 'truly', 'usually', 'sometimes', "don't", "doesn't", "didn't", 'rarely', 'seldom',
    // Intensifiers: "play it extremely safe" is still "play it safe".
    'very', 'extremely', 'super', 'incredibly', 'pretty', 'quite', 'so',
    // "not a single day off" is still "a day off".
    'single',
    // "take no risks", "never take any risks": a determiner said before a term's noun ("no" is the
    // negation, read by the classifier as one said inside the term).
    'no', 'any',
    // Objects said inside a verb phrase: "asked anyone for help", "asked them for help".
    'anyone', 'anybody', 'someone', 'somebody', 'them', 'him', 'her', 'people']),
};
const MAX_SKIPS = 2;

/**
 * Negative determiners said in place of a term's article: "je ne prends aucun risque" says "prendre
 * le risque", denied; "we take no risk" says "take a risk", denied. The word stands for the article
 * in the match and stays visible to the classifier as a negation said inside the term (it is listed
 * with the skipped words, which is how a negation inside a term is read).
 * "any" stands for an article too ("I never take any risk"), and carries no negation of its own.
 */
const NEGATIVE_DETERMINERS: Record<Language, Set<string>> = {
  fr: new Set(['aucun', 'aucune', 'nul', 'nulle']),
  en: new Set(['no', 'any']),
};
/** The articles (as written in terms) a negative determiner may stand for. */
const ARTICLES: Record<Language, string[]> = {
  fr: ['un', 'une', 'le', 'la', 'les', 'l', 'des', 'du', 'de', 'd'],
  en: ['a', 'an', 'the', 'some'],
};
/** The skipped words of the (many) matches that skip none: one shared array, never written to. */
const NO_SKIPS: number[] = Object.freeze([]) as unknown as number[];

/** Articles and prepositions: they do not make a term more specific. */
const FUNCTION_WORDS = new Set(['a', 'an', 'the', 'of', 'to', 'for', 'in', 'on', 'my', 'your', 'our', 'le', 'la', 'les', 'l', 'un', 'une', 'des', 'de', 'du', 'd', 'à', 'au', 'aux', 'en', 'pour', 'par', 'mon', 'ma', 'mes', 'vos', 'votre', 'nos', 'notre']);

/** An opposition's flags, set only when true (so that saved lexicons and reports stay as they were). */
function flagsOf(o: { complementary?: boolean; includes?: boolean }): { complementary?: true; includes?: true } {
  return { ...(o.complementary === true ? { complementary: true as const } : {}), ...(o.includes === true ? { includes: true as const } : {}) };
}

export class CompiledLexicon {
  readonly concepts = new Map<string, Concept>();
  readonly oppositions = new Map<string, Opposition>();
  /** Oppositions by concept id, both directions. */
  readonly opposedTo = new Map<string, Opposition[]>();
  /**
   * One trie per language, built on first use: stemming every term is most of the compile time,
   * and a transcript is in one language, so the other trie is usually never built.
   */
  private readonly tries: Partial<Record<Language, TrieNode>> = {};
  /**
   * Terms not yet in their trie, by the stem of their first word: the branch of the root for a
   * stem is built the first time a transcript word has that stem. A transcript meets a small part
   * of the ~3,000 first words of a language, and building every branch was most of the start-up's
   * trie time. Each branch holds the same terms, in the same order, as a trie built at once.
   */
  private readonly branches: Partial<Record<Language, TermBranches>> = {};
  /**
   * The root branch each transcript word starts (null: none), by the word as written: one look-up
   * per word instead of its stem's, the root's and the unbuilt branches'. Most words start no
   * term, and a transcript repeats its words.
   */
  private readonly firstNodes: Record<Language, Map<string, TrieNode | null>> = { fr: new Map(), en: new Map() };
  /** Every term of a language in compile order: the trie's insertion order, and what toData() saves. */
  private readonly ordered: Record<Language, CompiledTerm[]> = { fr: [], en: [] };
  private readonly terms = new Map<string, Record<Language, CompiledTerm[]>>();
  /**
   * For a lexicon rebuilt from data (fromData), each language's terms, made on demand: a
   * transcript is in one language and reaches a few branches of its trie, so most terms are never
   * made. Compiled lexicons read `ordered`.
   */
  private readonly unrestored: Partial<Record<Language, () => TermBranches>> = {};
  /**
   * Languages whose per-concept term lists are still to be filled (fromData): only termsOf(),
   * termCount() and toData() read them, never a check.
   */
  private readonly unlisted = new Set<Language>();
  private exampleList: CompiledExample[] | (() => CompiledExample[]) = [];

  /** Examples of the loaded lexicons, in file order (those naming a switched-off concept left out). */
  get examples(): CompiledExample[] {
    // Read from the cache only when asked for: `lexicons` commands, never a check.
    if (typeof this.exampleList === 'function') this.exampleList = this.exampleList();
    return this.exampleList;
  }

  /** The files compiled, in order, with their name and description. */
  readonly files: Array<{ source: string; name?: string; description?: string }> = [];

  termCount(concept: string, lang: Language): number {
    this.restore(lang);
    return this.terms.get(concept)?.[lang].length ?? 0;
  }

  /** The terms of a concept in one language, built-in ones first, then those users added. */
  termsOf(concept: string, lang: Language): readonly CompiledTerm[] {
    this.restore(lang);
    return this.terms.get(concept)?.[lang] ?? [];
  }

  /**
   * Matches of all terms in `tokens`; where two overlap, the one with more words wins ("keep a plan
   * B" is caution, not "a plan"), then the earlier one. Each start walks the trie at most as deep as
   * the longest term, so the work is linear in the number of tokens.
   */
  match(tokens: Token[], lang: Language): TermMatch[] {
    const root = this.trie(lang);
    const firstOf = this.firstNodes[lang];
    const skippable = SKIPPABLE[lang];
    let candidates: TermMatch[] | null = null;
    let walker: TermWalk | null = null;
    for (let i = 0; i < tokens.length; i++) {
      // Most words start no term (a term never starts with a skipped word); most that do ("le",
      // "vous", "je") go no further: neither a term of one word, nor a next word or skippable word
      // that continues one. Both are settled here without the depth-first walk.
      const first = this.firstNode(firstOf, tokens[i]!.norm, lang);
      if (!first) continue;
      if (first.terms.length === 0) {
        const j = i + 1;
        if (j >= tokens.length) continue;
        const next = tokens[j]!.norm;
        if (childFor(first, next, lang) === null && !(first.next.size > 0 && (skippable.has(next) || NEGATIVE_DETERMINERS[lang].has(next)))) continue;
      }
      walker ??= new TermWalk(tokens, lang);
      const best = walker.from(first, i);
      if (best) (candidates ??= []).push(best);
    }
    if (!candidates) return [];
    if (candidates.length <= 1) return candidates;
    // Candidates come in order of their first token: when none overlaps the next, all are kept, in
    // that order, and there is nothing to choose (the common case).
    let overlap = false;
    for (let k = 1; k < candidates.length && !overlap; k++) if (candidates[k]!.first < candidates[k - 1]!.last) overlap = true;
    if (!overlap) return candidates;
    // Longer in content words first ("plan B" over "a plan"); on a tie the one that ends later
    // ("have a plan B" is about the plan B), then the leftmost. A sentence has a handful of
    // candidates: an insertion sort of their indices, each weight counted once (Array.prototype.sort
    // allocated a work copy, and the comparator a filtered array, on every call).
    const n = candidates.length;
    const weights = new Array<number>(n);
    for (let k = 0; k < n; k++) weights[k] = contentWordCount(candidates[k]!.term.words);
    const before = (a: number, b: number): boolean => {
      const ca = candidates[a]!;
      const cb = candidates[b]!;
      return weights[a]! !== weights[b]! ? weights[a]! > weights[b]! : ca.last !== cb.last ? ca.last > cb.last : ca.first < cb.first;
    };
    const order = new Array<number>(n);
    for (let k = 0; k < n; k++) {
      let j = k;
      while (j > 0 && before(k, order[j - 1]!)) {
        order[j] = order[j - 1]!;
        j--;
      }
      order[j] = k;
    }
    const taken = new Uint8Array(tokens.length);
    const kept = new Uint8Array(n);
    for (const k of order) {
      const c = candidates[k]!;
      let free = true;
      for (let t = c.first; t < c.last && free; t++) if (taken[t]) free = false;
      if (!free) continue;
      for (let t = c.first; t < c.last; t++) taken[t] = 1;
      kept[k] = 1;
    }
    // In the order of their first token, as the candidates came.
    return candidates.filter((_, k) => kept[k] === 1);
  }

  /**
   * Merges and compiles lexicon files, in order (built-in first, then the user's):
   * - a concept entry with a `label` defines a concept; one without adds its terms to the concept
   *   of that id defined in any loaded file (so a user lexicon can extend a built-in concept);
   * - ids in a file's `disable` switch off the concepts and oppositions of that id defined in the
   *   OTHER files, with everything that refers to them (terms added to them, oppositions, examples);
   *   the disabling file may define a replacement with the same id; unknown ids are ignored;
   * - duplicate concept or opposition ids, and a term given twice in one language (anywhere), are
   *   errors naming both places; so are references to concepts no file defines.
   */
  static compile(lexicons: LoadedLexicon[]): CompiledLexicon {
    const lex = new CompiledLexicon();
    const disabledBy = new Map<string, Set<number>>();
    lexicons.forEach(({ data }, f) => {
      for (const id of data.disable ?? []) disabledBy.set(id, (disabledBy.get(id) ?? new Set()).add(f));
    });
    /** Switched off for entries of file f: some other file disables the id. */
    const isOff = (id: string, f: number) => [...(disabledBy.get(id) ?? [])].some((g) => g !== f);
    /** A reference to an id that is not there because it was switched off, not because of a typo. */
    const switchedOff = (id: string) => disabledBy.has(id) && !lex.concepts.has(id);

    lexicons.forEach(({ data, source }, f) => {
      lex.files.push({ source, name: data.name, description: data.description });
      (data.concepts ?? []).forEach((spec: ConceptSpec, k) => {
        if (spec.label === undefined || isOff(spec.id, f)) return;
        const where = place(source, `/concepts/${k}`);
        const prior = lex.concepts.get(spec.id);
        if (prior) {
          throw new LexiconError(`duplicate concept id "${spec.id}", also defined at ${prior.where}`, source, `/concepts/${k}/id`);
        }
        lex.concepts.set(spec.id, { id: spec.id, label: spec.label, description: spec.description, source, where });
        lex.terms.set(spec.id, { fr: [], en: [] });
      });
    });

    const seenTerms = new Map<string, string>();
    lexicons.forEach(({ data, source }, f) => {
      (data.concepts ?? []).forEach((spec: ConceptSpec, k) => {
        if (spec.label !== undefined ? isOff(spec.id, f) : switchedOff(spec.id)) return;
        const target = lex.terms.get(spec.id);
        if (!target) {
          throw new LexiconError(
            `no loaded lexicon defines concept "${spec.id}": add a "label" to define it here, or check the id`,
            source,
            `/concepts/${k}/id`,
          );
        }
        for (const lang of ['fr', 'en'] as const) {
          (spec.terms[lang] ?? []).forEach((t: TermSpec, n) => {
            const pointer = `/concepts/${k}/terms/${lang}/${n}`;
            const term = toTerm(spec.id, t);
            if (term.words.length === 0) {
              throw new LexiconError(`term "${term.text}" has no words (only letters and digits are matched)`, source, pointer);
            }
            const key = `${lang}:${term.words.join(' ')}`;
            const prior = seenTerms.get(key);
            if (prior) throw new LexiconError(`duplicate ${lang} term "${term.text}", also at ${prior}`, source, pointer);
            seenTerms.set(key, `${place(source, pointer)} (concept "${spec.id}")`);
            lex.insert(term, lang);
            target[lang].push(term);
          });
        }
      });
    });

    lexicons.forEach(({ data, source }, f) => {
      (data.oppositions ?? []).forEach((spec: OppositionSpec, k) => {
        if (isOff(spec.id, f)) return;
        const prior = lex.oppositions.get(spec.id);
        if (prior) {
          throw new LexiconError(`duplicate opposition id "${spec.id}", also defined at ${prior.where}`, source, `/oppositions/${k}/id`);
        }
        const [a, b] = spec.between;
        // An opposition whose concept was switched off goes with it.
        if (switchedOff(a) || switchedOff(b)) return;
        for (const [side, c] of [[0, a], [1, b]] as const) {
          if (!lex.concepts.has(c)) {
            throw new LexiconError(`opposition "${spec.id}" names unknown concept "${c}"`, source, `/oppositions/${k}/between/${side}`);
          }
        }
        lex.addOpposition({ id: spec.id, between: [a, b], message: spec.message, source, where: place(source, `/oppositions/${k}`), ...flagsOf(spec) });
      });
    });

    for (const { data, source } of lexicons) {
      (data.examples ?? []).forEach((spec: ExampleSpec, k) => {
        if (spec.expect.some((e) => switchedOff(e.concept))) return;
        spec.expect.forEach((e, j) => {
          if (!lex.concepts.has(e.concept)) {
            throw new LexiconError(`example names unknown concept "${e.concept}"`, source, `/examples/${k}/expect/${j}/concept`);
          }
        });
        lex.examples.push({ ...spec, source, where: place(source, `/examples/${k}`) });
      });
    }
    return lex;
  }

  /**
   * The compiled state as plain data, enough for fromData() to rebuild an equal lexicon without
   * the files: what the build saves for the built-in lexicons (see cache.ts).
   */
  toData(): CompiledData {
    this.restore('fr');
    this.restore('en');
    return {
      files: this.files,
      concepts: [...this.concepts.values()],
      oppositions: [...this.oppositions.values()],
      examples: this.examples,
      terms: this.ordered,
    };
  }

  /**
   * A lexicon equal to the one toData() was taken from. The terms of a language are asked for
   * (`terms(lang)`) only when that language is first used, and the examples when first read.
   */
  static fromData(
    data: Omit<CompiledData, 'terms' | 'examples'>,
    terms: (lang: Language) => TermBranches,
    examples: () => CompiledExample[],
  ): CompiledLexicon {
    const lex = new CompiledLexicon();
    // Same objects, same key order as compile() makes them (reports print some of them as they are).
    for (const f of data.files) lex.files.push({ source: f.source, name: f.name, description: f.description });
    for (const c of data.concepts) {
      lex.concepts.set(c.id, { id: c.id, label: c.label, description: c.description, source: c.source, where: c.where });
      lex.terms.set(c.id, { fr: [], en: [] });
    }
    for (const o of data.oppositions) lex.addOpposition({ id: o.id, between: o.between, message: o.message, source: o.source, where: o.where, ...flagsOf(o) });
    lex.exampleList = examples;
    for (const lang of ['fr', 'en'] as const) {
      lex.unrestored[lang] = () => terms(lang);
      lex.unlisted.add(lang);
    }
    return lex;
  }

  /** A language's terms by root branch: from the data (fromData), or grouped from the compiled terms. */
  private termBranches(lang: Language): TermBranches {
    let branches = this.branches[lang];
    if (!branches) {
      const make = this.unrestored[lang];
      branches = this.branches[lang] = make ? make() : groupByFirstStem(this.ordered[lang], lang);
    }
    return branches;
  }

  /** Every term of a language in compile order, all made first if need be (fromData). */
  private orderedTerms(lang: Language): CompiledTerm[] {
    if (this.unrestored[lang]) {
      const branches = this.termBranches(lang);
      delete this.unrestored[lang];
      this.ordered[lang] = branches.all();
    }
    return this.ordered[lang];
  }

  /** Restores a language's terms and its per-concept lists (fromData). */
  private restore(lang: Language): void {
    const terms = this.orderedTerms(lang);
    if (!this.unlisted.delete(lang)) return;
    for (const term of terms) this.terms.get(term.concept)![lang].push(term);
  }

  private addOpposition(opp: Opposition): void {
    this.oppositions.set(opp.id, opp);
    for (const c of new Set(opp.between)) {
      const list = this.opposedTo.get(c) ?? [];
      list.push(opp);
      this.opposedTo.set(c, list);
    }
  }

  private insert(term: CompiledTerm, lang: Language): void {
    this.ordered[lang].push(term);
  }

  private firstNode(memo: Map<string, TrieNode | null>, word: string, lang: Language): TrieNode | null {
    let node = memo.get(word);
    if (node === undefined) {
      const key = stem(word, lang);
      const root = this.tries[lang]!;
      node = root.next.get(key) ?? growBranch(root, this.termBranches(lang), key, lang) ?? null;
      // Bounded like the stem memo: a huge vocabulary costs look-ups again, not memory.
      if (memo.size > 200_000) memo.clear();
      memo.set(word, node);
    }
    return node;
  }

  private trie(lang: Language): TrieNode {
    let root = this.tries[lang];
    if (!root) {
      // Its branches are grown as transcript words reach them (firstNode).
      root = this.tries[lang] = newNode();
      root.next = new Map();
    }
    return root;
  }
}

/**
 * The child of `node` that the transcript word continues (null: none), memoised on the node by the
 * word as written: the trie is keyed by stems, and stemming each word again was a look-up per step.
 */
function childFor(node: TrieNode, word: string, lang: Language): TrieNode | null {
  let memo = node.byWord;
  if (!memo) memo = node.byWord = new Map();
  let child = memo.get(word);
  if (child === undefined) {
    child = node.next.get(stem(word, lang)) ?? null;
    // Bounded: a node met with a huge vocabulary asks the stem again rather than growing.
    if (memo.size > 512) memo.clear();
    memo.set(word, child);
  }
  return child;
}

/**
 * Depth-first walk of the trie from one start token, for one sentence: at most MAX_SKIPS skipped
 * words, so each start does bounded work (the trie depth times a small constant). Made once per
 * sentence that needs it, with its working arrays.
 */
class TermWalk {
  private readonly used: number[] = [];
  private readonly skipped: number[] = [];
  private best: TermMatch | null = null;
  private start = 0;
  private readonly skippable: Set<string>;

  constructor(
    private readonly tokens: Token[],
    private readonly lang: Language,
  ) {
    this.skippable = SKIPPABLE[lang];
  }

  /** The longest term starting at token i, whose first word leads to `first`. */
  from(first: TrieNode, i: number): TermMatch | null {
    this.best = null;
    this.start = i;
    this.used.push(i);
    this.walk(first, i + 1, false);
    this.used.pop();
    return this.best;
  }

  private walk(node: TrieNode, j: number, afterSkip: boolean): void {
    const tokens = this.tokens;
    // A term ends on one of its own words, never on a skipped one.
    if (!afterSkip) for (const term of node.terms) {
      if (this.used.length === term.words.length && matchesWords(term, tokens, this.used, this.lang, this.skipped) && (!this.best || j > this.best.last)) {
        this.best = { term, first: this.start, last: j, skipped: this.skipped.length === 0 ? NO_SKIPS : [...this.skipped] };
      }
    }
    if (j >= tokens.length || node.next.size === 0) return;
    const word = tokens[j]!.norm;
    const child = childFor(node, word, this.lang);
    if (child) {
      this.used.push(j);
      this.walk(child, j + 1, false);
      this.used.pop();
    } else if (NEGATIVE_DETERMINERS[this.lang].has(word) && this.skipped.length < MAX_SKIPS) {
      // "aucun" for "le", "no" for "a": the term's article, denied (see NEGATIVE_DETERMINERS).
      for (const article of ARTICLES[this.lang]) {
        const sub = node.next.get(stem(article, this.lang));
        if (!sub) continue;
        this.used.push(j);
        this.skipped.push(j);
        this.walk(sub, j + 1, false);
        this.skipped.pop();
        this.used.pop();
      }
    }
    if (this.skipped.length < MAX_SKIPS && this.skippable.has(word)) {
      this.skipped.push(j);
      this.walk(node, j + 1, true);
      this.skipped.pop();
    }
  }
}

/**
 * Builds the root's branch for the first-word stem `key` from its terms (in compile order);
 * undefined when no term starts with that stem. Called once per stem: the branch is then in `root`.
 */
function growBranch(root: TrieNode, branches: TermBranches, key: string, lang: Language): TrieNode | undefined {
  const terms = branches.branch(key);
  if (!terms) return undefined;
  const branch = newNode();
  root.next.set(key, branch);
  for (const term of terms) {
    let node = branch;
    for (let k = 1; k < term.words.length; k++) {
      const next = stem(term.words[k]!, lang);
      let child = node.next.get(next);
      if (!child) {
        child = newNode();
        if (node.next === NO_CHILDREN) node.next = new Map();
        node.next.set(next, child);
      }
      node = child;
    }
    if (node.terms === NO_TERMS) node.terms = [];
    node.terms.push(term);
  }
  return branch;
}

/** Compiled terms grouped by the stem of their first word (the root branch they belong to). */
export function groupByFirstStem(terms: CompiledTerm[], lang: Language): TermBranches & { keys(): IterableIterator<string> } {
  const groups = new Map<string, CompiledTerm[]>();
  for (const term of terms) {
    const key = stem(term.words[0]!, lang);
    const list = groups.get(key);
    if (list) list.push(term);
    else groups.set(key, [term]);
  }
  return { branch: (key) => groups.get(key), all: () => terms, keys: () => groups.keys() };
}

/**
 * The children of a node that has none: most nodes are the last word of their terms, and a Map
 * each was a tenth of the trie's start-up time. Never written to: a node gets its own on its first child.
 */
const NO_CHILDREN: ReadonlyMap<string, TrieNode> = new Map();
/** The same for the terms of a node that ends none (a word inside longer terms). */
const NO_TERMS: readonly CompiledTerm[] = Object.freeze([]);

function newNode(): TrieNode {
  return { next: NO_CHILDREN as Map<string, TrieNode>, terms: NO_TERMS as CompiledTerm[], byWord: null };
}

function toTerm(concept: string, spec: TermSpec): CompiledTerm {
  const text = typeof spec === 'string' ? spec : spec.text;
  return {
    concept,
    text,
    words: termWords(text),
    exact: typeof spec === 'string' ? false : spec.exact === true,
    stance: typeof spec === 'string' ? 'endorse' : spec.stance ?? 'endorse',
  };
}

function contentWordCount(words: string[]): number {
  let n = 0;
  for (const w of words) if (!FUNCTION_WORDS.has(w)) n++;
  return n;
}

function matchesWords(term: CompiledTerm, tokens: Token[], at: number[], lang: Language, substituted: readonly number[]): boolean {
  for (let k = 0; k < term.words.length; k++) {
    // A negative determiner standing for the term's article (its trie step was the article's).
    if (substituted.length > 0 && substituted.includes(at[k]!)) continue;
    const word = tokens[at[k]!]!.norm;
    const form = term.words[k]!;
    if (term.exact ? word !== form : !isInflectionOf(word, form, lang)) return false;
  }
  return true;
}
