/**
 * Exact token-sequence matching for the cue lists (negation triggers, frames, advice phrases):
 * one trie per list, one pass over the tokens, leftmost-longest.
 */
import type { Token } from '../parse/tokens.js';
import { termWords } from '../parse/tokens.js';

interface Node {
  next: Map<string, Node>;
  end: boolean;
}

export interface PhraseHit {
  first: number;
  /** Exclusive. */
  last: number;
  phrase: string;
}

export class PhraseSet {
  private readonly root: Node = { next: new Map(), end: false };

  constructor(phrases: string[]) {
    for (const p of phrases) {
      let node = this.root;
      for (const w of termWords(p)) {
        let child = node.next.get(w);
        if (!child) {
          child = { next: new Map(), end: false };
          node.next.set(w, child);
        }
        node = child;
      }
      node.end = true;
    }
  }

  find(tokens: Token[], from = 0, to = tokens.length): PhraseHit[] {
    const hits: PhraseHit[] = [];
    let i = from;
    while (i < to) {
      const end = this.longestAt(tokens, i, to);
      if (end > i) {
        hits.push({ first: i, last: end, phrase: tokens.slice(i, end).map((t) => t.norm).join(' ') });
        i = end;
      } else i++;
    }
    return hits;
  }

  /** End (exclusive) of the longest phrase starting at token i, or i when none does. */
  longestAt(tokens: Token[], i: number, to = tokens.length): number {
    let node: Node | undefined = this.root;
    let best = i;
    for (let j = i; j < to; j++) {
      node = node.next.get(tokens[j]!.norm);
      if (!node) break;
      if (node.end) best = j + 1;
    }
    return best;
  }

  has(word: string): boolean {
    return this.root.next.get(word)?.end === true;
  }
}

interface MultiNode {
  next: Map<string, MultiNode>;
  /** Lists in which the phrase that ends here appears. */
  lists: number[];
}

/**
 * Several phrase lists in one trie, so that a sentence is walked once for all of them (it was
 * walked once per list). Results are the same as PhraseSet.find per list: leftmost-longest,
 * without overlaps within a list.
 */
export class MultiPhraseSet<K extends string> {
  private readonly root: MultiNode = { next: new Map(), lists: [] };
  private readonly names: K[];
  private free = new Int32Array(0);
  private longest = new Int32Array(0);

  constructor(lists: Record<K, string[]>) {
    this.names = Object.keys(lists) as K[];
    this.names.forEach((name, index) => {
      for (const p of lists[name]) {
        let node = this.root;
        for (const w of termWords(p)) {
          let child = node.next.get(w);
          if (!child) {
            child = { next: new Map(), lists: [] };
            node.next.set(w, child);
          }
          node = child;
        }
        if (!node.lists.includes(index)) node.lists.push(index);
      }
    });
  }

  findAll(tokens: Token[]): Record<K, PhraseHit[]> {
    const count = this.names.length;
    const out = {} as Record<K, PhraseHit[]>;
    const lists: PhraseHit[][] = new Array(count);
    // Most lists have no hit in a sentence: they share one frozen empty array (a dozen arrays
    // per sentence were a tenth of the classifier's allocations); a list gets its own on its first hit.
    for (let l = 0; l < count; l++) out[this.names[l]!] = lists[l] = NO_HITS as PhraseHit[];
    // Per list, the first token not yet covered by one of its hits; reused from call to call
    // (two typed arrays per sentence were a measurable part of the classification).
    if (this.free.length < count) {
      this.free = new Int32Array(count);
      this.longest = new Int32Array(count);
    }
    const free = this.free;
    const longest = this.longest;
    free.fill(0);
    const root = this.root.next;
    for (let i = 0; i < tokens.length; i++) {
      // Most words start no cue at all: one look-up, nothing allocated.
      let node = root.get(tokens[i]!.norm);
      if (!node) continue;
      longest.fill(-1);
      let any = false;
      for (let j = i; ; ) {
        for (const l of node.lists) {
          longest[l] = j + 1;
          any = true;
        }
        if (++j >= tokens.length) break;
        node = node.next.get(tokens[j]!.norm);
        if (!node) break;
      }
      if (!any) continue;
      for (let l = 0; l < count; l++) {
        const end = longest[l]!;
        if (end < 0 || i < free[l]!) continue;
        let list = lists[l]!;
        if (list === NO_HITS) out[this.names[l]!] = lists[l] = list = [];
        list.push({ first: i, last: end, phrase: phraseOf(tokens, i, end) });
        free[l] = end;
      }
    }
    return out;
  }
}

const NO_HITS: readonly PhraseHit[] = Object.freeze([]);

function phraseOf(tokens: Token[], first: number, last: number): string {
  if (last - first === 1) return tokens[first]!.norm;
  let s = tokens[first]!.norm;
  for (let k = first + 1; k < last; k++) s += ' ' + tokens[k]!.norm;
  return s;
}
