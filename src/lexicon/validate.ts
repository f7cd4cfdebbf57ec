/**
 * Shape checks for lexicon data. Minimal until the JSON Schema validation lands (issue 4): the
 * pointer of the first bad value is reported.
 */
import { LexiconError } from './errors.js';

export function validateLexicon(data: unknown, source: string): void {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new LexiconError('a lexicon must be a JSON object', source, '');
  }
  const d = data as Record<string, unknown>;
  for (const key of ['concepts', 'oppositions', 'examples', 'disable']) {
    if (d[key] !== undefined && !Array.isArray(d[key])) {
      throw new LexiconError(`"${key}" must be an array`, source, `/${key}`);
    }
  }
}
