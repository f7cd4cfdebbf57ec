/** Formatters by name: the one map that also feeds commander's .choices(). */
import { github } from './github.js';
import { json } from './json.js';
import { markdown } from './markdown.js';
import { sarif } from './sarif.js';
import { stylish } from './stylish.js';
import type { Formatter } from './types.js';

export const FORMATTERS: Record<string, Formatter> = {
  stylish,
  json,
  sarif,
  github,
  markdown,
};

/** Machine formats: no spinner, no colour, nothing but the report on stdout. */
export const MACHINE_FORMATS = new Set(['json', 'sarif', 'github']);

export type { Formatter, FormatContext, Report, RuleInfo } from './types.js';
