/**
 * Formatters by name. The names feed commander's .choices() and the configuration schema; each
 * formatter module is loaded only when it is used (start-up time: a run prints one format).
 */
import type { Formatter } from './types.js';

const LOADERS: Record<string, () => Promise<Formatter>> = {
  stylish: async () => {
    const [{ makeStylish }, { Chalk }] = await Promise.all([import('./stylish.js'), import('chalk')]);
    return makeStylish(Chalk);
  },
  json: async () => (await import('./json.js')).json,
  sarif: async () => (await import('./sarif.js')).sarif,
  github: async () => (await import('./github.js')).github,
  markdown: async () => (await import('./markdown.js')).markdown,
};

export const FORMAT_NAMES: readonly string[] = Object.keys(LOADERS);

export async function loadFormatter(name: string): Promise<Formatter | null> {
  const load = LOADERS[name];
  return load ? load() : null;
}

/** Machine formats: no spinner, no colour, nothing but the report on stdout. */
export const MACHINE_FORMATS = new Set(['json', 'sarif', 'github']);

export type { Formatter, FormatContext, Report, RuleInfo } from './types.js';
