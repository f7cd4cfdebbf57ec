/**
 * Mentions -> findings. Per speaker and concept, the best statement of each (stance, mode) is kept,
 * so detection is linear: opposed stances are looked up through the lexicon's oppositions of each
 * concept, never by comparing all statements with all statements. One finding per speaker and
 * rule, with its best pair of statements and a count of the other supporting statements.
 */
import type { CompiledLexicon } from '../lexicon/compile.js';
import type { Mention, Mode, Stance } from '../classify/types.js';
import type { FindingKind, Severity } from './types.js';

export interface RawFinding {
  ruleId: string;
  kind: FindingKind;
  confidence: number;
  severity: Severity;
  speaker: string;
  /** The two statements, first the one said first. */
  pair: [Mention, Mention];
  /**
   * The next best statement of each side, when there is one (the same stance and mode as its side's
   * statement in the pair): the contradiction said again, shown rather than only counted.
   */
  runnersUp: Mention[];
  moreEvidence: number;
}

const MODES: Mode[] = ['practice', 'advice', 'opinion'];

/** Best (highest confidence, then earliest) mentions per stance and mode; two, from different sentences. */
interface Slot {
  best: Mention[];
  count: number;
}

type ConceptSlots = Record<Stance, Record<Mode, Slot>>;

function emptySlots(): ConceptSlots {
  const mk = () => ({ practice: { best: [], count: 0 }, advice: { best: [], count: 0 }, opinion: { best: [], count: 0 } });
  return { endorse: mk(), reject: mk() };
}

/** Offers m to the slot; returns the mention that no longer is among the best (or m itself), if any. */
function offer(slot: Slot, m: Mention): Mention | null {
  slot.count++;
  const b = slot.best;
  let out: Mention | null = null;
  const i = b.findIndex((x) => x.sentence === m.sentence);
  if (i >= 0) {
    if (m.confidence > b[i]!.confidence) {
      out = b[i]!;
      b[i] = m;
    } else out = m;
  } else b.push(m);
  // Insertion sort of at most three: Array.prototype.sort allocates a work copy on every call,
  // and this runs for every statement of the transcript.
  for (let j = 1; j < b.length; j++) {
    const x = b[j]!;
    let k = j - 1;
    while (k >= 0 && (b[k]!.confidence < x.confidence || (b[k]!.confidence === x.confidence && b[k]!.sentence > x.sentence))) {
      b[k + 1] = b[k]!;
      k--;
    }
    b[k + 1] = x;
  }
  if (b.length > 2) {
    out = b[2]!;
    b.length = 2;
  }
  return out;
}

/** A pair where one statement only names its concept in a description (a 0.68 mention against advice stays under 0.6). */
const DESCRIBED_ONLY = 0.95;

export function severityOf(confidence: number): Severity {
  return confidence >= 0.8 ? 'error' : confidence >= 0.6 ? 'warning' : 'info';
}

function kindOf(a: Mention, b: Mention, sameConcept: boolean): FindingKind {
  const modes = new Set([a.mode, b.mode]);
  if (modes.has('advice') && modes.has('practice')) return 'advice-vs-practice';
  return sameConcept ? 'self-negation' : 'opposed-stances';
}

const PRACTICES_OF_OPPOSED_CONCEPTS = 0.75;

/** Weight of the pairing: advice against practice is the headline. */
const KIND_FACTOR: Record<FindingKind, number> = { 'advice-vs-practice': 1, 'self-negation': 0.95, 'opposed-stances': 0.9 };

interface Pairing {
  pair: [Mention, Mention];
  confidence: number;
  kind: FindingKind;
  total: number;
  runnersUp: Mention[];
}

function bestPair(left: ConceptSlots[Stance], right: ConceptSlots[Stance], sameConcept: boolean, excluded: (m: Mention) => boolean = () => false): Pairing | null {
  let best: Pairing | null = null;
  let total = 0;
  for (const mode of MODES) total += left[mode].count + right[mode].count;
  for (const ma of MODES) {
    for (const mb of MODES) {
      for (const a of left[ma].best) {
        for (const b of right[mb].best) {
          // Two concepts endorsed in one sentence are a mixed motive stated as such, not a contradiction.
          if (a.sentence === b.sentence || excluded(a) || excluded(b)) continue;
          const kind = kindOf(a, b, sameConcept);
          let confidence = Math.min(a.confidence, b.confidence) * KIND_FACTOR[kind];
          // Two opinions, or a self-negation through an opinion, are weaker than what the speaker
          // does or advises.
          if (a.mode === 'opinion' && b.mode === 'opinion') confidence *= 0.9;
          else if (sameConcept && (a.mode === 'opinion' || b.mode === 'opinion')) confidence *= 0.9;
          // A concept only named in a description ("on sort des vidéos bâclées à la chaîne", said of
          // others) is a lead to read, not a stance: below a warning even against firm advice.
          if (a.flags.includes('descriptive') || b.flags.includes('descriptive')) confidence *= DESCRIBED_ONLY;
          // The same question/answer pair: the speaker qualifies herself in one breath.
          if (a.turn === b.turn && kind !== 'advice-vs-practice') confidence *= 0.9;
          // Two practices of opposed concepts are often both true, in different parts of the
          // speaker's life (free code and paid consulting, one volunteer project and paid clients):
          // weaker than advice against practice, or one concept both done and denied.
          if (kind === 'opposed-stances' && a.mode === 'practice' && b.mode === 'practice') confidence *= PRACTICES_OF_OPPOSED_CONCEPTS;
          if (!best || confidence > best.confidence || (confidence === best.confidence && Math.min(a.sentence, b.sentence) < Math.min(best.pair[0].sentence, best.pair[1].sentence))) {
            best = { pair: a.sentence < b.sentence ? [a, b] : [b, a], confidence, kind, total, runnersUp: [] };
          }
        }
      }
    }
  }
  if (best) {
    // The other kept statement of each side's slot, said in another sentence than the pair's.
    const [a, b] = best.pair;
    const used = new Set([a.sentence, b.sentence]);
    for (const m of [a, b]) {
      const slot = (left[m.mode].best.includes(m) ? left : right)[m.mode];
      const next = slot.best.find((x) => !used.has(x.sentence) && !excluded(x));
      if (next) {
        best.runnersUp.push(next);
        used.add(next.sentence);
      }
    }
  }
  return best;
}

/**
 * Rules on which one sentence's mentions cannot be a side: sentences that endorse both sides of an
 * opposition state a mixed motive ("help first … and sell only to …"), and a concept taken both
 * ways in one sentence is a nuance ("Il faut oser, mais jamais sans filet").
 */
function mixedRules(here: readonly Mention[], lexicon: CompiledLexicon): Set<string> | null {
  if (here.length < 2) return null;
  const mixed = new Set<string>();
  const endorsed = new Set(here.filter((m) => m.stance === 'endorse').map((m) => m.concept));
  for (const m of here) {
    if (m.stance !== 'reject' || !endorsed.has(m.concept)) continue;
    mixed.add(`${m.concept}-self-negation`);
    for (const opp of lexicon.opposedTo.get(m.concept) ?? []) mixed.add(opp.id);
  }
  for (const concept of endorsed) {
    for (const opp of lexicon.opposedTo.get(concept) ?? []) {
      if (endorsed.has(opp.between[0]) && endorsed.has(opp.between[1])) {
        mixed.add(opp.id);
        // Nor is it a clean assertion of either side, to be denied elsewhere.
        mixed.add(`${opp.between[0]}-self-negation`);
        mixed.add(`${opp.between[1]}-self-negation`);
      }
    }
  }
  return mixed.size > 0 ? mixed : null;
}

/**
 * Findings built as sentences come, in order: what it holds is the best two statements per speaker,
 * concept, stance and mode, and a count, so memory does not grow with the transcript. Each kept
 * statement may carry a context of the caller's (its sentence), let go with the statement.
 */
export class Detector<T = undefined> {
  // speaker -> concept -> slots
  private readonly bySpeaker = new Map<string, Map<string, ConceptSlots>>();
  /** For each kept mention: the rules it cannot be a side of (its sentence's mixed motives) and its context. */
  private readonly kept = new Map<Mention, { mixed: Set<string> | null; context: T }>();

  constructor(private readonly lexicon: CompiledLexicon) {}

  /** The mentions of one sentence. */
  addSentence(mentions: readonly Mention[], context: T): void {
    const mixed = mixedRules(mentions, this.lexicon);
    for (const m of mentions) {
      if (m.attribution !== 'self') continue;
      let concepts = this.bySpeaker.get(m.speaker);
      if (!concepts) this.bySpeaker.set(m.speaker, (concepts = new Map()));
      let slots = concepts.get(m.concept);
      if (!slots) concepts.set(m.concept, (slots = emptySlots()));
      const dropped = offer(slots[m.stance][m.mode], m);
      if (dropped === m) continue;
      this.kept.set(m, { mixed, context });
      if (dropped) this.kept.delete(dropped);
    }
  }

  /** Statements held: at most two per speaker, concept, stance and mode. */
  get keptCount(): number {
    return this.kept.size;
  }

  /** The context given with a kept mention. */
  contextOf(m: Mention): T {
    return this.kept.get(m)!.context;
  }

  findings(): RawFinding[] {
    const excludedFrom = (rule: string) => (m: Mention) => this.kept.get(m)?.mixed?.has(rule) === true;
    const findings: RawFinding[] = [];
    for (const [speaker, concepts] of this.bySpeaker) {
      for (const [concept, slots] of concepts) {
        // Self-negation: the same concept endorsed and rejected.
        const selfRule = `${concept}-self-negation`;
        const self = bestPair(slots.endorse, slots.reject, true, excludedFrom(selfRule));
        if (self) findings.push(toFinding(selfRule, speaker, self));
        for (const opp of this.lexicon.opposedTo.get(concept) ?? []) {
          // Visit each opposition once, from its first concept.
          if (opp.between[0] !== concept) continue;
          const other = concepts.get(opp.between[1]);
          if (!other) continue;
          // A concept and a kind of it ("pas là pour vendre" and "je fais ma marge"): only denying
          // the whole while taking up the kind contradicts.
          if (opp.includes) {
            const denied = bestPair(slots.reject, other.endorse, false, excludedFrom(opp.id));
            if (denied) findings.push(toFinding(opp.id, speaker, denied));
            continue;
          }
          let pair = bestPair(slots.endorse, other.endorse, false, excludedFrom(opp.id));
          // Two sides of one choice: denying both is the same contradiction ("never work for free"
          // and "I made six logos without charging a penny").
          if (opp.complementary) {
            const denied = bestPair(slots.reject, other.reject, false, excludedFrom(opp.id));
            if (denied && (!pair || denied.confidence > pair.confidence)) pair = denied;
          }
          if (pair) findings.push(toFinding(opp.id, speaker, pair));
        }
      }
    }
    return findings;
  }
}

function toFinding(ruleId: string, speaker: string, p: Pairing): RawFinding {
  const confidence = Math.round(p.confidence * 100) / 100;
  return { ruleId, kind: p.kind, confidence, severity: severityOf(confidence), speaker, pair: p.pair, runnersUp: p.runnersUp, moreEvidence: Math.max(0, p.total - 2 - p.runnersUp.length) };
}
