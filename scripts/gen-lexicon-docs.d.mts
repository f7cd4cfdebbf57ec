/** Types of scripts/gen-lexicon-docs.mjs, for tests/lexicon-docs.test.ts. */
export interface LexiconDocFile {
  file: string;
  data: unknown;
}
export const LEXICON_DIR: string;
export const DOCS_PATH: string;
export function readBuiltinLexicons(dir?: string): LexiconDocFile[];
export function renderLexiconDocs(files?: LexiconDocFile[]): string;
