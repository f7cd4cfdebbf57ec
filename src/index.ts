/** Library entry: check(text, options) and the pieces other programs need. */
export { check, checkDocument, type CheckOptions, type FileResult } from './check.js';
export { CompiledLexicon } from './lexicon/compile.js';
export { parseLexicon, loadLexiconFile, builtinLexiconPaths } from './lexicon/load.js';
export { parseDocument } from './parse/index.js';
export { decode } from './read/decode.js';
export { FORMAT_NAMES, loadFormatter } from './report/index.js';
export type { Finding, Statement, Severity, FindingKind } from './detect/types.js';
export type { LexiconFile } from './lexicon/types.js';
