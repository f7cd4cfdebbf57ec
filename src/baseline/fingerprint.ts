/**
 * A finding's fingerprint: what stays the same when lines move. It hashes the rule, the speaker,
 * the concepts and the statements' normalised texts (case, Unicode composition, Markdown emphasis,
 * quotation marks, spacing and end punctuation do not count), never line numbers. Statements are taken in
 * sorted order, so swapping the two paragraphs keeps the fingerprint.
 */
import { createHash } from 'node:crypto';
import type { Finding } from '../detect/types.js';

export function normalizeText(text: string): string {
  const t = text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[’‘ʼ`´]/g, "'")
    .replace(/[«»“”„"*_~>#|]+/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/ ([.,;:!?…])/g, '$1')
    .trim();
  // Trailing punctuation by hand: /[…]+$/ retries from every character of a long run (quadratic).
  let end = t.length;
  while (end > 0 && TRAILING.has(t[end - 1]!)) end--;
  return t.slice(0, end).replace(/^[\s'-]+/u, '');
}

const TRAILING = new Set([' ', '.', '!', '?', '…', ';', ':', ',', "'"]);

export function fingerprint(f: Finding): string {
  const concepts = [...new Set(f.statements.map((s) => s.concept))].sort();
  const texts = f.statements.map((s) => normalizeText(s.text)).sort();
  const key = JSON.stringify([f.ruleId, normalizeText(f.speaker), concepts, texts]);
  return createHash('sha256').update(key).digest('hex').slice(0, 32);
}
