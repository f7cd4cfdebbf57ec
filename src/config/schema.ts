/**
 * The JSON Schema (draft-07) of `.dissonancerc.json`. Unknown keys are errors, so a typo
 * ("failon") is reported instead of silently ignored. The formats are the registered formatters.
 */
export const CONFIG_FILE_NAME = '.dissonancerc.json';

export interface ConfigFile {
  $schema?: string;
  /** User lexicon files, relative to the configuration file. */
  lexicons?: string[];
  /** false: only the lexicons listed here (and given with --lexicon). */
  builtinLexicons?: boolean;
  language?: 'auto' | 'fr' | 'en';
  failOn?: 'error' | 'warning' | 'info' | 'never';
  minSeverity?: 'error' | 'warning' | 'info';
  /** Globs of files and folders not to check, relative to the configuration file. */
  ignore?: string[];
  format?: string;
}

export function configSchema(formats: string[]): object {
  const paths = { type: 'array', items: { type: 'string', minLength: 1 } };
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'dissonance configuration (.dissonancerc.json)',
    type: 'object',
    additionalProperties: false,
    properties: {
      $schema: { type: 'string' },
      lexicons: { ...paths, description: 'user lexicon files, relative to this file' },
      builtinLexicons: { type: 'boolean', description: 'false: use only the lexicons listed here' },
      language: { enum: ['auto', 'fr', 'en'] },
      failOn: { enum: ['error', 'warning', 'info', 'never'], description: 'lowest severity that makes the exit code 1' },
      minSeverity: { enum: ['error', 'warning', 'info'], description: 'lowest severity displayed' },
      ignore: { ...paths, description: 'globs of files or folders not to check, relative to this file' },
      format: { enum: formats },
    },
  };
}
