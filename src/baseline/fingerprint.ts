/**
 * A finding's fingerprint: what stays the same when lines move. It hashes the rule, the speaker,
 * the concepts and the statements' normalised texts (case, Unicode composition, Markdown emphasis,
 * quotation marks, spacing and end punctuation do not count), never line numbers. Statements are taken in
 * sorted order, so swapping the two paragraphs keeps the fingerprint.
 */
import { createHash } from 'node:crypto';
import type { Finding } from '../detect/types.js';

export function normalizeText(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[’‘ʼ`´]/g, "'")
    .replace(/[«»“”„"*_~>#|]+/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/ ([.,;:!?…])/g, '$1')
    .trim()
    .replace(/[\s.!?…;:,']+$/u, '')
    .replace(/^[\s'-]+/u, '');
}

export function fingerprint(f: Finding): string {
  const concepts = [...new Set(f.statements.map((s) => s.concept))].sort();
  const texts = f.statements.map((s) => normalizeText(s.text)).sort();
  const key = JSON.stringify([f.ruleId, normalizeText(f.speaker), concepts, texts]);
  return createHash('sha256').update(key).digest('hex').slice(0, 32);
}
