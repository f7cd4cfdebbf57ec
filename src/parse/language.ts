/** French or English, from the share of frequent function words (first 50,000 characters). */
import type { Language } from './model.js';
import { tokenize } from './tokens.js';

const FR = new Set(['le', 'la', 'les', 'de', 'des', 'du', 'et', 'est', 'je', 'vous', 'nous', 'pas', 'que', 'qui', 'une', 'un', 'pour', 'dans', 'sur', 'avec', 'ce', 'c', 'j', 'l', 'd', 'n', 'qu', 'mais', 'ou', 'au', 'aux', 'il', 'elle', 'on', 'ne', 'très', 'être', 'être', 'mon', 'ma', 'mes', 'votre', 'vos', 'moi', 'ça']);
const EN = new Set(['the', 'and', 'is', 'are', 'i', 'you', 'we', 'not', 'that', 'which', 'a', 'an', 'for', 'in', 'on', 'with', 'this', 'it', 'but', 'or', 'to', 'of', 'he', 'she', 'they', 'was', 'were', 'be', 'my', 'your', 'do', 'what', "don't", 'have', 'has']);

export function detectLanguage(text: string): Language {
  let fr = 0;
  let en = 0;
  for (const t of tokenize(text.slice(0, 50_000))) {
    if (FR.has(t.norm)) fr++;
    if (EN.has(t.norm)) en++;
  }
  return en > fr ? 'en' : 'fr';
}
