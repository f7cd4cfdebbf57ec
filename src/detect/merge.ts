/**
 * One contradiction is often said twice: "A sales channel. Every post I write is a sales pitch."
 * against "Give away your best ideas for free"; or one statement goes against a position the
 * speaker takes through two concepts: "quatorze festivals sans cachet" against both "Ne jouez jamais
 * gratuitement" and "Un clown, ça se paie comme un plombier". Two findings of one speaker that share
 * a statement are one finding with all the statements: the strongest finding leads, the other
 * statements follow, and the report names the other rules.
 */
import type { RawFinding } from './detect.js';
import type { Mention } from '../classify/types.js';

export interface MergedFinding extends RawFinding {
  /** Further statements (beyond the pair) that say the same thing again. */
  also: Mention[];
  /** Rules of the findings merged into this one. */
  alsoRules: string[];
}

export function mergeRestatements(findings: RawFinding[]): MergedFinding[] {
  const order = [...findings].sort((a, b) => b.confidence - a.confidence || a.pair[0].sentence - b.pair[0].sentence || (a.ruleId < b.ruleId ? -1 : 1));
  const out: MergedFinding[] = [];
  // speaker|sentence -> the merged finding that leads with it; each finding has two sentences, so this is linear.
  const bySentence = new Map<string, MergedFinding>();
  for (const f of order) {
    const [a, b] = f.pair;
    let host: MergedFinding | undefined;
    for (const [shared, other] of [[a, b], [b, a]] as const) {
      host = bySentence.get(`${f.speaker}|${shared.sentence}`);
      if (!host) continue;
      for (const m of [other, ...f.runnersUp]) if (![host.pair[0], host.pair[1], ...host.also].some((x) => x.sentence === m.sentence)) host.also.push(m);
      host.moreEvidence += f.moreEvidence;
      if (f.ruleId !== host.ruleId && !host.alsoRules.includes(f.ruleId)) host.alsoRules.push(f.ruleId);
      break;
    }
    if (host) continue;
    const merged: MergedFinding = { ...f, also: [...f.runnersUp], alsoRules: [] };
    out.push(merged);
    for (const m of f.pair) {
      const key = `${f.speaker}|${m.sentence}`;
      if (!bySentence.has(key)) bySentence.set(key, merged);
    }
  }
  return out;
}
