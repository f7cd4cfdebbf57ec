/**
 * A Markdown report for pull-request comments: a summary line, then per file each finding with
 * its speaker, rule and both statements quoted with their positions.
 *
 * Transcript text is inert here: control characters are made visible (sanitize), Markdown and HTML
 * punctuation is backslash-escaped (no link, image, heading, table or HTML from a transcript) and
 * `@` is followed by a word joiner, so a quoted "@team" notifies nobody.
 */
import type { Finding, Statement } from '../detect/types.js';
import { sanitizeLine } from './sanitize.js';
import { summarize } from './summary.js';
import type { Formatter } from './types.js';

const MAX_QUOTE = 300;
const ICON = { error: '🔴', warning: '🟠', info: '🔵' } as const;

/** Text from a transcript, safe inside a Markdown paragraph or quote. */
export function escapeMarkdown(text: string): string {
  return sanitizeLine(text)
    .replace(/[\\`*_{}[\]()<>#!|~&]/g, '\\$&')
    .replace(/^([+=-])/, '\\$1')
    .replace(/^(\d+)([.)])/, '$1\\$2')
    .replace(/@/g, '@\u2060');
}

export const markdown: Formatter = (report) => {
  const s = summarize(report);
  const out: string[] = ['## dissonance', ''];
  const files = (n: number) => `${n} file${n === 1 ? '' : 's'}`;
  if (s.findings === 0) out.push(`No contradiction found in ${files(s.files)}.`);
  else {
    const parts = [
      s.errors ? `${s.errors} error${s.errors === 1 ? '' : 's'}` : '',
      s.warnings ? `${s.warnings} warning${s.warnings === 1 ? '' : 's'}` : '',
      s.infos ? `${s.infos} info` : '',
    ].filter(Boolean);
    out.push(`**${s.findings} contradiction${s.findings === 1 ? '' : 's'}** (${parts.join(', ')}) in ${files(s.files)}.`);
  }
  const hidden = report.suppressed ? report.suppressed.baseline + report.suppressed.comments : 0;
  if (hidden) out.push('', `_${hidden} known finding${hidden === 1 ? '' : 's'} hidden (baseline or suppression comments)._`);
  for (const file of report.files) {
    if (file.findings.length === 0 && file.errors.length === 0) continue;
    out.push('', `### ${escapeMarkdown(file.path)}`, '');
    for (const e of file.errors) out.push(`- note: ${escapeMarkdown(e.message)}`);
    for (const f of file.findings) out.push(...finding(f));
  }
  return out.join('\n') + '\n';
};

function finding(f: Finding): string[] {
  const head = `- ${ICON[f.severity]} **${f.severity}** · **${escapeMarkdown(f.speaker)}** · \`${f.ruleId}\` · ${f.kind} · confidence ${f.confidence.toFixed(2)}`;
  const lines = [head, `  ${escapeMarkdown(f.message)}`, ''];
  for (const s of f.statements) lines.push(`  > **L${s.line}:${s.column}** ${quote(s)} _(${s.mode}, ${s.stance} ${s.concept})_  `);
  if (f.moreEvidence) lines.push(`  > _+${f.moreEvidence} more statement${f.moreEvidence === 1 ? '' : 's'} on these concepts_`);
  lines.push('');
  return lines;
}

function quote(s: Statement): string {
  const text = s.text.length > MAX_QUOTE ? `${s.text.slice(0, MAX_QUOTE - 1)}…` : s.text;
  return `«${escapeMarkdown(text)}»`;
}
