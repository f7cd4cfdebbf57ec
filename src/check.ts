/**
 * The kernel: check(text, options) -> FileResult. No I/O: the CLI, the tests and other programs
 * call this with text they have read. read -> parse -> classify -> detect -> result objects.
 */
import { TurnClassifier, type SentenceAnalysis } from './classify/classify.js';
import type { Mention } from './classify/types.js';
import { Detector } from './detect/detect.js';
import { mergeRestatements, type MergedFinding } from './detect/merge.js';
import type { Finding, Statement } from './detect/types.js';
import type { CompiledLexicon } from './lexicon/compile.js';
import { detectFormat, type Format } from './parse/detect-format.js';
import { DocumentBuilder, PARSERS, startDocument } from './parse/index.js';
import type { Language, Sentence, TranscriptDocument, Turn } from './parse/model.js';
import { LineIndex } from './read/line-index.js';

export interface CheckOptions {
  lexicon: CompiledLexicon;
  /** Shown in reports; also a format hint through its extension. */
  path?: string;
  format?: Format;
  language?: Language | 'auto';
  /** Keep the per-statement classification for --explain. */
  explain?: boolean;
}

export interface ExplainedStatement {
  text: string;
  speaker: string;
  line: number;
  column: number;
  mode: string;
  mentions: Array<{
    concept: string;
    stance: string;
    mode: string;
    attribution: string;
    confidence: number;
    terms: string[];
    negation: string | null;
    flags: string[];
  }>;
}

export interface FileResult {
  path: string;
  format: string;
  language: Language;
  speakers: string[];
  qaPairs: number;
  findings: Finding[];
  errors: Array<{ message: string }>;
  explain?: ExplainedStatement[];
}

/**
 * Checks a transcript turn by turn as the parser reads it: what is held besides the text is the
 * classifier's look-ahead window and the detector's best statements, so memory stays bounded
 * however long the file (a 50 MB transcript held its whole parse and classification before).
 */
export function check(text: string, options: CheckOptions): FileResult {
  const format = options.format ?? detectFormat(text, options.path);
  const parsed = PARSERS[format](text);
  const start = startDocument(parsed, options.language);
  const builder = new DocumentBuilder();
  function* turns(): Generator<Turn> {
    for (const raw of start.turns) {
      const turn = builder.add(raw);
      if (turn) yield turn;
    }
  }
  return checkTurns(text, turns(), options, {
    format: parsed.format === 'json' ? 'json' : parsed.format,
    language: start.language,
    notes: parsed.notes,
    speakers: () => builder.speakers(),
    qaPairs: () => builder.qaPairs,
  });
}

/** Checks a document already parsed (tests, and programs that parse once and check with several lexicons). */
export function checkDocument(doc: TranscriptDocument, options: CheckOptions): FileResult {
  return checkTurns(doc.source, doc.turns, options, {
    format: doc.format,
    language: doc.language,
    notes: doc.notes,
    speakers: () => doc.speakers,
    qaPairs: () => doc.qaPairs,
  });
}

interface DocumentFacts {
  format: string;
  language: Language;
  notes: string[];
  /** Known once every turn has been read. */
  speakers: () => string[];
  qaPairs: () => number;
}

function checkTurns(source: string, turns: Iterable<Turn>, options: CheckOptions, facts: DocumentFacts): FileResult {
  const lines = new LineIndex(source);
  const classifier = new TurnClassifier(facts.language, options.lexicon, undefined, options.explain === true);
  // The detector keeps each retained statement's sentence (the others are let go with theirs).
  const detector = new Detector<Sentence>(options.lexicon);
  const explained: ExplainedStatement[] | undefined = options.explain ? [] : undefined;
  const onTurn = (turn: Turn, analyses: SentenceAnalysis[]) => {
    const first = turn.sentences[0]!.index;
    for (const a of analyses) {
      const sentence = turn.sentences[a.sentence - first]!;
      detector.addSentence(a.mentions, sentence);
      if (explained && a.mentions.length > 0) explained.push(explainStatement(a, sentence, turn.speaker, lines));
    }
  };
  for (const turn of turns) classifier.push(turn, onTurn);
  classifier.end(onTurn);
  const findings = mergeRestatements(detector.findings()).map((f) => toFinding(f, (m) => detector.contextOf(m), lines, facts.language, options.lexicon));
  findings.sort(compareFindings);
  const result: FileResult = {
    path: options.path ?? '<stdin>',
    format: facts.format,
    language: facts.language,
    speakers: facts.speakers(),
    qaPairs: facts.qaPairs(),
    findings,
    errors: facts.notes.map((message) => ({ message })),
  };
  if (explained) result.explain = explained;
  return result;
}

/** Findings sorted by line, column and ruleId (the contract's deterministic order). */
export function compareFindings(a: Finding, b: Finding): number {
  const sa = a.statements[0]!;
  const sb = b.statements[0]!;
  return sa.line - sb.line || sa.column - sb.column || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0) || (a.speaker < b.speaker ? -1 : a.speaker > b.speaker ? 1 : 0);
}

function toStatement(m: Mention, sentenceOf: (m: Mention) => Sentence, lines: LineIndex): Statement {
  const s = sentenceOf(m);
  const start = lines.position(s.span.start);
  const end = lines.position(s.span.end);
  return {
    text: s.text,
    line: start.line,
    column: start.column,
    endLine: end.line,
    endColumn: end.column,
    concept: m.concept,
    stance: m.stance,
    mode: m.mode,
    qaPair: m.qaPair,
    terms: m.terms.map((t) => ({ text: t.text, ...lines.position(t.start) })),
  };
}

function toFinding(f: MergedFinding, sentenceOf: (m: Mention) => Sentence, lines: LineIndex, language: Language, lexicon: CompiledLexicon): Finding {
  const [a, b] = f.pair;
  const finding: Finding = {
    ruleId: f.ruleId,
    kind: f.kind,
    severity: f.severity,
    confidence: f.confidence,
    speaker: f.speaker,
    message: describe(f, language, lexicon),
    statements: [a, b, ...f.also].map((m) => toStatement(m, sentenceOf, lines)),
  };
  if (f.moreEvidence > 0) finding.moreEvidence = f.moreEvidence;
  return finding;
}

const VERBS: Record<Language, Record<string, string>> = {
  en: {
    'practice-endorse': 'practises',
    'practice-reject': 'says they do not practise',
    'advice-endorse': 'advises',
    'advice-reject': 'advises against',
    'opinion-endorse': 'speaks for',
    'opinion-reject': 'speaks against',
  },
  fr: {
    'practice-endorse': 'pratique',
    'practice-reject': 'dit ne pas pratiquer',
    'advice-endorse': 'conseille',
    'advice-reject': 'déconseille',
    'opinion-endorse': 'défend',
    'opinion-reject': 'rejette',
  },
};

/** One plain sentence: who, what each statement does, and why the two conflict. */
function describe(f: MergedFinding, lang: Language, lexicon: CompiledLexicon): string {
  const [a, b] = f.pair;
  // Labels may list synonyms ("planification, stratégie"): the message names the first.
  const label = (concept: string) => {
    const c = lexicon.concepts.get(concept);
    const full = c?.label[lang] ?? c?.label.en ?? c?.label.fr ?? concept;
    return full.split(/\s*[,;]\s*/)[0]!;
  };
  const verb = (m: Mention) => VERBS[lang][`${m.mode}-${m.stance}`]!;
  const but = lang === 'fr' ? 'mais' : 'yet';
  const head = `${f.speaker} ${verb(a)} ${label(a.concept)}, ${but} ${verb(b)} ${label(b.concept)}.`;
  const opp = lexicon.oppositions.get(f.ruleId);
  const why = opp ? opp.message[lang] ?? opp.message.en ?? '' : lang === 'fr' ? 'Le même point est affirmé puis nié.' : 'The same point is asserted and denied.';
  const also = f.alsoRules.length > 0 ? ` (${lang === 'fr' ? 'même conflit' : 'same conflict'}: ${f.alsoRules.join(', ')})` : '';
  return `${head} ${why}${also}`.trim();
}

function explainStatement(a: SentenceAnalysis, s: Sentence, speaker: string, lines: LineIndex): ExplainedStatement {
  const pos = lines.position(s.span.start);
  return {
    text: s.text,
    speaker,
    line: pos.line,
    column: pos.column,
    mode: a.mode,
    mentions: a.mentions.map((m) => ({
      concept: m.concept,
      stance: m.stance,
      mode: m.mode,
      attribution: m.attribution,
      confidence: m.confidence,
      terms: m.terms.map((t) => t.text),
      negation: m.negation ? m.negation.trigger : null,
      flags: m.flags,
    })),
  };
}
