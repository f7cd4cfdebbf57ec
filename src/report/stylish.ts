/**
 * The default human report: per file, each finding with its speaker, both statements quoted with
 * line:column and the conflicting terms highlighted, a one-line explanation, then a summary line.
 */
import type { ChalkInstance } from 'chalk';
import type { Finding, Statement } from '../detect/types.js';
import { sanitizeLine } from './sanitize.js';
import { summarize } from './summary.js';
import type { Formatter } from './types.js';
import type { ExplainedStatement } from '../check.js';

const MAX_QUOTE = 220;

/**
 * The formatter, made with chalk's class: chalk is an ES module only, so report/index.ts loads it
 * with import(), which the CommonJS bundle (scripts/build-bundle.mjs) keeps as it is; a static
 * import would become a require(), which Node 20 before 20.19 cannot do for an ES module.
 */
export const makeStylish = (Chalk: typeof import('chalk').Chalk): Formatter => (report, context) => {
  const c = new Chalk({ level: context.color ? 1 : 0 });
  const out: string[] = [];
  const sev = (s: Finding['severity']) => (s === 'error' ? c.red('error') : s === 'warning' ? c.yellow('warning') : c.blue('info'));
  for (const file of report.files) {
    const shown = file.findings.length > 0 || file.errors.length > 0 || context.explain;
    if (!shown) continue;
    const meta = `${file.language}, ${file.format}, ${file.speakers.length} speaker${file.speakers.length === 1 ? '' : 's'}${file.qaPairs ? `, ${file.qaPairs} Q/A` : ''}`;
    out.push(`${c.underline(sanitizeLine(file.path))} ${c.dim(`(${meta})`)}`);
    for (const e of file.errors) out.push(`  ${c.dim('note')}  ${sanitizeLine(e.message)}`);
    for (const f of file.findings) {
      out.push(`  ${sev(f.severity)}  ${c.bold(sanitizeLine(f.speaker))}  ${c.dim(`${f.kind}  ${f.ruleId}  ${f.confidence.toFixed(2)}`)}`);
      out.push(`    ${sanitizeLine(f.message)}`);
      for (const s of f.statements) out.push(statementLine(s, c));
      if (f.moreEvidence) out.push(c.dim(`      (+${f.moreEvidence} more statement${f.moreEvidence === 1 ? '' : 's'} on these concepts)`));
    }
    if (context.explain && file.explain) {
      out.push(c.dim('  how each statement was classified:'));
      for (const e of file.explain) out.push(...explainLines(e, c));
    }
    out.push('');
  }
  const s = summarize(report);
  const problems = report.files.reduce((n, f) => n + f.errors.length, 0);
  const fileWord = `${s.files} file${s.files === 1 ? '' : 's'}`;
  if (s.findings === 0) {
    out.push(c.green(`✔ no contradiction found in ${fileWord}`) + (problems ? c.dim(` (${problems} note${problems === 1 ? '' : 's'})`) : ''));
  } else {
    const line = `✖ ${s.findings} finding${s.findings === 1 ? '' : 's'} (${s.errors} error${s.errors === 1 ? '' : 's'}, ${s.warnings} warning${s.warnings === 1 ? '' : 's'}, ${s.infos} info) in ${fileWord}`;
    out.push(s.errors ? c.red.bold(line) : s.warnings ? c.yellow.bold(line) : c.blue(line));
  }
  const hidden = report.suppressed;
  if (hidden && hidden.baseline + hidden.comments > 0) {
    const parts = [hidden.baseline ? `${hidden.baseline} by the baseline` : '', hidden.comments ? `${hidden.comments} by comments` : ''].filter(Boolean);
    out.push(c.dim(`  ${hidden.baseline + hidden.comments} known finding${hidden.baseline + hidden.comments === 1 ? '' : 's'} hidden (${parts.join(', ')})`));
  }
  return out.join('\n') + '\n';
};

function statementLine(s: Statement, c: ChalkInstance): string {
  const where = `${s.line}:${s.column}`.padEnd(8);
  const text = highlight(truncate(sanitizeLine(s.text)), s.terms.map((t) => sanitizeLine(t.text)), c);
  const how = c.dim(`${s.mode} · ${s.stance} ${s.concept}`);
  return `    ${c.dim(where)} «${text}»  ${how}`;
}

function truncate(text: string): string {
  return text.length > MAX_QUOTE ? `${text.slice(0, MAX_QUOTE - 1)}…` : text;
}

/** Highlights each term's first occurrence, left to right, without touching the rest. */
function highlight(text: string, terms: string[], c: ChalkInstance): string {
  let out = '';
  let from = 0;
  for (const term of terms) {
    const at = term ? text.indexOf(term, from) : -1;
    if (at < 0) continue;
    out += text.slice(from, at) + c.bold.magenta(term);
    from = at + term.length;
  }
  return out + text.slice(from);
}

function explainLines(e: ExplainedStatement, c: ChalkInstance): string[] {
  const lines = [`    ${c.dim(`${e.line}:${e.column}`.padEnd(8))} ${sanitizeLine(e.speaker)}: «${truncate(sanitizeLine(e.text))}»`];
  for (const m of e.mentions) {
    const parts = [
      `${m.stance} ${m.concept}`,
      `terms: ${m.terms.map((t) => `"${sanitizeLine(t)}"`).join(', ')}`,
      `negation: ${m.negation ? `"${m.negation}"` : 'none'}`,
      `mode: ${m.mode}`,
      `attribution: ${m.attribution}`,
      `confidence: ${m.confidence.toFixed(2)}`,
    ];
    if (m.flags.length) parts.push(`flags: ${m.flags.join(', ')}`);
    lines.push(`             ${c.dim('→')} ${parts.join(c.dim(' · '))}`);
  }
  return lines;
}
