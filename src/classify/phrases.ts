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
