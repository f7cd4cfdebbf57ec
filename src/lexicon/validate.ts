/**
 * Shape checks for lexicon data against lexicons/schema.json, with ajv. The first problem is
 * reported as one line naming the file and the JSON pointer of the bad value
 * (`user.json#/concepts/3/terms/fr/2: must be a string or an object (got number)`).
 *
 * When validation runs: user lexicons (--lexicon, the configuration's `lexicons`, `dissonance
 * lexicons validate`) are always validated. The built-in files are not validated at run time:
 * they ship with the package, tests/lexicon-schema.test.ts validates every one of them, and
 * loading ajv and compiling the schema costs ~150 ms, more than checking a transcript. So ajv is
 * loaded (with createRequire, synchronously) and the schema compiled only on the first call, once
 * per process. Checks the schema cannot express (unknown concept ids, duplicates across files)
 * are made by compile.ts, for built-in and user lexicons alike.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { LexiconError, pointerSegment } from './errors.js';
import type { LexiconFile } from './types.js';

const require = createRequire(import.meta.url);

/** lexicons/schema.json at the package root (src/lexicon or dist/lexicon -> ../../lexicons). */
export const SCHEMA_URL = new URL('../../lexicons/schema.json', import.meta.url);

let validator: ValidateFunction | undefined;

function getValidator(): ValidateFunction {
  if (!validator) {
    const { default: Ajv } = require('ajv') as typeof import('ajv');
    // allErrors false: stop at the first problem, which is the one reported.
    // verbose: errors carry their schema, to list the allowed properties.
    const ajv = new Ajv({ allErrors: false, allowUnionTypes: true, verbose: true, code: { optimize: false } });
    validator = ajv.compile(JSON.parse(readFileSync(SCHEMA_URL, 'utf8')) as object);
  }
  return validator;
}

export function validateLexicon(data: unknown, source: string): asserts data is LexiconFile {
  const validate = getValidator();
  if (validate(data)) return;
  const error = validate.errors?.[0];
  if (!error) throw new LexiconError('does not match the lexicon schema', source, '');
  const { pointer, message } = describeError(error, data);
  throw new LexiconError(message, source, pointer);
}

/** One ajv error as a pointer to the bad value and a plain sentence. */
export function describeError(error: ErrorObject, data: unknown): { pointer: string; message: string } {
  const at = error.instancePath;
  const value = valueAt(data, at);
  const got = ` (got ${show(value)})`;
  const p = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'type': {
      const types = ([] as string[]).concat(p.type as string | string[]).map(article);
      return { pointer: at, message: `${at === '' ? 'a lexicon must be' : 'must be'} ${types.join(' or ')}${got}` };
    }
    case 'required':
      return { pointer: at, message: `missing required property "${String(p.missingProperty)}"` };
    case 'additionalProperties': {
      const name = String(p.additionalProperty);
      const allowed = Object.keys((error.parentSchema?.properties as object | undefined) ?? {});
      const hint = allowed.length > 0 ? ` (allowed: ${allowed.join(', ')})` : '';
      return { pointer: `${at}/${pointerSegment(name)}`, message: `unknown property "${name}"${hint}` };
    }
    case 'enum':
      return { pointer: at, message: `must be one of ${(p.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}${got}` };
    case 'pattern':
      return error.schemaPath.startsWith('#/definitions/id/')
        ? { pointer: at, message: `must be a kebab-case id: lowercase letters and digits joined by single hyphens, e.g. "self-interest"${got}` }
        : { pointer: at, message: `${error.message ?? 'does not match the pattern'}${got}` };
    case 'minLength':
      return { pointer: at, message: 'must not be empty' };
    case 'minProperties':
      return { pointer: at, message: 'must give at least one language ("fr" or "en")' };
    case 'minItems':
    case 'maxItems':
      return at.endsWith('/between')
        ? { pointer: at, message: `must name exactly two concepts${got}` }
        : { pointer: at, message: `must have ${error.keyword === 'minItems' ? 'at least' : 'at most'} ${String(p.limit)} item${p.limit === 1 ? '' : 's'}` };
    case 'uniqueItems':
      return { pointer: `${at}/${String(p.i)}`, message: `duplicate of item ${String(p.j)}${got}` };
    case 'dependencies':
      return {
        pointer: at,
        message: `"${String(p.property)}" needs "${String(p.missingProperty)}" (an entry without a label only adds terms to a concept defined elsewhere)`,
      };
    default:
      return { pointer: at, message: error.message ?? `does not match the schema (${error.keyword})` };
  }
}

function article(type: string): string {
  return type === 'array' || type === 'object' || type === 'integer' ? `an ${type}` : `a ${type}`;
}

function valueAt(data: unknown, pointer: string): unknown {
  if (pointer === '') return data;
  let v: unknown = data;
  for (const raw of pointer.slice(1).split('/')) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (typeof v !== 'object' || v === null) return undefined;
    v = (v as Record<string, unknown>)[key];
  }
  return v;
}

function show(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') {
    const s = value.length > 40 ? `${value.slice(0, 40)}…` : value;
    return JSON.stringify(s);
  }
  return String(value);
}
