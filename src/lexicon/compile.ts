/**
 * Compiles lexicons once into a trie over word stems, so that every term of every concept is
 * matched in one pass over a sentence's tokens. Terms are never turned into regular expressions.
 */
import type { Language } from '../parse/model.js';
import type { Token } from '../parse/tokens.js';
import { termWords } from '../parse/tokens.js';
import { isInflectionOf, stem } from './stem.js';
import type { ConceptSpec, LoadedLexicon, Localized, OppositionSpec, TermSpec } from './types.js';
import { LexiconError } from './errors.js';

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
}

export interface Concept {
  id: string;
  label: Localized;
  description?: Localized;
  source: string;
}

export interface Opposition {
  id: string;
  between: [string, string];
  message: Localized;
  source: string;
}

export interface TermMatch {
  term: CompiledTerm;
  /** Token indices, end exclusive. */
  first: number;
  last: number;
}

export class CompiledLexicon {
  readonly concepts = new Map<string, Concept>();
  readonly oppositions = new Map<string, Opposition>();
  /** Oppositions by concept id, both directions. */
  readonly opposedTo = new Map<string, Opposition[]>();
  private readonly tries: Record<Language, TrieNode> = { fr: newNode(), en: newNode() };
  private readonly termCounts: Record<string, Record<Language, number>> = {};

  termCount(concept: string, lang: Language): number {
    return this.termCounts[concept]?.[lang] ?? 0;
  }

  /**
   * Leftmost-longest matches of all terms in `tokens`. Each start walks the trie at most as deep as
   * the longest term, so the work is linear in the number of tokens.
   */
  match(tokens: Token[], lang: Language): TermMatch[] {
    const root = this.tries[lang];
    const keys = tokens.map((t) => stem(t.norm, lang));
    const out: TermMatch[] = [];
    let i = 0;
    while (i < tokens.length) {
      let node: TrieNode | undefined = root;
      let best: TermMatch | null = null;
      for (let j = i; j < tokens.length; j++) {
        node = node.next.get(keys[j]!);
        if (!node) break;
        for (const term of node.terms) {
          if (matchesWords(term, tokens, i, lang) && (!best || j + 1 > best.last)) {
            best = { term, first: i, last: j + 1 };
          }
        }
      }
      if (best) {
        out.push(best);
        i = best.last;
      } else i++;
    }
    return out;
  }

  static compile(lexicons: LoadedLexicon[]): CompiledLexicon {
    const lex = new CompiledLexicon();
    const disabled = new Set<string>();
    for (const { data } of lexicons) for (const id of data.disable ?? []) disabled.add(id);
    const conceptSpecs: Array<{ spec: ConceptSpec; source: string }> = [];
    for (const { data, source } of lexicons) {
      for (const spec of data.concepts ?? []) {
        if (disabled.has(spec.id)) continue;
        const prior = lex.concepts.get(spec.id);
        if (prior) {
          throw new LexiconError(`duplicate concept id "${spec.id}" (also in ${prior.source})`, source, '/concepts');
        }
        lex.concepts.set(spec.id, { id: spec.id, label: spec.label, description: spec.description, source });
        conceptSpecs.push({ spec, source });
      }
    }
    for (const { data, source } of lexicons) {
      (data.oppositions ?? []).forEach((spec: OppositionSpec, k) => {
        if (disabled.has(spec.id)) return;
        const prior = lex.oppositions.get(spec.id);
        if (prior) {
          throw new LexiconError(`duplicate opposition id "${spec.id}" (also in ${prior.source})`, source, `/oppositions/${k}/id`);
        }
        const [a, b] = spec.between;
        // An opposition whose concept was switched off goes with it.
        if (disabled.has(a) || disabled.has(b)) return;
        for (const [side, c] of [[0, a], [1, b]] as const) {
          if (!lex.concepts.has(c)) {
            throw new LexiconError(`opposition "${spec.id}" names unknown concept "${c}"`, source, `/oppositions/${k}/between/${side}`);
          }
        }
        const opp: Opposition = { id: spec.id, between: [a, b], message: spec.message, source };
        lex.oppositions.set(spec.id, opp);
        for (const c of new Set([a, b])) {
          const list = lex.opposedTo.get(c) ?? [];
          list.push(opp);
          lex.opposedTo.set(c, list);
        }
      });
    }
    const seenTerms = new Map<string, string>();
    for (const { spec, source } of conceptSpecs) {
      lex.termCounts[spec.id] = { fr: 0, en: 0 };
      for (const lang of ['fr', 'en'] as const) {
        (spec.terms[lang] ?? []).forEach((t: TermSpec, k) => {
          const term = toTerm(spec.id, t);
          if (term.words.length === 0) {
            throw new LexiconError(`term "${term.text}" has no words`, source, `/concepts/${spec.id}/terms/${lang}/${k}`);
          }
          const key = `${lang}:${term.words.join(' ')}`;
          const where = `${source}#/concepts/${spec.id}/terms/${lang}/${k}`;
          const prior = seenTerms.get(key);
          if (prior) {
            throw new LexiconError(`duplicate term "${term.text}" (also at ${prior})`, source, `/concepts/${spec.id}/terms/${lang}/${k}`);
          }
          seenTerms.set(key, where);
          lex.insert(term, lang);
          lex.termCounts[spec.id]![lang]++;
        });
      }
    }
    return lex;
  }

  private insert(term: CompiledTerm, lang: Language): void {
    let node = this.tries[lang];
    for (const w of term.words) {
      const key = stem(w, lang);
      let child = node.next.get(key);
      if (!child) {
        child = newNode();
        node.next.set(key, child);
      }
      node = child;
    }
    node.terms.push(term);
  }
}

function newNode(): TrieNode {
  return { next: new Map(), terms: [] };
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

function matchesWords(term: CompiledTerm, tokens: Token[], from: number, lang: Language): boolean {
  for (let k = 0; k < term.words.length; k++) {
    const word = tokens[from + k]!.norm;
    const form = term.words[k]!;
    if (term.exact ? word !== form : !isInflectionOf(word, form, lang)) return false;
  }
  return true;
}
