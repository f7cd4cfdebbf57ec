/** Lexicon data as written in lexicons/*.json (see lexicons/schema.json). */
import type { Language } from '../parse/model.js';

export type Localized = Partial<Record<Language, string>>;

/** A term is a word form or a multi-word expression; an object form carries options. */
export type TermSpec =
  | string
  | {
      text: string;
      /** The expression itself denies the concept ("post less", "burn out" is not needed here). */
      stance?: 'endorse' | 'reject';
      /** Match this word form only, without widening by stem. */
      exact?: boolean;
    };

export interface ConceptSpec {
  id: string;
  label: Localized;
  description?: Localized;
  terms: Partial<Record<Language, TermSpec[]>>;
}

export interface OppositionSpec {
  id: string;
  /** The two concepts that cannot both be endorsed by the same speaker. */
  between: [string, string];
  /** Why they conflict, one sentence per language. */
  message: Localized;
  /** The two sides of one choice: rejecting both is also a contradiction. */
  complementary?: boolean;
  /** The first concept includes the second: only rejecting the first and endorsing the second is a contradiction. */
  includes?: boolean;
}

export interface ExpectedStance {
  concept: string;
  stance: 'endorse' | 'reject';
  mode?: 'practice' | 'advice' | 'opinion';
}

export interface ExampleSpec {
  lang: Language;
  text: string;
  expect: ExpectedStance[];
}

export interface LexiconFile {
  $schema?: string;
  name?: string;
  description?: string;
  concepts?: ConceptSpec[];
  oppositions?: OppositionSpec[];
  examples?: ExampleSpec[];
  /** Ids of concepts or oppositions (from other lexicons, e.g. the built-in ones) to switch off. */
  disable?: string[];
}

/** A lexicon file after loading: its data and where it came from (for error messages). */
export interface LoadedLexicon {
  source: string;
  data: LexiconFile;
}
