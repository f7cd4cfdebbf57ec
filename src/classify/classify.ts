/**
 * Document + lexicon -> stance mentions. For each sentence: the lexicon terms it mentions, the
 * stance toward each (negation scope in the manner of NegEx: triggers, pseudo-triggers,
 * terminators), the mode (practice, advice, opinion), whose commitment it is (the speaker's own,
 * reported, hypothetical, a question, a quotation) and a confidence. Linear in the text: every cue
 * list is matched once per sentence with a trie, and sentences without lexicon terms stop early.
 */
import type { CompiledLexicon, TermMatch } from '../lexicon/compile.js';
import type { Language, Sentence, Turn } from '../parse/model.js';
import { countWords, isSpaceCode } from '../parse/chars.js';
import { tokenize, type Token } from '../parse/tokens.js';
import { CUES, EN_CLOSED_CLASS, EN_IMPERATIVE_FOLLOWERS, type LanguageCues } from './cues.js';
import { MultiPhraseSet, PhraseSet, type PhraseHit } from './phrases.js';
import type { Attribution, Mention, Mode, Stance } from './types.js';

/** Each cue list of a language, compiled into a trie (the same keys as the data). */
type CompiledCues = Record<keyof LanguageCues, PhraseSet>;

const compiled: Partial<Record<Language, CompiledCues>> = {};

function cues(lang: Language): CompiledCues {
  let c = compiled[lang];
  if (!c) {
    const src = CUES[lang];
    // Each list is compiled on first use: most are only needed once a sentence names a concept.
    const lazy = {} as CompiledCues;
    for (const [k, v] of Object.entries(src)) {
      let set: PhraseSet | undefined;
      Object.defineProperty(lazy, k, { get: () => (set ??= new PhraseSet(v as string[])), enumerable: true });
    }
    c = lazy;
    compiled[lang] = c;
  }
  return c;
}

const multi: Partial<Record<Language, MultiPhraseSet<SentenceCue>>> = {};
type SentenceCue = 'negations' | 'post' | 'verbs' | 'pseudo' | 'hypo' | 'reported' | 'past' | 'mixed' | 'conditional' | 'evaluative' | 'acknowledged' | 'changeOfMind' | 'restrictors' | 'exceptions';

function sentenceCues(lang: Language): MultiPhraseSet<SentenceCue> {
  let m = multi[lang];
  if (!m) {
    const src = CUES[lang];
    m = new MultiPhraseSet<SentenceCue>({
      negations: src.negations,
      post: src.postNegations,
      verbs: src.negativeVerbs,
      pseudo: src.pseudoNegations,
      hypo: src.hypotheticals,
      reported: src.reported,
      past: src.pastFrames,
      mixed: src.mixed,
      conditional: src.conditionals,
      evaluative: src.evaluatives,
      acknowledged: src.acknowledged,
      changeOfMind: src.changeOfMind,
      restrictors: src.restrictors,
      exceptions: src.exceptions,
    });
    multi[lang] = m;
  }
  return m;
}

/** Everything the classifier found in one sentence, for --explain and for the detector. */
export interface SentenceAnalysis {
  sentence: number;
  mode: Mode;
  mentions: Mention[];
}

const CONFIDENCE = {
  base: 0.88,
  multiWord: 0.05,
  negation: -0.04,
  subjectNegation: -0.08,
  barePas: -0.04,
  conditional: -0.25,
  opinion: -0.1,
  inherited: -0.05,
  conceded: -0.45,
  changed: -0.45,
  mixed: -0.4,
  descriptive: -0.15,
  acknowledged: -0.4,
  exception: -0.4,
  joke: -0.45,
  longSentence: -0.08,
  veryLongSentence: -0.15,
  terse: -0.03,
};

/** Beyond this many words, a term is more likely mentioned in passing than argued for. */
const LONG_SENTENCE = 30;
const VERY_LONG_SENTENCE = 45;
/** At most this many words: a terse statement ("Ship it.", "Be patient."). */
const TERSE_SENTENCE = 2;
/** Forward negation scope, in words between the trigger and the term (NegEx uses five or six). */
const NEGATION_WINDOW = 6;

/**
 * How far ahead (in turns) the classifier reads: a past frame ("avant, je …") is a change of mind
 * when the speaker speaks of the present in one of their next two turns, if those come within this
 * many turns. It bounds what is held in memory while a large file is checked turn by turn.
 */
export const LOOKAHEAD_TURNS = 200;
/**
 * ... and within this many sentences. An interview's 200 turns hold a few hundred sentences; a
 * talk's sections are turns of a hundred sentences or more, and 200 of them held alive made every
 * young-generation collection copy them (a 5 MB talk spent a third of its time collecting).
 */
export const LOOKAHEAD_SENTENCES = 1000;
/** How many of the speaker's next turns may bring a past story back to the present (see presentLater). */
const PRESENT_LATER_TURNS = 4;

export type TurnAnalyses = (turn: Turn, analyses: SentenceAnalysis[]) => void;

/**
 * Classifies turns as they come, in order, each once the turns it may look ahead to are in: what it
 * holds is the turns of the look-ahead window, their tokens once read, and one number per speaker.
 * The classification of one turn may ask about later turns (the same speaker's next ones, whether
 * they speak of the present); each is worked out once, and a turn's tokens read ahead are kept
 * until its own turn comes, so no sentence is tokenized twice.
 */
export class TurnClassifier {
  private readonly c: CompiledCues;
  /** Turns pushed and not yet classified, from turn number `base` on. */
  private readonly window: Turn[] = [];
  private head = 0;
  private base = 0;
  /** Sentences of the turns in the window. */
  private sentences = 0;
  /** The same speaker's next turn, for turns in the window that have one yet. */
  private readonly next = new Map<number, number>();
  private readonly lastOf = new Map<string, number>();
  /** Per turn in the window: whether it speaks of the present, once known. */
  private readonly present = new Map<number, boolean>();
  private readonly tokens = new Map<number, Array<Token[] | undefined>>();
  /** Per speaker: the homonyms shown in their other sense so far (one word or two per speaker at most). */
  private readonly senses = new Map<string, Set<string>>();

  constructor(
    private readonly lang: Language,
    private readonly lexicon: CompiledLexicon,
    private readonly lookahead = LOOKAHEAD_TURNS,
    /** Every statement is kept for --explain, questions included. */
    readonly explain = false,
  ) {
    this.c = cues(lang);
  }

  push(turn: Turn, emit: TurnAnalyses): void {
    if (this.window.length - this.head === 0) this.base = turn.index;
    this.window.push(turn);
    this.sentences += turn.sentences.length;
    const prior = this.lastOf.get(turn.speaker);
    if (prior !== undefined && prior >= this.base) this.next.set(prior, turn.index);
    this.lastOf.set(turn.speaker, turn.index);
    // The turn just pushed stays, so that the one before it still sees it.
    while (this.window.length - this.head > this.lookahead || (this.sentences > LOOKAHEAD_SENTENCES && this.window.length - this.head > 1)) this.classifyNext(emit);
  }

  /** Turns pushed and not yet classified (at most the look-ahead). */
  get pending(): number {
    return this.window.length - this.head;
  }

  /** Their sentences (at most LOOKAHEAD_SENTENCES, plus those of the turn pushed last). */
  get pendingSentences(): number {
    return this.sentences;
  }

  end(emit: TurnAnalyses): void {
    while (this.window.length - this.head > 0) this.classifyNext(emit);
  }

  private classifyNext(emit: TurnAnalyses): void {
    const turn = this.window[this.head]!;
    const out: SentenceAnalysis[] = [];
    try {
      classifyTurnSentences(this.lang, turn, this.lexicon, this, out);
    } finally {
      // Nothing looks back at a classified turn.
      this.window[this.head] = undefined as unknown as Turn;
      this.head++;
      this.sentences -= turn.sentences.length;
      this.base++;
      if (this.head > 1024 && this.head * 2 > this.window.length) {
        this.window.splice(0, this.head);
        this.head = 0;
      }
      this.tokens.delete(turn.index);
      this.present.delete(turn.index);
      this.next.delete(turn.index);
    }
    emit(turn, out);
  }

  private turnAt(t: number): Turn {
    return this.window[this.head + (t - this.base)]!;
  }

  sentenceTokens(t: number, k: number): Token[] {
    let list = this.tokens.get(t);
    if (!list) {
      list = new Array<Token[] | undefined>(this.turnAt(t).sentences.length);
      this.tokens.set(t, list);
    }
    return (list[k] ??= tokenize(this.turnAt(t).sentences[k]!.text));
  }

  hasPresent(t: number): boolean {
    let v = this.present.get(t);
    if (v === undefined) {
      const n = this.turnAt(t).sentences.length;
      v = false;
      for (let k = 0; k < n && !v; k++) if (hasPresentFrame(this.sentenceTokens(t, k), this.c)) v = true;
      this.present.set(t, v);
    }
    return v;
  }

  /**
   * One sense per speaker: the homonyms that this turn, the speaker's turns before it or her next
   * few turns show in their other sense ("rest it for as long as you cooked it", "l'argent
   * massif"). A butcher's "Rest is everything with a joint" is the meat's rest, said a few turns
   * before "rest it".
   */
  sensesAround(turn: Turn): Set<string> {
    const known = this.senses.get(turn.speaker);
    const words = new Set<string>(known ?? []);
    const read = (t: number) => {
      const n = this.turnAt(t).sentences.length;
      for (let k = 0; k < n; k++) {
        const tokens = this.sentenceTokens(t, k);
        for (const h of this.c.otherSenses.find(tokens)) for (let i = h.first; i < h.last; i++) if (this.c.homonyms.has(tokens[i]!.norm)) words.add(tokens[i]!.norm);
      }
    };
    read(turn.index);
    for (let u = this.next.get(turn.index), seen = 0; u !== undefined && seen < PRESENT_LATER_TURNS; u = this.next.get(u), seen++) read(u);
    return words;
  }

  /** Records the homonyms a sentence shows in their other sense, for the speaker's later turns. */
  noteSenses(speaker: string, tokens: Token[]): void {
    for (const h of this.c.otherSenses.find(tokens)) {
      for (let i = h.first; i < h.last; i++) {
        if (!this.c.homonyms.has(tokens[i]!.norm)) continue;
        let words = this.senses.get(speaker);
        if (!words) this.senses.set(speaker, (words = new Set()));
        words.add(tokens[i]!.norm);
      }
    }
  }

  /** The first sentence of the same speaker's next turn (within the look-ahead), with its tokens. */
  nextTurnOpening(t: number): { text: string; tokens: Token[] } | null {
    const u = this.next.get(t);
    return u === undefined ? null : { text: this.turnAt(u).sentences[0]!.text, tokens: this.sentenceTokens(u, 0) };
  }

  /**
   * The speaker says "now" / "aujourd'hui" in one of their next turns: a past frame is a change. Four
   * turns, as an interviewer draws a story out question by question ("What changed?", "Was anyone
   * hurt?", "So you stopped.") before the speaker comes back to the present.
   */
  presentLater(t: number): boolean {
    for (let u = this.next.get(t), seen = 0; u !== undefined && seen < PRESENT_LATER_TURNS; u = this.next.get(u), seen++) {
      if (this.hasPresent(u)) return true;
    }
    return false;
  }
}

function classifyTurnSentences(lang: Language, turn: Turn, lexicon: CompiledLexicon, state: TurnClassifier, out: SentenceAnalysis[]): void {
  const c = cues(lang);
  const turnText = turn.text.toString();
  let quotes: Array<[number, number]> | null = null;
  // Worked out once per turn, and only when a sentence needs them.
  let present: boolean | undefined;
  const presentInTurn = (): boolean => (present ??= state.hasPresent(turn.index) || state.presentLater(turn.index));
  let pastStory: [number, number] | null | undefined;
  const pastStoryOf = (): [number, number] | null => (pastStory === undefined ? (pastStory = pastStoryRange(turn, c, tokensOf, () => state.presentLater(turn.index))) : pastStory);
  let mixedTurn: boolean | null = null;
  let otherSenses: Set<string> | undefined;
  let modeCache: Map<number, Mode | null> | null = null;
  const tokensOf = (k: number): Token[] => state.sentenceTokens(turn.index, k);

  turn.sentences.forEach((sentence, k) => {
    // A question commits nobody: without --explain, which shows every statement, its mentions
    // would only be dropped by the detector.
    // Unless the speaker answers it herself in a word ("Le travail gratuit ? Jamais.").
    if (sentence.isQuestion && !state.explain && !(k + 1 < turn.sentences.length && turn.sentences[k + 1]!.text.length <= 40)) return;
    const tokens = tokensOf(k);
    let matches = lexicon.match(tokens, lang);
    if (matches.length === 0) return;
    const notTerms = c.notTerms.find(tokens);
    if (notTerms.length > 0) {
      matches = matches.filter((m) => !notTerms.some((h) => m.first < h.last && h.first < m.last));
      // (Each phrase of another sense is a not-term: only sentences that hold one can show it.)
      state.noteSenses(turn.speaker, tokens);
    }
    // One sense per speaker: "Tu travailles quels métaux ? — Surtout l'argent. L'argent massif, du
    // 925…": a bare word that the speaker uses around it in another sense ("argent massif") is that
    // sense here too.
    if (matches.some((m) => homonymOf(bareWordOf(m, tokens), c) !== null)) {
      otherSenses ??= state.sensesAround(turn);
      if (otherSenses.size > 0) matches = matches.filter((m) => !otherSenses!.has(homonymOf(bareWordOf(m, tokens), c) ?? ''));
    }
    if (matches.length === 0) return;
    quotes ??= quoteSpans(turnText, turn.role === 'answer');
    mixedTurn ??= turn.sentences.some((_, j) => {
      const t = tokensOf(j);
      return t.length <= 4 && c.mixed.find(t).length > 0;
    });
    const clauses = clauseIds(sentence.text, tokens, c);
    // All the cue lists in one walk over the sentence.
    const hits = sentenceCues(lang).findAll(tokens);
    // "Quelle est votre qualité principale ? — La transparence.": the answer's opening names what
    // the question asked to judge.
    const evaluative = hits.evaluative.length > 0 || hits.post.length > 0 || (k === 0 && turn.asksJudgement === true);
    let pseudoCovered: ReadonlySet<number> = NO_INDICES;
    if (hits.pseudo.length > 0) {
      const covered = new Set<number>();
      for (const h of hits.pseudo) for (let i = h.first; i < h.last; i++) covered.add(i);
      pseudoCovered = covered;
    }
    const concession = concededRange(tokens, turn, k, c, tokensOf, sentence.text);
    const sentenceMode = modeOfSentence(sentence, tokens, clauses, turn, k, c, lang, (modeCache ??= new Map()), tokensOf, hits.post.length > 0);
    // "I'm a ruthless capitalist. Pure greed. (laughs)" followed by "No, seriously, …": taken back.
    const joke = takenBack(turn, k, c, state, tokensOf);
    // "Working for free. Don't do it.", "Le travail gratuit ? Jamais.": a bare topic, judged by the
    // short sentence after it.
    // (A sentence with its own negation is a statement, and "Jamais." after it only repeats it:
    // "Ne bradez jamais votre travail. Jamais.")
    const verdict = hits.negations.length === 0 && hits.verbs.length === 0 && bareTopic(tokens, matches) ? verdictAfter(turn, k, tokensOf, c) : null;
    if (sentence.isQuestion && !verdict && !state.explain) return;

    const mentions: Mention[] = [];
    // Facts of the sentence that several of its terms may ask about, worked out once and only when asked.
    let thirdPersonHere: boolean | undefined;
    let unrealHere: boolean | undefined;
    let carriedHere: boolean | undefined;
    let exceptionHere: boolean | undefined;
    for (const m of matches) {
      const clause = clauses[m.first]!;
      const inClause = (h: PhraseHit) => clauses[h.first] === clause;
      // A trigger said inside a multi-word term ("ne travaille jamais le week-end") negates it; one
      // that is part of the term's own words ("sans filet") does not.
      // Nor does one that is another term's own word: in "sans filet et sans parachute" or "no
      // employees and no co-founder", each term carries its negation, not its neighbour's.
      const outsideTerm = (h: PhraseHit) => (h.last <= m.first || h.first >= m.last || m.skipped.includes(h.first)) && !inOtherTerm(h.first, m, matches);
      const notPseudo = (h: PhraseHit) => !pseudoCovered.has(h.first);

      // Negation triggers before the term, in its clause. A purpose adjunct ("for the money",
      // "par opportunisme") belongs to the clause's verb, so a negated verb denies it however many
      // words come between ("I didn't get up at 3 a.m. for eleven years for the money").
      const purpose = PURPOSE_PREPOSITIONS.has(m.term.words[0]!);
      // French negative concord: "je n'attends jamais rien en retour" says the term's own "rien" with
      // "jamais", one negation, not two.
      // So does a negation said inside a term that holds its own negative word: "Ne copiez jamais
      // personne" says "copier personne" (no imitation) once, not twice.
      const concord = lang === 'fr' && CONCORD.has(m.term.words[0]!);
      const innerConcord = lang === 'fr' && m.skipped.length > 0 && m.term.words.some((w) => INNER_CONCORD.has(w));
      // "I don't put anything out until it's perfect", "nothing leaves my desk until every detail is
      // right": a negation before "until" says "only then", and does not deny what "until" names.
      const untilTerm = UNTIL_LEADS.has(m.term.words[0]!);
      const inScope = (h: PhraseHit) =>
        !untilTerm &&
        inClause(h) && ((h.last <= m.first && (m.first - h.last <= NEGATION_WINDOW || negatesAttempt(h, tokens))) || m.skipped.includes(h.first)) && notPseudo(h) && outsideTerm(h) && !(concord && h.last === m.first && CONCORD.has(h.phrase)) && !(innerConcord && m.skipped.includes(h.first) && CONCORD.has(h.phrase)) &&
        // "no one will (play it) until every pixel is right": "until" between them too. Looked for
        // last, once the trigger is known to be in scope otherwise (this runs for every term and trigger).
        !untilBetween(tokens, h.last, m.first);
      const inPurposeScope = (h: PhraseHit) => purpose && inClause(h) && h.last <= m.first && notPseudo(h) && outsideTerm(h);
      // "Aucun contenu ne sort sans un objectif de vente", "Refusez tout ce qui va contre vos
      // convictions": "sans" or "contre" negates the term, and the clause's own negation or negative
      // verb negates "sans" or "contre", however far back it is.
      const isDoubler = (d: PhraseHit) => DOUBLING.has(d.phrase) && inScope(d);
      const doubler = hits.negations.length + hits.verbs.length < 2 ? undefined : (hits.negations.find(isDoubler) ?? hits.verbs.find(isDoubler));
      const inDoubledScope = (h: PhraseHit) => doubler !== undefined && inClause(h) && h.last <= doubler.first && !DOUBLING.has(h.phrase) && notPseudo(h);
      // Negation words said together are one negation; a negative verb under a negation is a
      // second one ("ne négligez pas X" endorses X).
      // (Most sentences hold no negation at all: nothing to sort or filter then.)
      const triggers: PhraseHit[] = hits.negations.length === 0 && hits.verbs.length === 0 ? [] : [
        ...mergeAdjacent(hits.negations.filter((h) => (inScope(h) || inPurposeScope(h) || inDoubledScope(h)) && isNegationHere(h, tokens, clauses, lang))),
        // A negative verb denies its object, a few words on, not what follows "and".
        ...hits.verbs.filter((h) => (inScope(h) && (m.skipped.includes(h.first) || (m.first - h.last <= 3 && !tokens.slice(h.last, m.first).some((t) => COORDINATORS.has(t.norm) || ADJUNCT_LEADS.has(t.norm))))) || (inDoubledScope(h) && AGAINST.has(doubler!.phrase))),
      ]
        .sort((a, b) => a.first - b.first)
        // "sans filtre et sans mise en scène", "ni pub ni promo": when a coordinated element has its
        // own negation, the earlier one stops at the coordination.
        .filter((h, k, all) => !all.slice(k + 1).some((later) => tokens.slice(h.last, later.first + 1).some((t) => COORDINATORS.has(t.norm) || t.norm === 'ni' || t.norm === 'nor')));
      let subjectNegation = false;
      // Triggers after the term that look back ("had nothing to do with it"), or any negation of the
      // predicate when the term is the clause's subject ("L'argent ne m'a jamais motivée").
      const after = hits.post.length === 0 ? [] : hits.post.filter((h) => (inClause(h) && h.first >= m.last) || (clauses[h.first]! > clause && inTopicComment(h, m, tokens, clauses, c)));
      // "Dormez moins que les autres", "sleep less": less of it, said right after the term, is against it.
      const less = tokens[m.last];
      if (after.length === 0 && less && DIMINISHERS.has(less.norm) && clauses[m.last] === clause) after.push({ first: m.last, last: m.last + 1, phrase: less.norm });
      // Only when no negation was found inside the term: "ne dévoile ni mes tarifs ni …" has its own.
      const verbNegation = lang === 'fr' && !triggers.some((t) => m.skipped.includes(t.first)) ? negatedVerbTerm(m, tokens, clauses, hits.negations) : null;
      const dislocated = verbNegation ? null : dislocatedNegation(m, tokens, clauses, hits.negations, pseudoCovered);
      // "The biggest mistake is trying to do everything alone", "la pire erreur, c'est de travailler
      // gratuitement": a fault named first, and the term as what it is.
      const faultFirst = after.length === 0 ? namedFault(tokens, m.first) : null;
      if (faultFirst) triggers.push(faultFirst);
      if (after.length > 0) triggers.push(after[0]!);
      else if (verbNegation) triggers.push(verbNegation);
      else if (dislocated) triggers.push(dislocated);
      // A term that opens its clause as an imperative ("Déléguez tout ce qui n'est pas …") is the verb, not its subject.
      else if (isClauseSubject(m, tokens, clauses, lang) && !isImperative(tokens, m.first, m.last, c, lang)) {
        const neg = hits.negations.find((h) => inClause(h) && h.first >= m.last && notPseudo(h) && isPredicateNegation(h, m, tokens, lang));
        if (neg) {
          triggers.push(neg);
          subjectNegation = true;
        }
      }
      // "Ne faites pas ça uniquement pour l'argent", "we don't just chase margins": a negated
      // restriction says "not only", a mixed motive, not a rejection.
      const restricted = triggers.length > 0 && hits.restrictors.some((r) => r.first >= triggers[triggers.length - 1]!.last && r.first < m.first && clauses[r.first] === clause);
      if (restricted) triggers.pop();
      // "Je ne suis pas payée comme ça", "I don't work like that": the negation denies the manner
      // said right after the term, not the term.
      else if (triggers.length > 0 && triggers[triggers.length - 1]!.first < m.last && mannerAfter(tokens, clauses, m.last)) triggers.pop();
      const negated = triggers.length % 2 === 1;
      // "Sans formation, vous n'irez nulle part": a failure said to follow from going without the
      // term says it is needed; the condition is then the speaker's claim, not a hypothesis.
      const needed = m.first <= sentenceOpening(tokens) + 2 && withoutCondition(tokens, clauses) && failsWithout(tokens, clauses);
      // "If you're in it for the money, go and do something else", "si vous n'aimez pas ça,
      // changez de métier": the condition is what the speaker turns people away for.
      const ruledOut = !needed && hits.hypo.length > 0 && turnedAwayIf(tokens, clauses, m.first, c);
      const denied = (verdict ? verdict.against !== negated : negated) !== (needed || ruledOut);
      const stance: Stance = denied === (m.term.stance === 'endorse') ? 'reject' : 'endorse';

      const flags: string[] = [];
      let confidence = CONFIDENCE.base + (m.term.words.length > 1 ? CONFIDENCE.multiWord : 0) + triggers.length * CONFIDENCE.negation;
      if (subjectNegation) confidence += CONFIDENCE.subjectNegation;
      if (lang === 'fr' && triggers.some((t) => t.phrase === 'pas') && !tokens.some((t, i) => clauses[i] === clause && (t.norm === 'ne' || t.norm === 'n'))) {
        confidence += CONFIDENCE.barePas;
        flags.push('bare-pas');
      }
      if (lang === 'fr' && triggers.length === 0 && isRestricted(m, tokens, clauses)) flags.push('restrictive');

      let attribution: Attribution = 'self';
      // A question, or the framing of one ("Vous avez longtemps accepté tous les projets. Et
      // maintenant ?"): the interviewer's words commit neither the interviewer nor the guest.
      if ((sentence.isQuestion && !verdict) || (turn.role === 'question' && sentenceMode.mode !== 'practice')) attribution = 'question';
      else if (hits.reported.some((h) => h.first < m.first && !saidByMe(tokens, h, c)) || reportedBySomeoneElse(tokens, m.first, c, sentence.text) || quotedThenAttributed(sentence.text, tokens, m, hits.reported)) attribution = 'reported';
      else if (aboutSomeoneElse(tokens, clauses, m.first)) attribution = 'reported';
      // "Let him do the selling", "laissez-la faire la vente": advice to leave it to someone else, no stance on it.
      else if (leftToSomeoneElse(tokens, m.first)) attribution = 'reported';
      // "Il publiait uniquement pour ramener des clients", "She only posts to sell": what someone else does.
      else if (sentenceMode.mode !== 'advice' && (thirdPersonHere ??= tokens.some((t) => THIRD_PERSON_SUBJECTS.has(t.norm))) && thirdPersonSubject(tokens, clauses, m.first)) attribution = 'reported';
      // "Des copines céramistes qui travaillent sept jours sur sept", "il y a des gens qui torréfient
      // pour des marques": what people the speaker names do, in a relative clause.
      else if (sentenceMode.mode !== 'advice' && inRelativeOfOthers(tokens, m.first)) attribution = 'reported';
      // "Soignez vos clients et ils feront la pub pour vous", "Be kind and people will spread the
      // word": what others will do in return is the outcome the advice promises, not the advice.
      else if (sentenceMode.mode === 'advice' && promisedOutcome(tokens, m.first)) attribution = 'hypothetical';
      // A habit told as a condition ("si je le fais, je le fais bien") says the speaker does it; one
      // whose condition is denied ("if I can't lift it on my own, I don't make it") names a case
      // she avoids, not what she does.
      else if (!ruledOut && hits.hypo.some((h) => inClause(h) && h.first <= m.first && (negated || !habitualIf(tokens, clauses, h)))) attribution = 'hypothetical';
      // "If I had listened to him, I would have stayed in insurance, played it safe": what did not happen.
      else if (((unrealHere ??= tokens.some((t) => UNREAL_MODALS.has(t.norm) || FR_CONDITIONAL_AUXILIARIES.has(t.norm))) && counterfactualBefore(tokens, m.first, lang)) || unrealConsequenceBefore(tokens, m.first, lang)) attribution = 'hypothetical';
      // "Si je facturais au forfait, je serais tentée d'aller plus vite. Je ferais des coupes en
      // quinze minutes, je bâclerais un peu": the next sentences, still in the speaker's conditional,
      // go on with the same unreal case.
      else if (sentenceMode.mode !== 'advice' && k > 0 && (carriedHere ??= unrealCarriedOn(k, tokens, tokensOf, lang)) && ownConditionalBefore(tokens, m.first, lang)) attribution = 'hypothetical';
      // "Sans plan à long terme, on navigue à vue": a condition and its consequence, neither said
      // to be so (an instruction in the consequence keeps its force: "Sans plan, ne signez rien").
      else if (!needed && withoutCondition(tokens, clauses) && clauseMode(tokens, clauses, clause, c, lang) !== 'advice') attribution = 'hypothetical';
      else if (inLongQuote(quotes, sentence.turnOffset + tokens[m.first]!.start)) attribution = 'quoted';
      // « éthique », c'est le mot qu'on me colle: a word set in quotes of its own is mentioned, not meant.
      else if (inOwnQuotes(sentence.text, tokens[m.first]!.start, tokens[m.last - 1]!.end)) attribution = 'quoted';

      // A clause without a cue of its own takes the mode of the nearest clause before it that has
      // one ("Do it | because you love it"), then after it; a conceded clause gives none.
      let mode = verdict?.advice ? 'advice' : (nearestClauseMode(tokens, clauses, clause, c, lang, concession) ?? sentenceMode.mode);
      if (mode === 'practice' && saidOfGenericSomeone(tokens, m.first)) mode = 'opinion';
      // "The biggest mistake I see is …": a view of what others do, not the speaker's doing.
      if (mode === 'practice' && faultFirst) mode = 'opinion';
      if (mode === 'opinion') {
        confidence += CONFIDENCE.opinion;
        // A term named in a plain description ("il reste de la quantité") is not a judgement on it.
        // Terms of several content words ("quality over quantity") are stances in themselves; a noun
        // with its article ("des risques") is not.
        if (!evaluative && contentWords(m.term.words) < 2) {
          flags.push('descriptive');
          confidence += CONFIDENCE.descriptive;
        }
      }
      if (tokens.length > VERY_LONG_SENTENCE) confidence += CONFIDENCE.veryLongSentence;
      else if (tokens.length > LONG_SENTENCE) confidence += CONFIDENCE.longSentence;
      // "Delegate.", "Ship it.": a word or two says less than a sentence that goes on to say why or
      // how. Still a statement, but the fuller one of the same stance is the better evidence to show.
      else if (tokens.length <= TERSE_SENTENCE) confidence += CONFIDENCE.terse;
      if (sentenceMode.inherited && mode === sentenceMode.mode) {
        flags.push('inherited-mode');
        confidence += CONFIDENCE.inherited;
      }
      if (hits.conditional.some(inClause) && mode !== 'advice') {
        flags.push('conditional');
        confidence += CONFIDENCE.conditional;
      }
      // "Dormez un peu plus que moi !": advice that owns up to the speaker's own practice.
      if (mode === 'advice' && hits.acknowledged.length > 0) {
        flags.push('acknowledged');
        confidence += CONFIDENCE.acknowledged;
      }
      // "Il y a une exception : une journée par an, je bosse gratuitement pour l'épicerie solidaire":
      // a practice (or a view of one) the speaker herself sets apart from her rule. Advice keeps its
      // force: "prenez des vacances de temps en temps" is still advice to rest.
      if (mode !== 'advice' && (hits.exceptions.length > 0 || (exceptionHere ??= oncePerYear(tokens) || opensWithLimit(tokens) || announcesException(tokensOf, k, turn)))) {
        flags.push('exception');
        confidence += CONFIDENCE.exception;
      }
      if (joke) {
        flags.push('joke');
        confidence += CONFIDENCE.joke;
      }
      if (concession && m.first >= concession[0] && m.first < concession[1]) {
        flags.push('conceded');
        confidence += CONFIDENCE.conceded;
      }
      const pastFrame = hits.past.some((h) => h.first <= m.first && (h.phrase !== 'avant' || (h.first === 0 && tokens[1]?.norm !== 'de' && tokens[1]?.norm !== 'd')));
      // "I changed my mind after …", "pendant huit ans, j'ai …": the sentence itself tells of a change.
      // "je ne travaille plus le week-end", "I don't do that anymore": a negation that says "no longer".
      // Only of the speaker's own doing: "une équipe qui n'est plus rentable" is no change of mind.
      const noLonger =
        mode === 'practice' &&
        tokens.some((t, i) => clauses[i] === clause && (t.norm === 'je' || t.norm === 'j' || t.norm === 'i' || t.norm === 'we' || t.norm === 'nous')) &&
        (triggers.some((t) => t.phrase === 'plus' || t.phrase.endsWith(' plus')) || hits.changeOfMind.some((h) => h.phrase === 'no longer' || h.phrase === 'anymore' || h.phrase === 'any more'));
      const story = mode === 'practice' ? pastStoryOf() : null;
      const inPastStory = story !== null && k > story[0] && k < story[1];
      // A verbless fragment that carries on the sentence before it ("Il y a deux ans, je me tuais
      // au boulot. Quatre-vingts heures par semaine.") belongs to the same past.
      const pastFragment = k > 0 && sentenceMode.inherited && mode === 'practice' && toldAsPast(tokensOf(k - 1), c, presentInTurn);
      // "I used to …" says the habit is over, whatever the speaker says of the present.
      const usedTo = hits.past.some((h) => h.first <= m.first && USED_TO.has(h.phrase));
      if ((pastFrame && (usedTo || presentInTurn())) || inPastStory || pastFragment || noLonger || hits.changeOfMind.some((h) => !NO_LONGER.has(h.phrase)) || closedPeriod(tokens, m.first) || (ageInPast(tokens) && presentInTurn())) {
        flags.push('changed');
        confidence += CONFIDENCE.changed;
      }
      if (restricted || mixedTurn || hits.mixed.some((h) => isMixedHere(h, tokens, lang))) {
        flags.push('mixed');
        confidence += CONFIDENCE.mixed;
      }
      const termStart = sentence.turnOffset + tokens[m.first]!.start;
      const termEnd = sentence.turnOffset + tokens[m.last - 1]!.end;
      mentions.push({
        concept: m.term.concept,
        stance,
        mode,
        attribution,
        confidence: round(Math.max(0.05, Math.min(0.99, confidence))),
        speaker: turn.speaker,
        sentence: sentence.index,
        turn: turn.index,
        qaPair: turn.qaPair,
        terms: [{ text: turnText.slice(termStart, termEnd), start: turn.text.toOriginal(termStart), end: turn.text.toOriginalEnd(termEnd) }],
        negation: triggers.length > 0 ? { trigger: triggers.map((t) => t.phrase).join(' … '), count: triggers.length } : null,
        flags,
      });
    }
    out.push({ sentence: sentence.index, mode: sentenceMode.mode, mentions: mergeSameConcept(mentions) });
  });
}

/** Token i is one of the own words (not a skipped word) of a matched term other than m. */
function inOtherTerm(i: number, m: TermMatch, matches: readonly TermMatch[]): boolean {
  for (const o of matches) if (o !== m && i >= o.first && i < o.last && !o.skipped.includes(i)) return true;
  return false;
}

/** The empty set of token indices, shared by every sentence without a pseudo-negation. */
const NO_INDICES: ReadonlySet<number> = new Set<number>();

function round(x: number): number {
  return Math.round(x * 100) / 100;
}

/** Two mentions of one concept with one stance in one sentence are one statement with two terms. */
function mergeSameConcept(mentions: Mention[]): Mention[] {
  if (mentions.length < 2) return mentions;
  const byKey = new Map<string, Mention>();
  for (const m of mentions) {
    const key = `${m.concept}|${m.stance}|${m.attribution}`;
    const prior = byKey.get(key);
    if (!prior) byKey.set(key, m);
    else {
      prior.terms.push(...m.terms);
      if (m.confidence > prior.confidence) {
        prior.confidence = m.confidence;
        prior.mode = m.mode;
      }
    }
  }
  return [...byKey.values()];
}

/**
 * Clause number of every token: punctuation inside the sentence (, ; : — parentheses, quotes) and
 * terminator words (mais, because…) end a negation's scope.
 */
const NEGATES_NEXT_CLAUSE = new Set(['not', 'never', 'pas', 'jamais', 'non']);

function clauseIds(text: string, tokens: Token[], c: CompiledCues): number[] {
  const ids: number[] = new Array(tokens.length);
  let clause = 0;
  let i = 0;
  while (i < tokens.length) {
    // "Never, ever work for exposure", "Jamais, au grand jamais": a negation said twice for emphasis
    // is one negation, across its comma.
    const punctuation = i > 0 && breaksClause(text, tokens[i - 1]!.end, tokens[i]!.start) && !emphaticRepeat(tokens, i);
    if (punctuation) clause++;
    const term = c.terminators.longestAt(tokens, i);
    // "not because of the money", "pas parce que": the negation governs the clause it opens.
    if (term > i && i > 0 && !(!punctuation && NEGATES_NEXT_CLAUSE.has(tokens[i - 1]!.norm))) clause++;
    const end = Math.max(term, i + 1);
    for (let j = i; j < end; j++) ids[j] = clause;
    i = end;
  }
  return ids;
}

/** The punctuation before token i only sets apart a negation said again: "never, ever", "jamais, au grand jamais, …". */
function emphaticRepeat(tokens: Token[], i: number): boolean {
  const before = tokens[i - 1]!.norm;
  const after = tokens[i]!.norm;
  if (before === 'never') return after === 'ever' || after === 'never';
  if (before !== 'jamais') return false;
  // After "au grand jamais" the negation goes on to what follows the comma.
  return after === 'jamais' || after === 'au' || (i >= 3 && tokens[i - 3]!.norm === 'au' && tokens[i - 2]!.norm === 'grand' && !NEGATES_NEXT_CLAUSE.has(after));
}

const CLAUSE_PUNCTUATION = new Set([...',;:()\u2014\u2013«»"“”!?…'].map((ch) => ch.charCodeAt(0)));

/** Punctuation between two words that ends a clause: , ; : ( ) — – quotes ! ? … or a spaced hyphen. */
function breaksClause(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const ch = text.charCodeAt(i);
    if (CLAUSE_PUNCTUATION.has(ch)) return true;
    if (ch === 45 && i > from && i + 1 < to && isSpaceCode(text.charCodeAt(i - 1)) && isSpaceCode(text.charCodeAt(i + 1))) return true;
  }
  return false;
}

/** Words that negate only with "ne" ("plus", "personne") or only outside fixed phrases. */
function isNegationHere(h: PhraseHit, tokens: Token[], clauses: number[], lang: Language): boolean {
  if (lang !== 'fr') return true;
  if (h.phrase === 'personne' || h.phrase === 'plus') {
    for (let i = h.first - 1; i >= 0 && clauses[i] === clauses[h.first]; i--) {
      if (tokens[i]!.norm === 'ne' || tokens[i]!.norm === 'n') return true;
    }
    return false;
  }
  // "non" as an answer word ("Non, …") is set apart by punctuation, so it has its own clause.
  return true;
}

/**
 * The term is itself the negated verb: "n'improvisez pas", "je n'improvise jamais". The particle
 * "ne" stands just before the term (object pronouns allowed between) and the negation word just
 * after it.
 */
function negatedVerbTerm(m: TermMatch, tokens: Token[], clauses: number[], negations: PhraseHit[]): PhraseHit | null {
  if (negations.length === 0) return null;
  const clause = clauses[m.first];
  // "Ça ne rapporte rien": the "ne" said inside the term, its second half right after it.
  const afterTerm = (h: PhraseHit) => h.first >= m.last && h.first <= m.last + 1 && clauses[h.first] === clause && h.phrase !== 'que';
  if (m.skipped.some((k) => tokens[k]!.norm === 'ne' || tokens[k]!.norm === 'n')) return negations.find(afterTerm) ?? null;
  let i = m.first - 1;
  let gap = 0;
  // "vous"/"nous" are object clitics ("je vous le vends") and subjects ("vous facturez pas").
  let personalClitic = false;
  while (i >= 0 && clauses[i] === clause && gap <= 2 && tokens[i]!.norm !== 'ne' && tokens[i]!.norm !== 'n') {
    const w = tokens[i]!.norm;
    if (!CLITICS.has(w)) break;
    if (w === 'vous' || w === 'nous') personalClitic = true;
    i--;
    gap++;
  }
  if (i >= 0 && clauses[i] === clause && (tokens[i]!.norm === 'ne' || tokens[i]!.norm === 'n')) return negations.find(afterTerm) ?? null;
  // Spoken French drops the "ne": "J'improvise pas", "je le vends pas", "je délègue rien". The verb
  // right after its subject (and clitics, three words at most), the second half right after it.
  // Not "plus", which after a verb as often says "more" ("je travaille plus").
  if (m.last - m.first !== 1) return null;
  const subject = personalClitic || (i >= 0 && i >= m.first - 3 && clauses[i] === clause && SPOKEN_SUBJECTS.has(tokens[i]!.norm));
  if (!subject) return null;
  return negations.find((h) => h.first === m.last && clauses[h.first] === clause && SPOKEN_NEGATIONS.has(h.phrase)) ?? null;
}

/** Object pronouns between a subject (or "ne") and its verb. */
const CLITICS = new Set(['le', 'la', 'les', 'l', 'y', 'en', 'me', 'm', 'te', 't', 'se', 's', 'vous', 'nous', 'lui', 'leur']);
const SPOKEN_SUBJECTS = new Set(['je', 'j', 'tu', 'il', 'elle', 'on', 'nous', 'vous', 'ils', 'elles']);
const SPOKEN_NEGATIONS = new Set(['pas', 'jamais', 'rien', 'guère', 'point', 'personne']);

/**
 * The term stands alone before a comma and the next clause takes it up with a pronoun ("La
 * stratégie, ça me donne de l'urticaire", "Roadmaps, they're a waste of time"): what that clause
 * says after the pronoun is said of the term. Returns that clause's number, or -1.
 */
function dislocatedComment(m: TermMatch, tokens: Token[], clauses: number[]): number {
  const clause = clauses[m.first]!;
  let next = -1;
  let determiner = false;
  let modifiers = 0;
  let joined = false;
  // "Je pense que l'improvisation, c'est un luxe": the topic may open the clause of a "que" / "that".
  let from = 0;
  for (let i = 0; i < m.first; i++) if (clauses[i] === clause && FRAME_ENDS.has(tokens[i]!.norm)) from = i + 1;
  for (let i = 0; i < tokens.length; i++) {
    if (clauses[i] === clause + 1) {
      next = i;
      break;
    }
    if (i < from || clauses[i] !== clause || (i >= m.first && i < m.last)) continue;
    // Before the term, its determiner and at most one word after it ("Un business plan sur trois
    // ans, …"); after it, a short complement ("une stratégie écrite").
    if (i >= m.last) {
      if (i - m.last >= MAX_TOPIC_COMPLEMENT) return -1;
    } else if (DETERMINERS.has(tokens[i]!.norm)) determiner = true;
    // "La précision avec quatre heures de sommeil, ça n'existe pas": the term joined to the topic's
    // noun by "avec" / "with" is part of the topic, and the comment denies the two together.
    else if (JOINERS.has(tokens[i]!.norm) && determiner && modifiers === 1 && !joined) {
      joined = true;
      determiner = false;
      modifiers = 0;
    } else if (!TOPIC_LEADS.has(tokens[i]!.norm) && (!determiner || ++modifiers > 1)) return -1;
  }
  if (next < 0) return -1;
  if (RESUMPTIVE.has(tokens[next]!.norm)) return clause + 1;
  // "L'improvisation, dans ce métier, ça se paie cash": a short adverbial set between the topic and
  // its comment.
  if (!ADVERBIAL_LEADS.has(tokens[next]!.norm)) return -1;
  let after = next;
  while (after < tokens.length && clauses[after] === clause + 1) after++;
  return after - next <= 4 && after < tokens.length && RESUMPTIVE.has(tokens[after]!.norm) ? clauses[after]! : -1;
}
/**
 * A judgement said of a dislocated topic: in the comment clause ("L'improvisation, ça se paie
 * cash"), or after a contrast that follows it ("L'improvisation, c'est très joli au théâtre, mais
 * dans un hall, ça coûte une fortune"): what comes before "mais" is conceded, what follows is the
 * speaker's word on the topic.
 */
function inTopicComment(h: PhraseHit, m: TermMatch, tokens: Token[], clauses: number[], c: CompiledCues): boolean {
  const comment = dislocatedComment(m, tokens, clauses);
  if (comment < 0) return false;
  if (clauses[h.first] === comment) return true;
  for (let i = m.last; i < h.first; i++) if (clauses[i]! >= comment && c.contrasts.has(tokens[i]!.norm)) return true;
  return false;
}

/** Prepositions that open a short adverbial between a topic and its comment. */
const ADVERBIAL_LEADS = new Set(['dans', 'en', 'pour', 'à', 'au', 'chez', 'avec', 'sur', 'franchement', 'honnêtement', 'in', 'at', 'for', 'on', 'with', 'honestly', 'frankly']);
const MAX_TOPIC_COMPLEMENT = 3;
const JOINERS = new Set(['avec', 'with']);
/** "comme ça", "de cette façon", "like that", "that way": a manner, as word sequences. */
const MANNERS = [['comme', 'ça'], ['comme', 'ca'], ['comme', 'cela'], ['de', 'cette', 'façon'], ['de', 'cette', 'manière'], ['de', 'la', 'même', 'façon'], ['like', 'that'], ['like', 'this'], ['that', 'way'], ['this', 'way'], ['the', 'same', 'way']];
/** How far after the term a manner may come to be what a negation denies. */
const MANNER_REACH = 2;

/** A manner said within MANNER_REACH words after the term, in its clause. */
function mannerAfter(tokens: Token[], clauses: number[], end: number): boolean {
  for (let i = end; i <= end + MANNER_REACH && i < tokens.length && clauses[i] === clauses[end - 1]; i++) {
    for (const words of MANNERS) {
      if (i + words.length > tokens.length) continue;
      let k = 0;
      while (k < words.length && tokens[i + k]!.norm === words[k]) k++;
      if (k === words.length && clauses[i + k - 1] === clauses[end - 1]) return true;
    }
  }
  return false;
}

/** The word that ends a frame before a dislocated topic ("je pense que …", "I think that …"). */
const FRAME_ENDS = new Set(['que', 'qu', 'that']);
/** Less of what the term names, said right after it (terms that include "moins" or "less" are matched whole first). */
const DIMINISHERS = new Set(['moins', 'less']);
/** Words that may lead a dislocated topic besides its determiner ("Et le plan, …", "As for plans, …"). */
const TOPIC_LEADS = new Set(['et', 'and', 'mais', 'but', 'quant', 'à', 'as', 'for', 'que', 'qu']);
/**
 * Pronouns that open the comment on a dislocated topic: one that takes it up again ("ça", "it"),
 * or the subject of a predicate about it ("Le repos, vous verrez plus tard", "Money, I don't care").
 */
const RESUMPTIVE = new Set(['ça', 'ca', 'cela', 'c', 'ce', 'it', 'that', 'they', 'it\'s', 'that\'s', 'they\'re', 'je', 'j', 'on', 'vous', 'nous', 'tu', 'i', 'you', 'we']);

const OPENING_QUOTES = new Set([0xab, 0x201c, 0x22]);
const CLOSING_QUOTES = new Set([0xbb, 0x201d, 0x22]);

/** The term [start, end) of `text` is all that stands between an opening and a closing quote. */
function inOwnQuotes(text: string, start: number, end: number): boolean {
  let i = start - 1;
  while (i >= 0 && isSpaceCode(text.charCodeAt(i))) i--;
  let j = end;
  while (j < text.length && isSpaceCode(text.charCodeAt(j))) j++;
  return i >= 0 && j < text.length && OPENING_QUOTES.has(text.charCodeAt(i)) && CLOSING_QUOTES.has(text.charCodeAt(j));
}

/**
 * A term set apart at the head of a sentence and taken up by a negated clause: "les vacances, je ne
 * sais même plus ce que c'est", "la stratégie, je n'en ai jamais eu", "weekends, I never take".
 * The term's clause holds nothing but the term (and its determiners or a conjunction).
 */
function dislocatedNegation(m: TermMatch, tokens: Token[], clauses: number[], negations: PhraseHit[], pseudo: ReadonlySet<number>): PhraseHit | null {
  if (negations.length === 0) return null;
  const clause = clauses[m.first]!;
  for (let i = 0; i < tokens.length; i++) {
    if (clauses[i] !== clause || (i >= m.first && i < m.last)) continue;
    if (!DETERMINERS.has(tokens[i]!.norm) && !TOPIC_LEADS.has(tokens[i]!.norm)) return null;
  }
  // The negated clause takes the term up again as something one has, does or knows ("je n'en ai
  // jamais eu", "je ne sais plus ce que c'est", "I never take them"), not as the subject of another
  // predicate ("l'authenticité, ça ne s'achète pas" says something of authenticity, not against it).
  let resumed = false;
  for (let i = 0; i < tokens.length && !resumed; i++) {
    if (clauses[i] !== clause + 1) continue;
    const w = tokens[i]!.norm;
    if (w === 'en' || w === 'sais' || w === 'connais' || ((w === 'it' || w === 'them') && HAVE_DO.has(tokens[i - 1]?.norm ?? ''))) resumed = true;
  }
  if (!resumed) return null;
  return negations.find((h) => clauses[h.first] === clause + 1 && !pseudo.has(h.first) && ['pas', 'jamais', 'plus', 'rien', 'never', 'not', "don't", "didn't", "doesn't"].includes(h.phrase)) ?? null;
}

const HAVE_DO = new Set(['do', 'did', 'does', 'have', 'had', 'take', 'took', 'need', 'needed', 'use', 'used', 'know', 'knew', 'want', 'wanted']);

/** "ne … que": a restriction that endorses what follows que. */
function isRestricted(m: TermMatch, tokens: Token[], clauses: number[]): boolean {
  let sawQue = false;
  for (let i = m.first - 1; i >= 0 && clauses[i] === clauses[m.first]; i--) {
    const w = tokens[i]!.norm;
    if (w === 'que' || w === 'qu') sawQue = true;
    if ((w === 'ne' || w === 'n') && sawQue) return true;
  }
  return false;
}

const DETERMINERS = new Set(['le', 'la', 'les', 'l', 'un', 'une', 'des', 'du', 'de', 'd', 'mon', 'ma', 'mes', 'votre', 'vos', 'notre', 'nos', 'son', 'sa', 'ses', 'ce', 'cette', 'the', 'a', 'an', 'my', 'your', 'our', 'his', 'her', 'their', 'this', 'that']);

/** Conjunctions that may open a clause before its subject ("Mais l'argent n'a jamais été le moteur"). */
const SUBJECT_OPENERS = new Set(['mais', 'et', 'donc', 'alors', 'pourtant', 'puis', 'or', 'ou', 'but', 'and', 'so', 'yet', 'then']);

function isClauseSubject(m: TermMatch, tokens: Token[], clauses: number[], lang: Language): boolean {
  let i = m.first - 1;
  let skipped = 0;
  // "Celui qui imite n'a rien à dire", "Anyone who copies has nothing to say": the generic relative
  // is the subject, the term its verb.
  const generic = genericRelativeBefore(tokens, m.first);
  if (generic >= 0) {
    for (let j = generic - 1; j >= 0 && clauses[j] === clauses[generic]; j--) if (!SUBJECT_OPENERS.has(tokens[j]!.norm)) return false;
    return true;
  }
  while (i >= 0 && clauses[i] === clauses[m.first] && DETERMINERS.has(tokens[i]!.norm)) {
    skipped++;
    i--;
  }
  while (i >= 0 && clauses[i] === clauses[m.first]) {
    if (!SUBJECT_OPENERS.has(tokens[i]!.norm)) return false;
    i--;
  }
  // The term must also be followed by its verb, not be the object of an imperative.
  return skipped <= 2 && (lang === 'fr' || m.last < tokens.length);
}

/** The sentence names its terms and little else ("Working for free.", "Le travail gratuit ?"): a topic put forward. */
function bareTopic(tokens: Token[], matches: TermMatch[]): boolean {
  if (tokens.length > 7) return false;
  let inTerms = 0;
  for (const m of matches) inTerms += m.last - m.first;
  let leads = 0;
  for (let i = 0; i < tokens.length; i++) if (!matches.some((m) => i >= m.first && i < m.last)) leads += TOPIC_WORDS.has(tokens[i]!.norm) ? 1 : 2;
  return inTerms > 0 && leads <= 2;
}

const TOPIC_WORDS = new Set(['le', 'la', 'les', 'l', 'un', 'une', 'des', 'du', 'de', 'd', 'the', 'a', 'an', 'et', 'and', 'mais', 'but', 'so', 'alors', 'well', 'bon', 'quant', 'as', 'for', 'about', 'what', 'oh', 'ah']);

/**
 * The next sentence of the turn is only a verdict on the topic ("Don't do it.", "Never.", "Jamais.",
 * "Surtout pas.", "Foncez."): whether it is against it, and whether it tells the listener what to do.
 */
function verdictAfter(turn: Turn, k: number, tokensOf: (k: number) => Token[], c: CompiledCues): { against: boolean; advice: boolean } | null {
  if (k + 1 >= turn.sentences.length) return null;
  const next = tokensOf(k + 1);
  if (next.length === 0 || next.length > 5) return null;
  const against = c.verdictsAgainst.longestAt(next, 0);
  const end = against > 0 ? against : c.verdictsFor.longestAt(next, 0);
  // The verdict is the whole sentence, but for an "honestly" or a repetition ("Non, jamais.").
  if (end === 0 || next.length - end > 1) return null;
  const phrase = next.slice(0, end).map((t) => t.norm).join(' ');
  return { against: against > 0, advice: !NON_IMPERATIVE_VERDICTS.has(phrase) };
}

/** Verdicts that judge rather than instruct. */
const NON_IMPERATIVE_VERDICTS = new Set(['non', 'no', 'jamais', 'never', 'erreur', 'grosse erreur', 'big mistake', 'bad idea', 'mistake', 'oui', 'yes', 'toujours', 'always', 'indispensable', 'essentiel', 'essential', 'absolutely', 'absolument']);

/**
 * The term is the verb of a relative clause on a generic antecedent ("celui qui imite", "ceux qui
 * ne copient pas", "those who copy", "anyone who …"): the index of the antecedent's first word, or -1.
 */
function genericRelativeBefore(tokens: Token[], first: number): number {
  let i = first - 1;
  // "qui ne copient jamais": a negation or an adverb between the pronoun and the verb.
  for (let n = 0; n < 3 && i >= 0 && RELATIVE_SKIPS.has(tokens[i]!.norm); n++) i--;
  if (i < 1 || (tokens[i]!.norm !== 'qui' && tokens[i]!.norm !== 'who')) return -1;
  const a = tokens[i - 1]!.norm;
  if (GENERIC_ANTECEDENTS.has(a)) return i - 1;
  // "quelqu'un qui": two tokens.
  if (a === 'un' && i >= 2 && tokens[i - 2]!.norm === 'quelqu') return i - 2;
  return -1;
}

const GENERIC_ANTECEDENTS = new Set(['celui', 'celle', 'ceux', 'celles', 'those', 'anyone', 'anybody', 'someone', 'somebody', 'whoever', 'everyone', 'everybody', 'people']);
const RELATIVE_SKIPS = new Set(['ne', 'n', 'pas', 'jamais', 'plus', 'toujours', 'souvent', 'never', 'always', 'just', 'only', 'still', 'not', "don't", "doesn't"]);
/**
 * Forms of "to be" before a generic antecedent that make it the speaker: "je suis quelqu'un qui …",
 * "I'm someone who …" ("I'm", "we're" are tokenized "i", "m" and "we", "re").
 */
const SELF_COPULAS = new Set(['suis', 'sommes', 'étais', 'am', 'm', 're', 'are', 'was']);

/**
 * Said of a generic someone ("celui qui imite …", "people who copy …"), the term is the speaker's
 * view of such people, not what the speaker does; unless the speaker says she is one ("je suis
 * quelqu'un qui délègue", "I'm someone who …").
 */
function saidOfGenericSomeone(tokens: Token[], first: number): boolean {
  const at = genericRelativeBefore(tokens, first);
  if (at < 0) return false;
  return !(at >= 1 && SELF_COPULAS.has(tokens[at - 1]!.norm));
}

function mergeAdjacent(hits: PhraseHit[]): PhraseHit[] {
  const out: PhraseHit[] = [];
  for (const h of hits) {
    const last = out[out.length - 1];
    // "non pas", "never, ever", "ne jamais rien": one negation said emphatically.
    // "rien sans", "never without": a negation of a negation, two triggers.
    // "jamais, au grand jamais": the same word said again two words on is still one.
    const repeated = last !== undefined && h.phrase === last.phrase && h.first - last.last <= 2;
    if (last && (h.first - last.last <= 1 || repeated) && !(last.phrase === 'ni' && h.phrase === 'ni') && !(last.phrase === 'nor' && h.phrase === 'nor') && !DOUBLING.has(h.phrase)) {
      out[out.length - 1] = { first: last.first, last: h.last, phrase: `${last.phrase} ${h.phrase}` };
    } else out.push(h);
  }
  return out;
}

function isMixedHere(h: PhraseHit, tokens: Token[], lang: Language): boolean {
  if (lang === 'en' && h.phrase === 'both') return tokens.slice(h.last).some((t) => t.norm === 'and');
  return true;
}

/**
 * Tokens of a conceded part: "certes X, mais Y" concedes X; "Certes X." followed by "Mais Y." in the
 * same turn concedes the whole first sentence.
 */
function concededRange(tokens: Token[], turn: Turn, k: number, c: CompiledCues, tokensOf: (k: number) => Token[], text: string): [number, number] | null {
  let i = 0;
  while (i < tokens.length && c.clauseOpeners.longestAt(tokens, i) > i && c.concessions.longestAt(tokens, i) === i) i++;
  let end = c.concessions.longestAt(tokens, i);
  if (end === i) {
    // "Work hard, sure, but rest …": a concession word set off by commas concedes what precedes it.
    const aside = c.concessions.find(tokens).find((h) => h.first > 0 && /,\s*$/.test(text.slice(tokens[h.first - 1]!.end, tokens[h.first]!.start)) && /^\s*,/.test(text.slice(tokens[h.last - 1]!.end)));
    if (aside) {
      const contrast = c.contrasts.find(tokens, aside.last);
      if (contrast.length > 0) return [0, contrast[0]!.first];
      // "L'argent compte, évidemment, j'ai un loyer … Mais ce n'est pas pour ça que je me lève.":
      // the "mais" opens the next sentence.
      return opensWithContrast(turn, k + 1, c, tokensOf) ? [0, tokens.length] : null;
    }
    // The concession goes on for one more sentence before its "mais": "C'est vrai que la quantité,
    // ça marche pour les algorithmes. Publier tous les jours, ça vous donne de la visibilité. Mais …"
    return k > 0 && opensConcession(tokensOf(k - 1), c) && !turn.sentences[k - 1]!.isQuestion && opensWithContrast(turn, k + 1, c, tokensOf) ? [0, tokens.length] : null;
  }
  const contrast = c.contrasts.find(tokens, end);
  if (contrast.length > 0) return [end, contrast[0]!.first];
  // "Mais" opens the next sentence, or the one after it.
  if (opensWithContrast(turn, k + 1, c, tokensOf) || opensWithContrast(turn, k + 2, c, tokensOf)) return [end, tokens.length];
  return null;
}

function opensConcession(tokens: Token[], c: CompiledCues): boolean {
  let i = 0;
  while (i < tokens.length && c.clauseOpeners.longestAt(tokens, i) > i && c.concessions.longestAt(tokens, i) === i) i++;
  return c.concessions.longestAt(tokens, i) > i;
}

function opensWithContrast(turn: Turn, k: number, c: CompiledCues, tokensOf: (k: number) => Token[]): boolean {
  if (k >= turn.sentences.length) return false;
  const t = tokensOf(k);
  return t.length > 0 && c.contrasts.longestAt(t, 0) > 0;
}

/** Quotes are sorted and disjoint: a binary search, so a turn with many quotes stays linear. */
function inLongQuote(quotes: Array<[number, number]>, offset: number): boolean {
  let lo = 0;
  let hi = quotes.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (quotes[mid]![0] < offset) lo = mid;
    else hi = mid - 1;
  }
  const q = quotes[lo];
  return q !== undefined && offset > q[0] && offset < q[1];
}

/**
 * Quotations inside a turn that are someone else's words: « … », “ … ”, " … " of more than three
 * words. A quote that opens the turn is the speaker's own speech (a quoted extract), not a citation.
 */
function quoteSpans(text: string, answer = false): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  // Most turns quote nobody: three native searches instead of a walk over every character.
  if (!text.includes('"') && !text.includes('«') && !text.includes('“')) return spans;
  // The opening mark of the quote being read (0: none) and where it is; code units, not
  // one-character strings and a property look-up per character (a tenth of the run time on talks).
  let open = 0;
  let at = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (open !== 0) {
      if (ch === closingQuote(open)) {
        // A quote that opens the turn and runs to its end is the speaker's own speech (a quoted
        // extract); one that opens it and closes early is a citation ('"Sleep when you're dead." I
        // hear that line every week').
        const wholeTurn = at <= 2 && i >= text.length - 3;
        if (!wholeTurn && countWords(text, at + 1, i, 4) > 3) spans.push([at, i]);
        open = 0;
      } else if (ch === open && ch !== 34) {
        at = i;
      }
    } else if (closingQuote(ch) !== 0) {
      open = ch;
      at = i;
    }
  }
  return answer && writtenUp(text, spans) ? [] : spans;
}

/** The share of a written-up answer inside quotes, at least. */
const WRITTEN_UP_QUOTED = 0.6;

/**
 * An answer written up by a journalist: her words in quotes, the writer's narration around them
 * ("Elle hausse les épaules. « Ça permet de tenir les prix. »"). The quotes are the speaker's
 * speech, not citations: they hold most of the answer, and what comes before the first one is a
 * sentence of narration (not "Mon maître disait :", which introduces someone else's words).
 */
function writtenUp(text: string, spans: Array<[number, number]>): boolean {
  if (spans.length === 0) return false;
  let quoted = 0;
  for (const [a, b] of spans) quoted += b - a;
  if (quoted < WRITTEN_UP_QUOTED * text.length) return false;
  const before = text.slice(0, spans[0]![0]).trimEnd();
  return before === '' || /[.!?…]$/.test(before);
}

/** The closing mark of an opening quotation mark (« », “ ”, " "); 0 for any other character. */
function closingQuote(c: number): number {
  return c === 34 ? 34 : c === 0xab ? 0xbb : c === 0x201c ? 0x201d : 0;
}

interface SentenceMode {
  mode: Mode;
  inherited: boolean;
}

function modeOfSentence(
  sentence: Sentence,
  tokens: Token[],
  clauses: number[],
  turn: Turn,
  k: number,
  c: CompiledCues,
  lang: Language,
  cache: Map<number, Mode | null>,
  tokensOf: (k: number) => Token[],
  /** The sentence judges what it names ("Micromanaging kills good teachers."): a view, not a fragment of a story. */
  judged = false,
): SentenceMode {
  const own = explicitMode(tokens, clauses, c, lang);
  cache.set(k, own);
  if (own) return { mode: own, inherited: false };
  // A verbless fragment ("Weekends, nights, whatever it takes.") carries on the sentence before it.
  if (k > 0 && !judged && tokens.length <= 8 && !tokens.some((t) => c.firstPerson.has(t.norm))) {
    let prev = cache.get(k - 1);
    if (prev === undefined) {
      const pt = tokensOf(k - 1);
      prev = explicitMode(pt, clauseIds(turn.sentences[k - 1]!.text, pt, c), c, lang);
      cache.set(k - 1, prev);
    }
    if (prev === 'practice') return { mode: 'practice', inherited: true };
  }
  if (turn.asksAdvice && !sentence.isQuestion) return { mode: 'advice', inherited: true };
  // "Pourquoi êtes-vous sur les réseaux ? — Par opportunisme, pas par passion.": a short answer
  // without a verb of its own says why or how the speaker does it.
  if (k === 0 && turn.asksPractice === true && !judged && !sentence.isQuestion && tokens.length <= 8) return { mode: 'practice', inherited: true };
  return { mode: 'opinion', inherited: false };
}

/** The sentence's mode from its own cues: advice anywhere wins over practice. */
function explicitMode(tokens: Token[], clauses: number[], c: CompiledCues, lang: Language): Mode | null {
  let practice = false;
  const last = clauses[clauses.length - 1] ?? 0;
  for (let clause = 0; clause <= last; clause++) {
    const m = clauseMode(tokens, clauses, clause, c, lang);
    if (m === 'advice') return 'advice';
    if (m === 'practice') practice = true;
  }
  return practice ? 'practice' : null;
}

/**
 * The mode of each clause of the last sentence asked about: the sentence's mode and the nearest
 * clause mode of each of its terms ask for the same clauses again.
 */
let clauseModesOf: Token[] | null = null;
let clauseModesFor: number[] | null = null;
let clauseModes: Array<Mode | null | undefined> = [];

function clauseMode(tokens: Token[], clauses: number[], clause: number, c: CompiledCues, lang: Language): Mode | null {
  if (tokens !== clauseModesOf || clauses !== clauseModesFor) {
    clauseModesOf = tokens;
    clauseModesFor = clauses;
    clauseModes = [];
  }
  let mode = clauseModes[clause];
  if (mode === undefined) mode = clauseModes[clause] = modeOfClause(tokens, clauses, clause, c, lang);
  return mode;
}

/**
 * What follows a belief verb is the speaker's own doing, hedged: "je crois que je n'ai pas pris de
 * vacances depuis deux ans", "I think I work too much"; or her own ability: "je ne sais pas
 * refuser", "I don't know how to say no". Not an opinion on the matter.
 */
function aboutOwnDoing(tokens: Token[], at: number, to: number): boolean {
  let i = at;
  while (i < to && BELIEF_SKIPS.has(tokens[i]!.norm)) i++;
  if (i >= to) return false;
  const w = tokens[i]!.norm;
  if (OWN_SUBJECTS.has(w)) return true;
  // "sais refuser", "know how to": an ability.
  if (at > 0 && (tokens[at - 1]!.norm === 'sais' || tokens[at - 1]!.norm === 'know')) return w === 'how' || (w.length > 3 && /(?:er|ir|re)$/.test(w));
  return false;
}

const BELIEF_SKIPS = new Set(['que', 'qu', 'that', 'pas', 'plus', 'jamais', 'vraiment', 'honestly', 'really', 'even', 'not', "don't"]);
const OWN_SUBJECTS = new Set(['je', 'j', 'i', 'we', 'nous']);

function modeOfClause(tokens: Token[], clauses: number[], clause: number, c: CompiledCues, lang: Language): Mode | null {
  const from = clauses.indexOf(clause);
  if (from < 0) return null;
  let to = from;
  while (to < tokens.length && clauses[to] === clause) to++;
  // "ce qu'il faut vendre", "what you need to know": a relative clause, not an instruction.
  if (c.advice.find(tokens, from, to).some((h) => !(h.first >= 2 && (tokens[h.first - 1]!.norm === 'qu' || tokens[h.first - 1]!.norm === 'que') && tokens[h.first - 2]!.norm === 'ce') && !(h.first >= 1 && tokens[h.first - 1]!.norm === 'what') && !isConsulting(h, tokens) && !ownNeed(h, tokens))) return 'advice';
  if (isImperative(tokens, from, to, c, lang)) return 'advice';
  // "Je crois que …", "I think …": the speaker's opinion, not what she does.
  if (c.beliefVerbs.find(tokens, from, to).some((h) => ((h.first > from && c.firstPerson.has(tokens[h.first - 1]!.norm)) || (h.first > from + 1 && c.firstPerson.has(tokens[h.first - 2]!.norm))) && !aboutOwnDoing(tokens, h.last, to))) return null;
  // "Mon ancien associé, lui, improvisait tout": a possessive names someone else when a third
  // person is set apart as the subject; only the speaker's own pronouns then say what she does.
  const someoneElse = dislocatedThirdPerson(tokens, clauses) >= 0;
  // "Got it brand new last spring, straight from the dealer": a sentence that opens on a past tense
  // leaves out its "I".
  if (lang === 'en' && from === 0 && EN_PAST.has(tokens[0]!.norm) && tokens.length > 2) return 'practice';
  for (let i = from; i < to; i++) {
    const w = tokens[i]!.norm;
    if (c.firstPerson.has(w) && !(someoneElse && POSSESSIVES.has(w))) return 'practice';
    if (w === 'on' && lang === 'fr' && weDid(tokens, i + 1, to)) return 'practice';
  }
  return null;
}

/**
 * "on a doublé les fournées", "on n'a jamais baissé les prix": "on" with a past participle tells
 * what the speaker's team did (the generic "on", "on doit", "quand on veut", is in the present).
 */
function weDid(tokens: Token[], at: number, to: number): boolean {
  let i = at;
  if (i < to && (tokens[i]!.norm === 'n' || tokens[i]!.norm === 'ne')) i++;
  if (i >= to || (tokens[i]!.norm !== 'a' && tokens[i]!.norm !== 'avait')) return false;
  i++;
  // A negation or an adverb between: "on n'a jamais", "on a beaucoup grossi".
  for (let n = 0; n < 2 && i < to && WE_DID_SKIPS.has(tokens[i]!.norm); n++) i++;
  return i < to && PAST_PARTICIPLE.test(tokens[i]!.norm) && !NOT_PARTICIPLES.has(tokens[i]!.norm);
}

const WE_DID_SKIPS = new Set(['pas', 'jamais', 'plus', 'rien', 'toujours', 'beaucoup', 'déjà', 'vite', 'longtemps', 'tout', 'bien', 'vraiment', 'souvent', 'même', 'aussi']);
const PAST_PARTICIPLE = /(?:é|ée|és|ées|i|is|it|u|ue|us|ert|ort|int|aint|eint)$/;
/** Words after "on a" that end like participles and are not: "on a tous", "on a plus de clients". */
const NOT_PARTICIPLES = new Set(['tous', 'plus', 'moins', 'envie', 'besoin', 'raison', 'tort', 'peur', 'jamais', 'ici', 'aussi', 'lui', 'qui', 'ceci', 'parmi', 'ami', 'mari', 'souci', 'abri', 'prix', 'début', 'but', 'salut', 'bout']);

/**
 * Sentence k is taken back as a joke: the next sentence of the turn opens with a retraction ("No,
 * seriously", "Blague à part", "I'm kidding"), or it is in a turn the speaker's next turn opens
 * with one (the host laughing in between).
 */
function takenBack(turn: Turn, k: number, c: CompiledCues, state: TurnClassifier, tokensOf: (k: number) => Token[]): boolean {
  // After a stage direction that opens the sentence ("(laughs) No, seriously").
  // `saysJoke`: only a retraction that names the joke ("je plaisante", "I'm kidding"), not "No, seriously".
  const opens = (s: { text: string; tokens: Token[] } | null, saysJoke = false) => {
    if (s === null) return false;
    const close = s.text[0] === '(' || s.text[0] === '[' ? s.text.slice(0, 40).search(/[)\]]/) : -1;
    let i = 0;
    while (close >= 0 && i < s.tokens.length && s.tokens[i]!.start < close) i++;
    // "Non, non, je plaisante", "Oh no, I'm kidding": interjections before the retraction.
    for (let n = 0; n < 3 && i < s.tokens.length && c.retractions.longestAt(s.tokens, i) === i && INTERJECTIONS.has(s.tokens[i]!.norm); n++) i++;
    const end = i < s.tokens.length ? c.retractions.longestAt(s.tokens, i) : i;
    if (end === i) return false;
    if (!saysJoke) return true;
    for (let t = i; t < end; t++) if (JOKE_WORDS.has(s.tokens[t]!.norm)) return true;
    return false;
  };
  // The speaker's next turn takes back this whole (short, joking) turn.
  if (opens(state.nextTurnOpening(turn.index))) return true;
  // Within the turn, the next sentence that is not only a stage direction ("(laughs).", "[rires]"),
  // or the one after it when that one says it was a joke: a joke often runs on for a sentence ("Oh,
  // I don't sleep. I'm basically a vampire … No, no, I'm joking"), and a cue that is only "(laughs)"
  // leaves the retraction in the same turn. "No, seriously" two sentences on takes back only what
  // is next to it.
  let j = k + 1;
  for (let said = 0; said < 2; said++) {
    while (j < turn.sentences.length && STAGE_DIRECTION.test(turn.sentences[j]!.text)) j++;
    if (j >= turn.sentences.length) return false;
    if (opens({ text: turn.sentences[j]!.text, tokens: tokensOf(j) }, said > 0)) return true;
    j++;
  }
  return false;
}

const JOKE_WORDS = new Set(['plaisante', 'rigole', 'blague', 'kidding', 'joking']);

const INTERJECTIONS = new Set(['non', 'nan', 'ah', 'oh', 'bah', 'bon', 'mais', 'enfin', 'no', 'nah', 'well', 'okay', 'ok', 'haha', 'ha']);

/** "Not everything — client contracts stay confidential": the answer names what its rule leaves out. */
function opensWithLimit(tokens: Token[]): boolean {
  const a = tokens[0]?.norm;
  const b = tokens[1]?.norm;
  return (a === 'not' && (b === 'everything' || b === 'all')) || (a === 'pas' && b === 'tout') || (a === 'non' && b === 'pas' && tokens[2]?.norm === 'tout');
}

const ONE = new Set(['un', 'une', 'one', 'a', 'single']);
const PER = new Set(['par', 'a', 'per', 'each', 'every']);
const YEAR = new Set(['an', 'année', 'year']);

/** "un projet bénévole par an", "one pro bono job a year": one of something a year is an exception by its count. */
function oncePerYear(tokens: Token[]): boolean {
  for (let i = 0; i + 2 < tokens.length; i++) {
    if (!ONE.has(tokens[i]!.norm)) continue;
    for (let j = i + 2; j <= i + 4 && j + 1 < tokens.length; j++) if (PER.has(tokens[j]!.norm) && YEAR.has(tokens[j + 1]!.norm)) return true;
  }
  return false;
}

/**
 * The sentence before, in the same turn, announces an exception ("Sauf une chose.", "One exception,
 * though.", "Il y a une exception, …"), or the one after calls what was just told the exception
 * ("… je règle tous leurs instruments gratuitement. C'est la seule exception.").
 */
function announcesException(tokensOf: (k: number) => Token[], k: number, turn: Turn): boolean {
  // The exception is told over the sentences that follow its announcement, in the same turn.
  for (let j = k - 1; j >= 0 && j >= k - 3; j--) if (!turn.sentences[j]!.isQuestion && isExceptionAnnouncement(tokensOf(j))) return true;
  // A short detail may come between ("… gratuitement. Une quarantaine. C'est la seule exception").
  for (let j = k + 1; j < turn.sentences.length && j <= k + 2; j++) if (!turn.sentences[j]!.isQuestion && namesTheException(tokensOf(j))) return true;
  return false;
}

/** "C'est la seule exception", "That's my one exception", "Ça reste une exception": what was just told is set apart. */
function namesTheException(tokens: Token[]): boolean {
  // In the sentence's opening words: further on, "exception" may be of something else.
  const n = Math.min(tokens.length, 7);
  for (let i = 1; i < n; i++) {
    if (tokens[i]!.norm !== 'exception') continue;
    let d = i - 1;
    if (EXCEPTION_ADJECTIVES.has(tokens[d]!.norm)) d--;
    if (d < 1 || !EXCEPTION_DETERMINERS.has(tokens[d]!.norm)) return false;
    // Said of it, as the sentence opens: "c'est", "that's", "it is", "ça reste", "voilà" ("Le
    // talent, c'est l'exception" is said of something else).
    for (let j = 0; j < d && j < 2; j++) if (NAMING_WORDS.has(tokens[j]!.norm)) return true;
    return false;
  }
  return false;
}

const EXCEPTION_ADJECTIVES = new Set(['seule', 'only', 'single', 'one', 'petite', 'small', 'rare', 'unique']);
const EXCEPTION_DETERMINERS = new Set(['la', 'l', 'une', 'mon', 'ma', 'notre', 'the', 'an', 'a', 'my', 'our', 'one']);
/** "c'est", "ça reste", "voilà", "that's" (tokenized "that", "s"), "it is", "it remains". */
const NAMING_WORDS = new Set(['est', 'reste', 'voilà', 'était', 's', 'is', 'was', 'remains']);

function isExceptionAnnouncement(before: Token[]): boolean {
  // "Sans exception.", "No exceptions." say the opposite.
  const denied = (i: number) => i > 0 && NO_EXCEPTION.has(before[i - 1]!.norm);
  if (before.length <= 6 && before.some((t, i) => ((t.norm === 'exception' || t.norm === 'exceptions') && !denied(i)) || t.norm === 'sauf' || t.norm === 'except')) return true;
  // "Jamais… sauf une fois par an, et je l'explique toujours", "Never, except once a year": an
  // exception opened at the start and said to be rare, then told in the sentences after it.
  for (let i = 0; i < before.length && i < 3; i++) {
    if (!EXCEPT.has(before[i]!.norm)) continue;
    for (let j = i + 1; j <= i + 3 && j < before.length; j++) {
      const w = before[j]!.norm;
      if (w === 'once' || w === 'twice' || ((w === 'une' || w === 'un' || w === 'deux' || w === 'one') && RARE_OCCASIONS.has(before[j + 1]?.norm ?? ''))) return true;
    }
  }
  // A longer announcement names "one exception" ("il y a une exception, et je la mets complètement
  // à part", "I make one exception, and it's deliberate").
  if (before.length > 16) return false;
  for (let i = 1; i < before.length; i++) {
    if (before[i]!.norm !== 'exception') continue;
    const article = before[i - 1]!.norm;
    if (ONE_EXCEPTION.has(article) || (ONE_EXCEPTION.has(before[i - 2]?.norm ?? '') && (article === 'petite' || article === 'seule' || article === 'single' || article === 'small'))) return true;
  }
  return false;
}

/**
 * The speaker's own unreal past before the term, in the same stretch of the sentence (a contrast
 * ends it: "I would have loved to rest, but I worked every weekend"): "I would have / I'd have /
 * could have" + participle, "j'aurais / je serais / on aurait" + participle. "j'aurais tendance à"
 * is a hedge on what she does, not a counterfactual.
 */
function counterfactualBefore(tokens: Token[], before: number, lang: Language): boolean {
  for (let i = before - 1; i >= 1; i--) {
    const w = tokens[i]!.norm;
    if (CONTRAST_ENDS.has(w)) return false;
    if (!UNREAL_SUBJECTS.has(tokens[i - 1]!.norm) && !(i >= 2 && UNREAL_SUBJECTS.has(tokens[i - 2]!.norm) && (tokens[i - 1]!.norm === 'n' || tokens[i - 1]!.norm === 'ne'))) continue;
    if (lang === 'en') {
      if (!UNREAL_MODALS.has(w)) continue;
      if (w === "would've" || w === "could've") return true;
      let j = i + 1;
      while (j < before && EN_UNREAL_SKIPS.has(tokens[j]!.norm)) j++;
      if (j < before && (tokens[j]!.norm === 'have' || tokens[j]!.norm === 've')) return true;
    } else if (FR_CONDITIONAL_AUXILIARIES.has(w)) {
      let j = i + 1;
      while (j < before && FR_UNREAL_SKIPS.has(tokens[j]!.norm)) j++;
      if (j < before && /(?:é|ée|és|ées|i|is|ie|u|ue|us|it|ert|ort)$/.test(tokens[j]!.norm) && !FR_HEDGES.has(tokens[j]!.norm)) return true;
    }
  }
  return false;
}

const UNREAL_SUBJECTS = new Set(['i', 'we', 'je', 'j', 'on', 'nous']);

/**
 * The consequence of an unreal condition, before the term: "Si je ne pensais qu'aux courbes
 * d'audience, je vous dirais de publier cinq fois par jour", "If I only cared about reach, I'd
 * tell you to post daily": "si/if" + the speaker in the past, then the speaker in the conditional.
 * A condition that frames real advice is not unreal: "si je devais donner un conseil, je dirais …",
 * "si j'étais vous", "if I had to pick one thing", "if I were you".
 */
function unrealConsequenceBefore(tokens: Token[], before: number, lang: Language): boolean {
  return unrealConsequenceFrom(tokens, sentenceOpening(tokens), before, lang);
}

/** The same, with the condition opening at `i`, anywhere in the sentence ("Je vais être honnête : si je facturais…"). */
function unrealConsequenceFrom(tokens: Token[], i: number, before: number, lang: Language): boolean {
  if (i >= before) return false;
  const si = tokens[i]?.norm;
  if (si !== 'si' && si !== 'if') return false;
  if (!UNREAL_SUBJECTS.has(tokens[i + 1]?.norm ?? '')) return false;
  let pastVerb = false;
  for (let j = i + 2; j < before; j++) {
    const w = tokens[j]!.norm;
    const prev = tokens[j - 1]!.norm;
    if (ADVICE_FRAMES.has(w) || (w === 'vous' && prev === 'étais') || (w === 'you' && prev === 'were') || (w === 'to' && prev === 'had')) return false;
    if (!pastVerb) {
      pastVerb = lang === 'fr' ? /(?:ais|ait|ions|iez)$/.test(w) && j <= i + 5 : EN_PAST_CONDITIONS.has(w) || (/ed$/.test(w) && j <= i + 4);
      continue;
    }
    // The speaker's conditional after the condition: "je vous dirais", "I'd tell you", "I would say".
    if (!UNREAL_SUBJECTS.has(tokens[j - 1]!.norm) && !(j >= 2 && UNREAL_SUBJECTS.has(tokens[j - 2]!.norm) && OBJECT_PRONOUNS.has(tokens[j - 1]!.norm))) continue;
    if (lang === 'fr' ? /(?:rais|rait|rions)$/.test(w) : w === 'would' || w === 'd') return true;
  }
  return false;
}

/**
 * The sentence goes on with an unreal case opened just before it in the turn: one of the previous
 * two sentences is such a case ("si je facturais au forfait, je serais tentée…", "if I charged a
 * flat fee, I'd be tempted…"), any sentence between them is in the speaker's conditional too, and
 * this one does not turn back to what is ("Mais …", "But …", "En vrai …").
 */
function unrealCarriedOn(k: number, tokens: Token[], tokensOf: (k: number) => Token[], lang: Language): boolean {
  const first = tokens[0]?.norm;
  if (first === undefined || CONTRAST_ENDS.has(first) || REALITY_TURNS.has(first)) return false;
  for (let j = k - 1; j >= 0 && j >= k - 2; j--) {
    const prev = tokensOf(j);
    if (prev.length === 0) return false;
    for (let i = 0; i < prev.length; i++) if (IF_WORDS.has(prev[i]!.norm) && unrealConsequenceFrom(prev, i, prev.length, lang)) return true;
    // A sentence between them carries the case on only if it is itself in the conditional.
    if (!ownConditionalBefore(prev, prev.length, lang)) return false;
  }
  return false;
}

/** Words that open a return to what is: "en vrai", "in reality", "actually". */
const REALITY_TURNS = new Set(['en', 'in', 'actually', 'really', 'sauf', 'heureusement', 'luckily', 'fortunately', 'aujourd', 'today', 'now', 'maintenant']);

/**
 * The speaker's own verb in the conditional at or before `until`: "je bâclerais", "je ferais",
 * "on serait", "I'd rush", "I would cut corners". Not a verb of saying or advising ("je dirais",
 * "I'd say", "I'd recommend"), which gives a view or advice, not an unreal deed.
 */
function ownConditionalBefore(tokens: Token[], until: number, lang: Language): boolean {
  const end = Math.min(until + 1, tokens.length);
  for (let i = 0; i < end; i++) {
    if (!UNREAL_SUBJECTS.has(tokens[i]!.norm)) continue;
    let v = i + 1;
    while (v < end && (FR_CLITICS_BEFORE_VERB.has(tokens[v]!.norm) || FR_UNREAL_SKIPS.has(tokens[v]!.norm) || EN_UNREAL_SKIPS.has(tokens[v]!.norm) || tokens[v]!.norm === 'ne' || tokens[v]!.norm === 'n')) v++;
    if (v >= end) continue;
    const w = tokens[v]!.norm;
    if (lang === 'fr') {
      if (/(?:rais|rait|rions|raient)$/.test(w) && !SAYING_CONDITIONALS.has(w)) return true;
    } else if (w === 'would' || w === 'd') {
      let x = v + 1;
      while (x < tokens.length && EN_UNREAL_SKIPS.has(tokens[x]!.norm)) x++;
      if (!SAYING_VERBS_EN.has(tokens[x]?.norm ?? '')) return true;
    }
  }
  return false;
}

const SAYING_CONDITIONALS = new Set(['dirais', 'dirait', 'dirions', 'conseillerais', 'conseillerait', 'recommanderais', 'recommanderait', 'suggérerais', 'suggérerait', 'voudrais', 'aimerais', 'préférerais', 'pencherais', 'rajouterais', 'ajouterais']);
const SAYING_VERBS_EN = new Set(['say', 'tell', 'recommend', 'suggest', 'advise', 'argue', 'add', 'like', 'love', 'prefer', 'rather', 'encourage', 'urge']);

/** Words of a condition that frames real advice: "si je devais donner un conseil", "if I had to choose". */
const ADVICE_FRAMES = new Set(['devais', 'devait', 'devions', 'fallait', 'conseil', 'conseils', 'place', 'advice', 'shoes', 'tip']);
const EN_PAST_CONDITIONS = new Set(['were', 'was', 'had', 'cared', 'thought', 'wanted', 'only', 'did', 'could', 'lived', 'worked']);
const OBJECT_PRONOUNS = new Set(['vous', 'te', 't', 'les', 'le', 'la', 'l', 'lui', 'leur', 'me', 'm', 'en', 'y']);
const UNREAL_MODALS = new Set(['would', 'd', 'could', 'might', "wouldn't", "couldn't", "would've", "could've"]);
const EN_UNREAL_SKIPS = new Set(['never', 'not', 'probably', 'certainly', 'definitely', 'surely', 'still', 'also', 'just', 'easily']);
const FR_CONDITIONAL_AUXILIARIES = new Set(['aurais', 'aurait', 'aurions', 'auraient', 'serais', 'serait', 'serions', 'seraient']);
const FR_UNREAL_SKIPS = new Set(['pas', 'jamais', 'rien', 'sans', 'doute', 'probablement', 'certainement', 'sûrement', 'peut', 'être', 'bien', 'tout', 'toujours', 'encore', 'déjà']);
const FR_HEDGES = new Set(['plutôt', 'tendance', 'envie', 'besoin', 'ravi', 'ravie', 'curieux', 'curieuse']);
/** A contrast ends the unreal part of a sentence: what follows is what happened. */
const CONTRAST_ENDS = new Set(['but', 'yet', 'instead', 'mais', 'pourtant', 'finalement', 'actually']);

/**
 * The sentence opens with "sans …" / "without …" and a comma closes it: "Sans plan, on navigue à
 * vue", "Without a buffer, you panic at the first late invoice".
 */
function withoutCondition(tokens: Token[], clauses: number[]): boolean {
  const i = sentenceOpening(tokens);
  const w = tokens[i]?.norm;
  return (w === 'sans' || w === 'without') && clauses[tokens.length - 1]! > clauses[i]!;
}

/**
 * What follows a "sans …" / "without …" condition says it fails: "vous n'irez nulle part", "you
 * won't last", "c'est mort", "you're dead in the water".
 */
function failsWithout(tokens: Token[], clauses: number[]): boolean {
  const first = clauses[sentenceOpening(tokens)]!;
  for (let i = 0; i < tokens.length; i++) {
    if (clauses[i]! <= first) continue;
    const w = tokens[i]!.norm;
    if (FAILURE_WORDS.has(w)) return true;
    if ((w === 'nulle' && tokens[i + 1]?.norm === 'part') || (w === 'n' || w === 'ne') && (tokens[i + 2]?.norm === 'rien' || tokens[i + 3]?.norm === 'rien')) return true;
  }
  return false;
}

const FAILURE_WORDS = new Set(['nowhere', 'mort', 'morte', 'morts', 'foutu', 'foutue', 'fichu', 'fichue', 'coulez', 'coule', 'couler', 'échouez', 'échouerez', 'dead', 'doomed', 'screwed', 'sink', 'fail', 'fails', 'toast', 'finished', 'cuit', 'cuits']);

/**
 * "The biggest mistake is …", "the worst thing you can do is …", "la pire erreur, c'est de …",
 * "le piège, c'est …": the sentence opens on a fault and says, with its copula, what the fault is.
 * Its copula is returned as the trigger when the term comes after it. A first-person verb between
 * them ("the mistake I made was …") tells of the speaker's own past, and is left alone.
 */
function namedFault(tokens: Token[], term: number): PhraseHit | null {
  const open = sentenceOpening(tokens);
  let fault = -1;
  for (let i = open; i < Math.min(term, open + 5); i++) {
    const w = tokens[i]!.norm;
    if (FAULT_WORDS.has(w) || (w === 'worst' && (tokens[i + 1]?.norm === 'thing' || tokens[i + 1]?.norm === 'things')) || (w === 'pire' && (tokens[i + 1]?.norm === 'chose' || tokens[i + 1]?.norm === 'truc'))) {
      fault = i;
      break;
    }
  }
  if (fault < 0) return null;
  for (let j = fault + 1; j < Math.min(term, fault + 7); j++) {
    const w = tokens[j]!.norm;
    // ("The biggest mistake I see is …" is still a view of others' doing.)
    if ((w === 'i' || w === 'je' || w === 'j' || w === 'we' || w === 'nous' || w === 'my' || w === 'mon' || w === 'ma') && !SEEING.has(tokens[j + 1]?.norm ?? '')) return null;
    if (FAULT_COPULAS.has(w)) return { first: j, last: j + 1, phrase: `${tokens[fault]!.norm} … ${w}` };
  }
  return null;
}

const FAULT_WORDS = new Set(['mistake', 'mistakes', 'error', 'errors', 'trap', 'pitfall', 'erreur', 'erreurs', 'piège', 'faute']);
const FAULT_COPULAS = new Set(['is', 'was', 'est', 'était', 'serait']);
const SEEING = new Set(['see', 'saw', 'notice', 'vois', 'constate', 'observe']);

/**
 * The term is in an "if"/"si" clause that opens the sentence, and a later clause turns the listener
 * away: "go and do something else", "find another job", "changez de métier", "ce n'est pas pour vous".
 */
function turnedAwayIf(tokens: Token[], clauses: number[], term: number, c: CompiledCues): boolean {
  const open = sentenceOpening(tokens);
  let cond = -1;
  for (let i = open; i < Math.min(term, open + 3); i++) {
    if (tokens[i]!.norm === 'if' || tokens[i]!.norm === 'si' || tokens[i]!.norm === 's') {
      cond = i;
      break;
    }
  }
  if (cond < 0 || clauses[cond] !== clauses[term]) return false;
  for (const h of c.turnedAway.find(tokens, term + 1)) if (clauses[h.first]! > clauses[term]!) return true;
  return false;
}


/**
 * "If I want it done right, I do it myself", "si je veux que ce soit bien fait, je le fais moi-même":
 * a condition the speaker meets, in the present, and what she then does, in the present: a habit
 * told, not a hypothesis. Not "if I were paid per job, I'd…", "si j'étais payé…" (unreal), nor a
 * future ("I'll…", "je vais…"), nor a condition said to someone else ("if you…").
 */
function habitualIf(tokens: Token[], clauses: number[], h: PhraseHit): boolean {
  if (h.last - h.first !== 1 || !IF_WORDS.has(tokens[h.first]!.norm)) return false;
  const presentSelf = (i: number): boolean => {
    const subject = tokens[i]?.norm;
    if (subject === undefined || !HABIT_SUBJECTS.has(subject)) return false;
    let v = i + 1;
    while (v < tokens.length && (FR_CLITICS_BEFORE_VERB.has(tokens[v]!.norm) || tokens[v]!.norm === 'ne' || tokens[v]!.norm === 'n')) v++;
    const verb = tokens[v]?.norm;
    if (verb === undefined || NOT_PRESENT.has(verb)) return false;
    return PRESENT_LIKE_PAST.has(verb) || !(/(?:ais|ait|ions|iez|aient|rai|ras|rons|rez|ront)$/.test(verb) || (/ed$/.test(verb) && !/eed$/.test(verb)));
  };
  if (!presentSelf(h.last)) return false;
  // The consequence: the next clause, opened by the speaker herself in the present.
  let k = h.last;
  while (k < tokens.length && clauses[k] === clauses[h.first]) k++;
  return k < tokens.length && presentSelf(k);
}

const IF_WORDS = new Set(['if', 'si', 's']);
/** Present tenses with the endings of an imperfect or a future ("je le fais", "on sait", "je connais"). */
const PRESENT_LIKE_PAST = new Set(['fais', 'fait', 'refais', 'refait', 'sais', 'sait', 'connais', 'reconnais', 'parais', 'plais', 'tais']);
/** Who a told habit belongs to: not the generic "on" of "si on fait ça pour l'argent, on se trompe" (a maxim). */
const HABIT_SUBJECTS = new Set(['i', 'we', 'je', 'j', 'nous']);
/** Object pronouns between a French subject and its verb ("je le fais", "je m'en occupe"). */
const FR_CLITICS_BEFORE_VERB = new Set(['le', 'la', 'l', 'les', 'lui', 'leur', 'me', 'm', 'te', 't', 'se', 's', 'y', 'en', 'vous', 'nous']);
/** Words after the subject that make the clause unreal, past or future rather than a present habit. */
const NOT_PRESENT = new Set(['were', 'was', 'had', 'would', 'could', 'might', 'should', 'will', 'll', 'd', 'did', 'étais', 'était', 'avais', 'avait', 'serais', 'aurais', 'vais', 'allais', 'pourrais', 'devrais']);

/** The first word after the links that may come before a sentence's opening ("Mais si …", "And without it, …"). */
function sentenceOpening(tokens: Token[]): number {
  let i = 0;
  while (i < tokens.length && SENTENCE_LINKS.has(tokens[i]!.norm)) i++;
  return i;
}

/** Words that may come before the opening of a sentence: "Mais sans plan, …", "And without it, …". */
const SENTENCE_LINKS = new Set(['mais', 'et', 'or', 'car', 'donc', 'alors', 'parce', 'que', 'but', 'and', 'so', 'because', 'well', 'bon', 'bref']);

/** The article or number before "exception" that announces one. */
const EXCEPT = new Set(['sauf', 'except', 'excepté', 'hormis']);
const RARE_OCCASIONS = new Set(['fois', 'jour', 'journée', 'soir', 'day', 'night', 'time']);
const ONE_EXCEPTION = new Set(['une', 'one', 'an', 'a', 'seule', 'single']);
const NO_EXCEPTION = new Set(['sans', 'no', 'without', 'aucune', 'nulle', 'zero', 'zéro']);

/** A sentence that is only a bracketed stage direction: "(laughs)", "[rires]", "(Applause.)". */
const STAGE_DIRECTION = /^[([][^()[\]]{1,40}[)\]][.!]?$/;

/** "journées de conseil", "cabinet de conseil", "en conseil": consulting, a trade, not advice. */
function isConsulting(h: PhraseHit, tokens: Token[]): boolean {
  return h.phrase === 'conseil' && h.first >= 1 && ['de', 'du', 'd', 'en'].includes(tokens[h.first - 1]!.norm);
}

/**
 * A sentence told as over: a closed period ("pendant huit ans", "il y a deux ans"), a change of
 * mind, or a past frame when the speaker also speaks of the present.
 */
function toldAsPast(tokens: Token[], c: CompiledCues, presentInTurn: () => boolean): boolean {
  if (closedPeriod(tokens, tokens.length)) return true;
  if (c.changeOfMind.find(tokens).some((h) => !NO_LONGER.has(h.phrase))) return true;
  const frames = c.pastFrames.find(tokens);
  return frames.length > 0 && (frames.some((h) => USED_TO.has(h.phrase)) || presentInTurn());
}

const POSSESSIVES = new Set(['mon', 'ma', 'mes', 'notre', 'nos', 'my', 'our']);
const THIRD_PERSON_EMPHATIC = new Set(['lui', 'elle', 'eux', 'elles', 'he', 'she', 'they', 'him', 'her', 'them']);

const FIRST_PERSON_SUBJECTS = new Set(['je', 'j', 'nous', 'i', 'we']);

/**
 * "Mon ancien associé, lui, improvisait tout": what follows a third person set apart as the
 * subject is said of that person, when the speaker does not speak of herself in the sentence.
 */
function aboutSomeoneElse(tokens: Token[], clauses: number[], at: number): boolean {
  const from = dislocatedThirdPerson(tokens, clauses);
  return from >= 0 && from < at && !tokens.some((t) => FIRST_PERSON_SUBJECTS.has(t.norm));
}

/** The last sentence asked about, and its answer: asked once per clause and term of a sentence. */
let dislocatedIn: Token[] | null = null;
let dislocatedAt = -1;

/** A clause of one third-person pronoun, set apart by commas ("X, lui, …", "My partner, he, …"): its index, or -1. */
function dislocatedThirdPerson(tokens: Token[], clauses: number[]): number {
  if (tokens !== dislocatedIn) {
    dislocatedIn = tokens;
    dislocatedAt = findDislocatedThirdPerson(tokens, clauses);
  }
  return dislocatedAt;
}

function findDislocatedThirdPerson(tokens: Token[], clauses: number[]): number {
  for (let i = 1; i < tokens.length; i++) {
    if (!THIRD_PERSON_EMPHATIC.has(tokens[i]!.norm)) continue;
    const alone = clauses[i - 1] !== clauses[i] && (i + 1 >= tokens.length || clauses[i + 1] !== clauses[i]);
    if (alone) return i;
  }
  return -1;
}

/**
 * The term's clause, or the one before it in the sentence, opens with a third-person singular
 * subject ("il publiait", "elle facture tout", "he", "she"), and the speaker is not a
 * subject anywhere in the sentence. Impersonal "il" ("il faut", "il y a", "il est important de")
 * is nobody.
 */
function thirdPersonSubject(tokens: Token[], clauses: number[], at: number): boolean {
  const clause = clauses[at]!;
  let found = false;
  for (let i = 0; i < at; i++) {
    if (clauses[i]! < clause - 1) continue;
    const w = tokens[i]!.norm;
    const opensClause = i === 0 || clauses[i - 1] !== clauses[i] || SENTENCE_LINKS.has(tokens[i - 1]!.norm);
    if (!opensClause || !THIRD_PERSON_SUBJECTS.has(w)) continue;
    if (w === 'il' && IMPERSONAL_AFTER_IL.has(tokens[i + 1]?.norm ?? '')) continue;
    found = true;
  }
  return found && !tokens.some((t) => FIRST_PERSON_SUBJECTS.has(t.norm));
}

/** "… et ils / and they / and people …" in the eight words before the term: others, in a clause joined to the advice. */
function promisedOutcome(tokens: Token[], at: number): boolean {
  for (let i = at - 1; i >= 1 && i >= at - 8; i--) {
    const w = tokens[i]!.norm;
    if (!OUTCOME_SUBJECTS.has(w)) continue;
    // "et les gens …", "and the people …".
    const link = tokens[i - 1]!.norm === 'les' || tokens[i - 1]!.norm === 'the' ? i - 2 : i - 1;
    if (link < 0 || !OUTCOME_LINKS.has(tokens[link]!.norm)) continue;
    if (w === 'il' && IMPERSONAL_AFTER_IL.has(tokens[i + 1]?.norm ?? '')) continue;
    return true;
  }
  return false;
}
const OUTCOME_LINKS = new Set(['et', 'puis', 'alors', 'and', 'then']);
const OUTCOME_SUBJECTS = new Set(['ils', 'elles', 'il', 'elle', 'gens', 'they', 'he', 'she', 'people']);

/**
 * A negation of trying ("N'essayez pas de jouer le jeu des géants de la vente en ligne",
 * "Don't try to compete on price with …") denies the whole infinitive that follows, however long.
 */
function negatesAttempt(h: PhraseHit, tokens: Token[]): boolean {
  const before = tokens[h.first - 1]?.norm;
  const after = tokens[h.last]?.norm;
  // "n'essayez pas de", "ne cherchez jamais à": the verb sits between "ne" and the trigger.
  if (before !== undefined && ATTEMPT_FR.has(before) && (tokens[h.first - 2]?.norm === 'n' || tokens[h.first - 2]?.norm === 'ne')) return INFINITIVE_LEADS.has(after ?? '');
  // "ne pas essayer de", "don't try to", "never try to".
  if (after !== undefined && (ATTEMPT_FR.has(after) || ATTEMPT_EN.has(after))) return INFINITIVE_LEADS.has(tokens[h.last + 1]?.norm ?? '');
  return false;
}
const ATTEMPT_FR = new Set(['essayez', 'essaie', 'essaye', 'essayer', 'essaient', 'essayons', 'cherchez', 'cherche', 'chercher', 'cherchons', 'tentez', 'tente', 'tenter', 'tentons']);
const ATTEMPT_EN = new Set(['try', 'tries', 'trying', 'tried', 'attempt', 'attempting']);
const INFINITIVE_LEADS = new Set(['de', 'd', 'à', 'to']);

/** "let him/her/them (do) …", "laissez-le / laisse-la …" within the three words before the term. */
function leftToSomeoneElse(tokens: Token[], at: number): boolean {
  for (let i = Math.max(0, at - 4); i + 1 < at; i++) {
    const w = tokens[i]!.norm;
    const next = tokens[i + 1]!.norm;
    if (w === 'let' && LEFT_TO.has(next)) return true;
    if ((w === 'laissez' || w === 'laisse' || w === 'laissons') && (next === 'le' || next === 'la' || next === 'les' || next === 'lui' || next === 'leur')) return true;
  }
  return false;
}
const LEFT_TO = new Set(['him', 'her', 'them', 'someone', 'somebody', 'others']);

/** Singular: one person, whose practice it is. "They", "ils" are as often people in general, judged by the speaker ("They wait way too long to ask for help"). */
const THIRD_PERSON_SUBJECTS = new Set(['il', 'elle', 'he', 'she']);

const RELATIVES = new Set(['qui', 'who']);
/** Antecedents of "qui" / "who" that are the speaker, the listener or anyone at all (a maxim, not a report). */
const NOT_OTHERS = new Set([...GENERIC_ANTECEDENTS, 'moi', 'nous', 'toi', 'vous', 'quelqu', 'quiconque', 'me', 'us', 'you', 'one', 'gens', 'personne']);

/**
 * The term stands in a relative clause whose antecedent is people other than the speaker: "des
 * copines qui travaillent sept jours sur sept", "colleagues who work every weekend". Not when the
 * speaker is the antecedent ("c'est moi qui", "je suis quelqu'un qui"), nor when the relative speaks
 * of her ("des gens qui me disent que je travaille trop", "a consultant who built my persona").
 */
function inRelativeOfOthers(tokens: Token[], at: number): boolean {
  let q = -1;
  for (let i = at - 1; i >= 1 && at - i <= 12; i--) {
    const w = tokens[i]!.norm;
    // "a consultant who built my whole persona": the relative speaks of the speaker's own doing.
    if (FIRST_PERSON_SUBJECTS.has(w) || POSSESSIVES.has(w) || w === 'me' || w === 'm') return false;
    if (RELATIVES.has(w)) {
      q = i;
      break;
    }
  }
  if (q < 1) return false;
  const antecedent = tokens[q - 1]!.norm;
  if (NOT_OTHERS.has(antecedent) || FIRST_PERSON_SUBJECTS.has(antecedent)) return false;
  // The speaker says what she is before the antecedent: "je suis quelqu'un qui …", "I'm the kind of person who …".
  for (let i = 0; i < q; i++) if (SELF_COPULAS.has(tokens[i]!.norm)) return false;
  return true;
}
/** After "il": an impersonal verb, or "ne"/"se", which open both ("il ne faut pas", "il s'agit") and personal ones: left to the speaker. */
const IMPERSONAL_AFTER_IL = new Set(['faut', 'fallait', 'faudra', 'faudrait', 'y', 'est', 'était', 'sera', 'serait', 's', 'suffit', 'suffisait', 'vaut', 'valait', 'reste', 'restait', 'semble', 'semblait', 'paraît', 'arrive', 'arrivait', 'existe', 'manque', 'convient', 'importe', 'se', 'ne', 'n']);

const NOUN_PHRASE_LEADS = new Set(['a', 'an', 'the', 'one', 'any', 'my', 'our', 'his', 'her', 'their', 'single', 'once', 'on', 'in', 'at']);

const EN_FINITE = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'can', 's', 'wins', 'does', 'did', 'matters']);

function isImperative(tokens: Token[], from: number, to: number, c: CompiledCues, lang: Language): boolean {
  let i = from;
  // Skip openers and, in French, a negation particle ("Ne comptez pas", "N'hésitez pas").
  while (i < to && (c.clauseOpeners.has(tokens[i]!.norm) || tokens[i]!.norm === 'ne' || tokens[i]!.norm === 'n')) {
    if (lang === 'fr' && tokens[i]!.norm === 'vous') return false;
    i++;
  }
  const t = tokens[i];
  if (!t) return false;
  const w = t.norm;
  if (lang === 'fr') {
    if (c.notImperatives.has(w)) return false;
    if (c.imperatives.has(w)) return true;
    // Second person plural without "vous" before it: publiez, partagez, lancez-vous.
    return w.length > 3 && w.endsWith('ez');
  }
  const next = tokens[i + 1]?.norm;
  if (next !== undefined && EN_FINITE.has(next)) return false;
  // "Got it brand new last spring": a past tense with its "I" left out, no instruction.
  if (EN_PAST.has(w)) return false;
  // "Never a day off, for years", "Always a pleasure": no verb after "never"/"always", a fragment.
  if ((w === 'never' || w === 'always') && next !== undefined && NOUN_PHRASE_LEADS.has(next)) return false;
  // "I never stopped, never drank enough water": a past tense after "never"/"always" goes on
  // with the clause before's "I"; an instruction takes the bare verb ("never drink").
  if ((w === 'never' || w === 'always') && next !== undefined && (EN_PAST.has(next) || (next.length > 4 && next.endsWith('ed')))) return false;
  if (c.imperatives.has(w)) return true;
  if (EN_CLOSED_CLASS.has(w) || /(?:s|ly|ed|ing)$/.test(w)) return false;
  return next !== undefined && EN_IMPERATIVE_FOLLOWERS.has(next);
}

/** Irregular past tenses that open a sentence whose "I" is left out; never imperatives. */
const EN_PAST = new Set(['got', 'bought', 'took', 'went', 'did', 'made', 'spent', 'sold', 'kept', 'gave', 'told', 'said', 'found', 'thought', 'felt', 'had', 'ran', 'began', 'wrote', 'paid', 'lost', 'built', 'sent', 'brought', 'came', 'saw', 'knew', 'grew', 'drove', 'ate', 'slept', 'met', 'chose', 'threw', 'sat', 'stood', 'taught', 'caught', 'fought', 'won', 'spoke', 'broke', 'became',
  'drank', 'swam', 'sang', 'wore', 'rode', 'shook', 'forgot', 'hid', 'held', 'heard', 'left', 'led', 'lent', 'meant', 'sought', 'struck', 'swore', 'understood', 'woke', 'flew', 'fell', 'fed', 'dealt', 'drew', 'stuck', 'hung', 'laid', 'stole', 'wept', 'burnt', 'learnt', 'was', 'were']);

/** Predicate negations that deny a subject term: "L'argent ne m'a jamais motivée", "Money never mattered". */
const FR_PREDICATE_NEGATIONS = new Set(['pas', 'jamais', 'plus', 'rien', 'guère', 'point']);
const EN_PREDICATE_NEGATIONS = new Set(['not', 'never', "don't", "doesn't", "didn't", "isn't", "wasn't", "aren't", "weren't", "won't", "can't", 'cannot', "hasn't", "haven't"]);

function isPredicateNegation(h: PhraseHit, m: TermMatch, tokens: Token[], lang: Language): boolean {
  if (lang === 'fr') {
    if (!FR_PREDICATE_NEGATIONS.has(h.phrase)) return false;
    // "ne" must stand between the term and the negation word.
    for (let i = m.last; i < h.first; i++) if (tokens[i]!.norm === 'ne' || tokens[i]!.norm === 'n') return true;
    return false;
  }
  return EN_PREDICATE_NEGATIONS.has(h.phrase) && h.first - m.last <= 3;
}

/**
 * A verb of saying or thinking whose subject is someone else ("mon patron me répétait : …",
 * "people keep telling me …") makes what follows reported speech. An imperative ("Dites-vous …")
 * or a first-person subject ("je leur dis …") does not.
 */
function reportedBySomeoneElse(tokens: Token[], before: number, c: CompiledCues, text: string): boolean {
  for (let i = 0; i < before; i++) {
    const end = c.reportingVerbs.longestAt(tokens, i, before);
    if (end === i) continue;
    // "On l'écrit noir sur blanc sur le devis", "tout est écrit sur le devis": writing down is no
    // saying; it reports only what comes after "que", "that" or a colon.
    if (WRITING_VERBS.has(tokens[end - 1]!.norm) && !introducesWords(tokens, end, before, text)) continue;
    let j = i - 1;
    while (j >= 0 && c.verbPrefixes.has(tokens[j]!.norm)) j--;
    if (j < 0) continue;
    const subject = tokens[j]!.norm;
    if (c.firstPerson.has(subject) || c.clauseOpeners.has(subject)) continue;
    return true;
  }
  return false;
}

/** Articles before a one-word term ("l'argent", "the money"). */
const BARE_TERM_ARTICLES = new Set(['l', 'le', 'la', 'les', 'du', 'de', 'des', 'un', 'une', 'the', 'a', 'an']);

/** The one word said for a term of a single word after its article ("l'argent" -> "argent", "Resting" -> "resting"), or null. */
function bareWordOf(m: TermMatch, tokens: Token[]): string | null {
  let word: string | null = null;
  for (let i = m.first; i < m.last; i++) {
    const w = tokens[i]!.norm;
    if (BARE_TERM_ARTICLES.has(w)) continue;
    if (word !== null) return null;
    word = w;
  }
  return word;
}

/** The homonym that `word` is, itself or inflected ("rested", "resting" for "rest"), or null. */
function homonymOf(word: string | null, c: CompiledCues): string | null {
  if (word === null) return null;
  if (c.homonyms.has(word)) return word;
  for (let cut = word.length - 1; cut >= word.length - 3 && cut >= 3; cut--) if (c.homonyms.has(word.slice(0, cut))) return word.slice(0, cut);
  return null;
}

const WRITING_VERBS = new Set(['écrit', 'écrivent', 'écrivait', 'écrivaient', 'write', 'writes', 'wrote', 'written']);

/** What follows the verb at `end` is someone's words: "que", "that", or a colon or quotation mark right after it. */
function introducesWords(tokens: Token[], end: number, before: number, text: string): boolean {
  if (/^[\s\u00a0]*[:«"“]/.test(text.slice(tokens[end - 1]!.end))) return true;
  for (let i = end; i < before && i < end + 6; i++) {
    const w = tokens[i]!.norm;
    if (w === 'que' || w === 'qu' || w === 'that') return true;
  }
  return false;
}

/**
 * "Je leur répète tout le temps : …", "je le répète": a reporting cue whose subject is the speaker
 * is her own advice said again, not someone else's words.
 */
function saidByMe(tokens: Token[], h: PhraseHit, c: CompiledCues): boolean {
  let j = h.first - 1;
  while (j >= 0 && c.verbPrefixes.has(tokens[j]!.norm)) j--;
  return j >= 0 && c.firstPerson.has(tokens[j]!.norm);
}

/** "A night shift in 2016", "en 2019, j'ai …": an episode dated by its year (not "depuis 2016", which goes on). */
function inAYear(tokens: Token[]): boolean {
  for (let i = 1; i < tokens.length; i++) {
    const w = tokens[i - 1]!.norm;
    if ((w === 'in' || w === 'en') && /^(?:19|20)\d\d$/.test(tokens[i]!.norm)) return true;
  }
  return false;
}

/** "aujourd'hui", "now", or "depuis 2021" / "since 2020": the present that replaces a past frame. */
function hasPresentFrame(tokens: Token[], c: CompiledCues): boolean {
  if (c.presentFrames.find(tokens).length > 0) return true;
  for (let i = 0; i + 1 < tokens.length; i++) {
    if ((tokens[i]!.norm === 'depuis' || tokens[i]!.norm === 'since') && /^(?:19|20)\d\d$/.test(tokens[i + 1]!.norm)) return true;
  }
  return false;
}

const FUNCTION_WORDS = new Set([...DETERMINERS, 'à', 'au', 'aux', 'en', 'par', 'pour', 'sur', 'avec', 'of', 'to', 'for', 'in', 'on', 'with', 'by', 'at']);

function contentWords(words: string[]): number {
  let n = 0;
  for (const w of words) if (!FUNCTION_WORDS.has(w)) n++;
  return n;
}

/**
 * A closed period of the past before the term: "pendant huit ans", "for ten years", "for years".
 * What was done then is told as over.
 */
function closedPeriod(tokens: Token[], before: number): boolean {
  for (let i = 0; i + 1 < before; i++) {
    const w = tokens[i]!.norm;
    // "il y a deux ans", "two years ago" (the number and unit come before "ago").
    if (w === 'ago' && i >= 2 && PERIOD_UNITS.has(tokens[i - 1]!.norm)) return true;
    if (w === 'il' && tokens[i + 1]?.norm === 'y' && tokens[i + 2]?.norm === 'a' && PERIOD_UNITS.has(tokens[i + 4]?.norm ?? '')) return true;
    // "back in 2019", "back in the 2010s".
    if (w === 'back' && tokens[i + 1]?.norm === 'in' && /^(?:1[89]|20)\d\ds?$/.test(tokens[i + 2]?.norm ?? '')) return true;
    // "In March 2022, … that week", "en mars 2022": a dated episode, not a habit ("since March 2022",
    // "depuis mars 2022" are a present that goes on).
    if (MONTHS.has(w) && /^(?:1[89]|20)\d\d$/.test(tokens[i + 1]!.norm) && !ONGOING.has(tokens[i - 1]?.norm ?? '')) return true;
    // "until 2018", "jusqu'en 2018", "from 2014 to 2017", "de 2014 à 2017", "2014-2017": a period
    // with its end given is over ("since 2018", "depuis 2018" are not).
    if (isYear(w)) {
      const prev = tokens[i - 1]?.norm ?? '';
      if (UNTIL.has(prev) || (prev === 'en' && tokens[i - 2]?.norm === 'jusqu')) return true;
      const next = tokens[i + 1]!.norm;
      if (isYear(next) || (RANGE_TO.has(next) && isYear(tokens[i + 2]?.norm ?? ''))) return true;
    }
    if (w !== 'pendant' && w !== 'for' && w !== 'durant') continue;
    const a = tokens[i + 1]!.norm;
    const b = tokens[i + 2]?.norm ?? '';
    // "Pendant des mois, on la retourne à la main", "for months I let it rest": a duration said in
    // the present is how long a thing is done each time, a habit, not a period that is over.
    if ((PERIOD_UNITS.has(a) || (/^(?:\d+|des|several|many|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|two|three|four|five|six|seven|eight|nine|ten)$/.test(a) && PERIOD_UNITS.has(b))) && anyPastVerb(tokens)) return true;
  }
  return false;
}

/**
 * The sentence has a verb in a past tense: an auxiliary of a compound past ("j'ai", "on a",
 * "had"), an imperfect ("je travaillais") or an English simple past ("worked", "was").
 * Wide on purpose: only a sentence with none of them is read as told in the present.
 */
function anyPastVerb(tokens: Token[]): boolean {
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i]!.norm;
    if (PAST_MARKERS.has(w)) return true;
    // French "a" is "has" after its subject ("on a retourné"), the English article elsewhere.
    if (w === 'a' && i > 0 && FR_A_SUBJECTS.has(tokens[i - 1]!.norm)) return true;
    if (w.length > 4 && /(?:ais|ait|aient|ed)$/.test(w) && !NOT_PAST_ENDINGS.has(w)) return true;
  }
  return false;
}
const PAST_MARKERS = new Set(['ai', 'avons', 'avez', 'ont', 'avais', 'avait', 'étais', 'était', 'été', 'eu', 'fut', 'fus', 'was', 'were', 'had', 'did', "didn't", 'went', 'spent', 'took', 'made', 'ran', 'used']);
const FR_A_SUBJECTS = new Set(['on', 'il', 'elle', 'ça', 'ca', 'qui', 'en', 'l', 'm', 'n', 'ne']);
/** Words of five letters or more with a past tense's ending that are none: "jamais", "refait" (present), "indeed". */
const NOT_PAST_ENDINGS = new Set(['jamais', 'désormais', 'refait', 'plait', 'plaît', 'parfait', 'parfaits', 'anglais', 'français', 'frais', 'relais', 'délais', 'palais', 'marais', 'indeed', 'speed', 'breed']);

const PERIOD_UNITS = new Set(['ans', 'années', 'mois', 'years', 'months']);
const MONTHS = new Set([
  'janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
]);
const ONGOING = new Set(['since', 'depuis']);
const YEAR_NUMBER = /^(?:1[89]|20)\d\d$/;
/** A year from 1800 to 2099; the regular expression only for four-character words that start with 1 or 2 (this runs on every word). */
function isYear(w: string): boolean {
  if (w.length !== 4) return false;
  const c = w.charCodeAt(0);
  return (c === 49 || c === 50) && YEAR_NUMBER.test(w);
}
const UNTIL = new Set(['until', 'till', 'til']);
/** First words of terms that a negation before them does not deny: "not … until", "ne … pas tant que", "pas avant que". */
const UNTIL_LEADS = new Set(['until', 'till', 'tant', 'jusqu', 'avant']);

/** "until"/"till"/"tant que"/"jusqu'à ce que" among the tokens [from, to). */
function untilBetween(tokens: Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const w = tokens[i]!.norm;
    if (w === 'until' || w === 'till' || w === 'jusqu' || (w === 'tant' && tokens[i + 1]?.norm === 'que')) return true;
  }
  return false;
}
/** Between the two years of a period: "2014 to 2017", "2014 à 2017", "2014 et 2017", "2014 through 2017". */
const RANGE_TO = new Set(['to', 'until', 'till', 'through', 'and', 'à', 'a', 'et', 'au']);

function nearestClauseMode(tokens: Token[], clauses: number[], clause: number, c: CompiledCues, lang: Language, conceded: [number, number] | null): Mode | null {
  const last = clauses[clauses.length - 1] ?? 0;
  const usable = (k: number) => {
    if (!conceded) return true;
    const first = clauses.indexOf(k);
    return !(first >= conceded[0] && first < conceded[1]);
  };
  for (let k = clause; k >= 0; k--) {
    const m = usable(k) ? clauseMode(tokens, clauses, k, c, lang) : null;
    if (m) return m;
  }
  for (let k = clause + 1; k <= last; k++) {
    const m = usable(k) ? clauseMode(tokens, clauses, k, c, lang) : null;
    if (m) return m;
  }
  return null;
}

/** Prepositions that open a purpose or motive adjunct ("for the money", "pour l'argent", "par passion"). */
const PURPOSE_PREPOSITIONS = new Set(['for', 'pour', 'par']);

const COORDINATORS = new Set(['and', 'or', 'et', 'ou', 'then', 'puis']);
/** A negative verb denies its object, not an adjunct it opens: "I quit my job with no plan B". */
const ADJUNCT_LEADS = new Set(['with', 'avec']);
const DOUBLING = new Set(['sans', 'without', 'contre', 'against']);
/** French negation words that join into one negation ("jamais rien", "plus personne"); "sans" and "pas" do not ("pas sans"). */
const CONCORD = new Set(['rien', 'aucun', 'aucune', 'personne', 'jamais', 'plus', 'nul', 'nulle', 'guère']);
const USED_TO = new Set(['i used to', 'we used to']);

/** "il faut que je contrôle tout": the speaker's own need, said of herself, not advice. */
function ownNeed(h: PhraseHit, tokens: Token[]): boolean {
  if (!h.phrase.endsWith('faut') && !h.phrase.endsWith('fallait')) return false;
  const next = tokens[h.last]?.norm;
  const subject = tokens[h.last + 1]?.norm;
  return (next === 'que' || next === 'qu') && (subject === 'je' || subject === 'j' || subject === 'nous');
}

/** Inside a term, the words that can only be its negation ("plus" and "jamais" also say "more" and "ever"). */
const INNER_CONCORD = new Set(['rien', 'aucun', 'aucune', 'personne', 'nul', 'nulle']);
/** Doublers a negative verb may negate from afar ("refuse whatever goes against"); "without" is not ("I throw in revisions without billing"). */
const AGAINST = new Set(['contre', 'against']);
const NO_LONGER = new Set(['no longer', 'anymore', 'any more']);

/** '"Just wing it," they say.': a quotation closed before a reporting frame that follows it. */
function quotedThenAttributed(text: string, tokens: Token[], m: TermMatch, reported: PhraseHit[]): boolean {
  return reported.some((h) => h.first >= m.last && /["»”]/.test(text.slice(tokens[m.last - 1]!.end, tokens[h.first]!.start)));
}

/** "à trente-quatre ans", "at 34": an age told as past, when the speaker also speaks of today. */
function ageInPast(tokens: Token[]): boolean {
  for (let i = 0; i + 2 < tokens.length; i++) {
    if (tokens[i]!.norm === 'à' && tokens[i + 2]!.norm === 'ans') return true;
    if (tokens[i]!.norm === 'à' && tokens[i + 3]?.norm === 'ans' && /^(?:vingt|trente|quarante|cinquante)$/.test(tokens[i + 1]!.norm)) return true;
    // "quand j'avais 25 ans", "j'avais vingt-neuf ans".
    if (tokens[i]!.norm === 'avais' && (tokens[i + 2]!.norm === 'ans' || (tokens[i + 3]?.norm === 'ans' && AGE_TENS.has(tokens[i + 1]!.norm)))) return true;
    // "I was twenty-nine", "when I was 25" (not "I was 25 minutes late").
    if (tokens[i]!.norm === 'i' && tokens[i + 1]!.norm === 'was' && (AGE_TENS.has(tokens[i + 2]!.norm) || /^(?:1[6-9]|[2-9]\d)$/.test(tokens[i + 2]!.norm)) && !AGE_NOT_FOLLOWED.has(tokens[i + 3]?.norm ?? '')) return true;
    // "In my twenties", "in my early thirties"; "when I was young", "quand j'étais jeune", "dans ma jeunesse".
    if (tokens[i]!.norm === 'in' && tokens[i + 1]!.norm === 'my' && (DECADES.has(tokens[i + 2]!.norm) || (AGE_EDGES.has(tokens[i + 2]!.norm) && DECADES.has(tokens[i + 3]?.norm ?? '')))) return true;
    if ((tokens[i]!.norm === 'was' || tokens[i]!.norm === 'étais') && (YOUNG.has(tokens[i + 1]!.norm) || (tokens[i + 1]!.norm === 'plus' && tokens[i + 2]!.norm === 'jeune')) && (tokens[i - 1]?.norm === 'i' || tokens[i - 1]?.norm === 'j')) return true;
    if (tokens[i]!.norm === 'ma' && tokens[i + 1]!.norm === 'jeunesse') return true;
  }
  return false;
}

const DECADES = new Set(['teens', 'twenties', 'thirties', 'forties', 'fifties', 'sixties']);
const AGE_EDGES = new Set(['early', 'mid', 'late']);
const YOUNG = new Set(['young', 'younger', 'jeune']);

const AGE_TENS = new Set(['vingt', 'trente', 'quarante', 'cinquante', 'soixante', 'twenty', 'thirty', 'forty', 'fifty', 'sixty']);
/** What follows a number that is not an age: "I was 25 minutes late", "I was 30 percent over". */
const AGE_NOT_FOLLOWED = new Set(['minutes', 'minute', 'hours', 'seconds', 'percent', 'per', 'days', 'miles', 'kilos', 'pounds', 'euros', 'dollars', 'points', 'kg', 'km']);

/**
 * A story told in order within one turn: a sentence opens a past period ("Pendant mes cinq
 * premières années…"), a later one, or one of the speaker's next turns, comes back to the present
 * ("Aujourd'hui…"). What the speaker says she did in between belongs to that past ("J'ai fini en burn-out").
 */
function pastStoryRange(turn: Turn, c: CompiledCues, tokensOf: (k: number) => Token[], presentLater: () => boolean): [number, number] | null {
  let start = -1;
  for (let k = 0; k < turn.sentences.length; k++) {
    const t = tokensOf(k);
    if (start < 0) {
      if (c.pastFrames.find(t).length > 0 || closedPeriod(t, t.length) || ageInPast(t) || inAYear(t)) start = k;
    } else if (hasPresentFrame(t, c)) return [start, k];
  }
  // The interviewer asks in between, and the speaker comes back to the present in a next turn
  // ("Jusqu'en 2018, j'étais trader. Et je le faisais pour l'argent." … "Aujourd'hui, …").
  return start >= 0 && presentLater() ? [start, turn.sentences.length] : null;
}
