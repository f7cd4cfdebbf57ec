/**
 * Suppression comments in the transcript itself (Markdown talk notes, mostly):
 *
 *   <!-- dissonance-disable -->  …  <!-- dissonance-enable -->     a region
 *   <!-- dissonance-disable-next-line -->                          the line below
 *   <!-- dissonance-disable-line -->                               its own line (at the end of it)
 *
 * Each may name rule ids or concept ids (`<!-- dissonance-disable-next-line self-interest-vs-generosity -->`,
 * several separated by spaces or commas), and end with a reason after ` -- `. Without ids it
 * applies to every rule. A finding is hidden when one of its statements is covered: marking one
 * side of a contradiction as "not meant" is enough. Pure: works on the decoded file text, whose
 * lines are the lines of the positions in findings.
 */
import type { Finding, Statement } from '../detect/types.js';

export type DirectiveKind = 'disable' | 'enable' | 'disable-next-line' | 'disable-line';

export interface Directive {
  kind: DirectiveKind;
  line: number;
  column: number;
  /** Rule or concept ids; empty means all. */
  ids: string[];
}

const COMMENT = /<!--\s*dissonance-(disable-next-line|disable-line|disable|enable)(?=[\s-]|-->)([\s\S]*?)-->/g;

export function parseDirectives(source: string): Directive[] {
  const out: Directive[] = [];
  if (!source.includes('dissonance-')) return out;
  const lines = source.split(/\r\n|\n|\r/);
  lines.forEach((text, i) => {
    if (!text.includes('dissonance-')) return;
    for (const m of text.matchAll(COMMENT)) {
      const body = m[2]!.split(/\s--\s|\s--$/)[0]!;
      const ids = body.split(/[\s,]+/).filter(Boolean);
      out.push({ kind: m[1] as DirectiveKind, line: i + 1, column: m.index + 1, ids });
    }
  });
  return out;
}

interface State {
  all: boolean;
  ids: Set<string>;
  except: Set<string>;
}

/** Which statements the directives cover, as a predicate over (statement, rule id). */
export function coverage(directives: Directive[]): (s: Statement, ruleId: string) => boolean {
  const regions = directives.filter((d) => d.kind === 'disable' || d.kind === 'enable');
  const single = directives.filter((d) => d.kind === 'disable-next-line' || d.kind === 'disable-line');
  const matches = (ids: string[], keys: string[]) => ids.length === 0 || keys.some((k) => ids.includes(k));

  return (s, ruleId) => {
    const keys = [ruleId, s.concept];
    for (const d of single) {
      const target = d.kind === 'disable-next-line' ? d.line + 1 : d.line;
      if (target >= s.line && target <= s.endLine && matches(d.ids, keys)) return true;
    }
    // Replay the region comments that come before the statement's start.
    const state: State = { all: false, ids: new Set(), except: new Set() };
    for (const d of regions) {
      if (d.line > s.line || (d.line === s.line && d.column > s.column)) break;
      apply(state, d);
    }
    return state.all ? !keys.some((k) => state.except.has(k)) : keys.some((k) => state.ids.has(k));
  };
}

function apply(state: State, d: Directive): void {
  if (d.ids.length === 0) {
    state.all = d.kind === 'disable';
    state.ids.clear();
    state.except.clear();
    return;
  }
  for (const id of d.ids) {
    if (d.kind === 'disable') state.all ? state.except.delete(id) : state.ids.add(id);
    else state.all ? state.except.add(id) : state.ids.delete(id);
  }
}

/** The findings no comment covers, and how many were hidden. The input array is not changed. */
export function applySuppressions(findings: Finding[], source: string): { findings: Finding[]; suppressed: number } {
  const directives = parseDirectives(source);
  if (directives.length === 0) return { findings, suppressed: 0 };
  const covered = coverage(directives);
  const kept = findings.filter((f) => !f.statements.some((s) => covered(s, f.ruleId)));
  return { findings: kept, suppressed: findings.length - kept.length };
}
