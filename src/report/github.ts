/**
 * GitHub Actions workflow commands: one annotation per finding,
 * `::warning file=…,line=…,col=…,endLine=…,endColumn=…,title=…::message`.
 *
 * Escaping is exactly actions/toolkit's (packages/core/src/command.ts): the message escapes `%`,
 * `\r` and `\n`; property values also escape `:` and `,`. A transcript therefore cannot end the
 * command early or start another one: its `%0A::error::` arrives as the literal text. Control
 * characters (terminal escape sequences) are made visible before escaping, since the Actions log
 * renders ANSI sequences.
 */
import type { Finding, Severity } from '../detect/types.js';
import { relativePath } from './paths.js';
import { sanitize } from './sanitize.js';
import type { Formatter } from './types.js';

/** actions/toolkit's escapeData. */
export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** actions/toolkit's escapeProperty. */
export function escapeProperty(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A').replace(/:/g, '%3A').replace(/,/g, '%2C');
}

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

/** One workflow command; properties with an empty value are left out, as the toolkit does. */
export function workflowCommand(command: string, properties: Array<[string, string | number | undefined]>, message: string): string {
  const props = properties
    .filter((p): p is [string, string | number] => p[1] !== undefined && p[1] !== '')
    .map(([k, v]) => `${k}=${escapeProperty(sanitize(String(v)))}`)
    .join(',');
  return `::${command}${props ? ` ${props}` : ''}::${escapeData(sanitize(message))}`;
}

export const github: Formatter = (report, context) => {
  const out: string[] = [];
  for (const file of report.files) {
    const path = relativePath(file.path, context.cwd);
    for (const e of file.errors) out.push(workflowCommand('notice', [['file', path], ['title', 'dissonance']], e.message));
    for (const f of file.findings) out.push(annotation(f, path));
  }
  return out.length ? out.join('\n') + '\n' : '';
};

function annotation(f: Finding, path: string): string {
  const first = f.statements[0]!;
  const lines = [f.message, ...f.statements.map((s) => `${s.line}:${s.column} «${s.text.replace(/\s+/g, ' ')}» (${s.mode}, ${s.stance} ${s.concept})`)];
  return workflowCommand(
    COMMAND[f.severity],
    [
      ['file', path],
      ['line', first.line],
      ['col', first.column],
      ['endLine', first.endLine],
      ['endColumn', first.endColumn],
      ['title', `dissonance ${f.ruleId} (${f.speaker})`],
    ],
    lines.join('\n'),
  );
}
