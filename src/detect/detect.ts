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

function offer(slot: Slot, m: Mention): void {
  slot.count++;
  const b = slot.best;
  if (b.some((x) => x.sentence === m.sentence)) {
    const i = b.findIndex((x) => x.sentence === m.sentence);
    if (m.confidence > b[i]!.confidence) b[i] = m;
  } else b.push(m);
  b.sort((x, y) => y.confidence - x.confidence || x.sentence - y.sentence);
  if (b.length > 2) b.length = 2;
}

export function severityOf(confidence: number): Severity {
  return confidence >= 0.8 ? 'error' : confidence >= 0.6 ? 'warning' : 'info';
}

function kindOf(a: Mention, b: Mention, sameConcept: boolean): FindingKind {
  const modes = new Set([a.mode, b.mode]);
  if (modes.has('advice') && modes.has('practice')) return 'advice-vs-practice';
  return sameConcept ? 'self-negation' : 'opposed-stances';
}

/** Weight of the pairing: advice against practice is the headline. */
const KIND_FACTOR: Record<FindingKind, number> = { 'advice-vs-practice': 1, 'self-negation': 0.95, 'opposed-stances': 0.9 };

function bestPair(left: ConceptSlots[Stance], right: ConceptSlots[Stance], sameConcept: boolean, excluded: (m: Mention) => boolean = () => false): { pair: [Mention, Mention]; confidence: number; kind: FindingKind; total: number } | null {
  let best: { pair: [Mention, Mention]; confidence: number; kind: FindingKind; total: number } | null = null;
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
          // The same question/answer pair: the speaker qualifies herself in one breath.
          if (a.turn === b.turn && kind !== 'advice-vs-practice') confidence *= 0.9;
          if (!best || confidence > best.confidence || (confidence === best.confidence && Math.min(a.sentence, b.sentence) < Math.min(best.pair[0].sentence, best.pair[1].sentence))) {
            best = { pair: a.sentence < b.sentence ? [a, b] : [b, a], confidence, kind, total };
          }
        }
      }
    }
  }
  return best;
}

/**
 * Sentences that endorse both sides of an opposition state a mixed motive ("help first … and sell
 * only to …"): such a sentence cannot be one side of a contradiction on that opposition.
 */
function mixedSentences(mentions: Mention[], lexicon: CompiledLexicon): Set<string> {
  const mixed = new Set<string>();
  let start = 0;
  while (start < mentions.length) {
    let end = start + 1;
    while (end < mentions.length && mentions[end]!.sentence === mentions[start]!.sentence) end++;
    if (end - start > 1) {
      const here = mentions.slice(start, end);
      const endorsed = new Set(here.filter((m) => m.stance === 'endorse').map((m) => m.concept));
      // "Il faut oser, mais jamais sans filet": a concept taken both ways in one sentence is a
      // nuance, not a side to hold against the speaker.
      for (const m of here) {
        if (m.stance !== 'reject' || !endorsed.has(m.concept)) continue;
        mixed.add(`${m.sentence}|${m.concept}-self-negation`);
        for (const opp of lexicon.opposedTo.get(m.concept) ?? []) mixed.add(`${m.sentence}|${opp.id}`);
      }
      for (const concept of endorsed) {
        for (const opp of lexicon.opposedTo.get(concept) ?? []) {
          if (endorsed.has(opp.between[0]) && endorsed.has(opp.between[1])) {
            mixed.add(`${mentions[start]!.sentence}|${opp.id}`);
            // Nor is it a clean assertion of either side, to be denied elsewhere.
            mixed.add(`${mentions[start]!.sentence}|${opp.between[0]}-self-negation`);
            mixed.add(`${mentions[start]!.sentence}|${opp.between[1]}-self-negation`);
          }
        }
      }
    }
    start = end;
  }
  return mixed;
}

export function detect(mentions: Mention[], lexicon: CompiledLexicon): RawFinding[] {
  const mixed = mixedSentences(mentions, lexicon);
  // speaker -> concept -> slots
  const bySpeaker = new Map<string, Map<string, ConceptSlots>>();
  for (const m of mentions) {
    if (m.attribution !== 'self') continue;
    let concepts = bySpeaker.get(m.speaker);
    if (!concepts) bySpeaker.set(m.speaker, (concepts = new Map()));
    let slots = concepts.get(m.concept);
    if (!slots) concepts.set(m.concept, (slots = emptySlots()));
    offer(slots[m.stance][m.mode], m);
  }
  const findings: RawFinding[] = [];
  for (const [speaker, concepts] of bySpeaker) {
    for (const [concept, slots] of concepts) {
      // Self-negation: the same concept endorsed and rejected.
      const self = bestPair(slots.endorse, slots.reject, true, (m) => mixed.has(`${m.sentence}|${concept}-self-negation`));
      if (self) findings.push(toFinding(`${concept}-self-negation`, speaker, self));
      for (const opp of lexicon.opposedTo.get(concept) ?? []) {
        // Visit each opposition once, from its first concept.
        if (opp.between[0] !== concept) continue;
        const other = concepts.get(opp.between[1]);
        if (!other) continue;
        const pair = bestPair(slots.endorse, other.endorse, false, (m) => mixed.has(`${m.sentence}|${opp.id}`));
        if (pair) findings.push(toFinding(opp.id, speaker, pair));
      }
    }
  }
  return findings;
}

function toFinding(ruleId: string, speaker: string, p: { pair: [Mention, Mention]; confidence: number; kind: FindingKind; total: number }): RawFinding {
  const confidence = Math.round(p.confidence * 100) / 100;
  return { ruleId, kind: p.kind, confidence, severity: severityOf(confidence), speaker, pair: p.pair, moreEvidence: Math.max(0, p.total - 2) };
}
