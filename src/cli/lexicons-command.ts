/**
 * `dissonance lexicons list|show|validate`: inspect and validate lexicons. Each function returns
 * the text to print (or lines and an outcome); program.ts writes it and sets the exit code.
 */
import { CompiledLexicon, type CompiledTerm } from '../lexicon/compile.js';
import { loadLexiconFile } from '../lexicon/load.js';
import { LexiconError } from '../lexicon/errors.js';
import type { ConceptSpec, LexiconFile, LoadedLexicon, Localized } from '../lexicon/types.js';
import type { Language } from '../parse/model.js';
import { loadBuiltinLexicons, loadLexicons, realPath, type LexiconChoice } from './lexicons.js';
import { UsageError } from './errors.js';
import { loadConfig, resolveOptions } from './options.js';
import type { Command } from 'commander';
import type { CheckFlags } from './program.js';

export type LexiconOutput = 'text' | 'json';

/**
 * The lexicons a check run from here would use: the configuration's `lexicons` and
 * `builtinLexicons` (.dissonancerc.json or --config), then --lexicon and --no-builtin-lexicons.
 */
export function lexiconChoiceFor(program: Command, cwd: string = process.cwd()): LexiconChoice {
  const flags = program.opts<CheckFlags>();
  const options = resolveOptions(flags, program, loadConfig(flags, cwd), cwd);
  return { builtin: options.builtinLexicons, user: options.lexicons };
}

const LANGS: Language[] = ['fr', 'en'];

/** Oppositions and concepts with their term counts per language, and where they come from. */
export function listLexicons(choice: LexiconChoice, output: LexiconOutput = 'text'): string {
  const files = loadLexicons(choice);
  const lex = CompiledLexicon.compile(files);
  const extended = extensions(files);
  const concepts = [...lex.concepts.values()].map((c) => ({
    id: c.id,
    label: c.label,
    terms: { fr: lex.termCount(c.id, 'fr'), en: lex.termCount(c.id, 'en') },
    source: c.source,
    extendedBy: [...new Set((extended.get(c.id) ?? []).map((x) => x.source))].filter((f) => f !== c.source),
  }));
  const oppositions = [...lex.oppositions.values()].map((o) => ({ id: o.id, between: o.between, source: o.source }));
  if (output === 'json') {
    return `${JSON.stringify({ files: lex.files, oppositions, concepts, examples: lex.examples.length }, null, 2)}\n`;
  }
  const out: string[] = [];
  const oppWidth = Math.max(0, ...oppositions.map((o) => o.id.length));
  const betweenWidth = Math.max(0, ...oppositions.map((o) => `${o.between[0]} ↔ ${o.between[1]}`.length));
  out.push(`Oppositions (${oppositions.length})`);
  for (const o of oppositions) {
    out.push(`  ${clean(o.id).padEnd(oppWidth)}  ${clean(`${o.between[0]} ↔ ${o.between[1]}`).padEnd(betweenWidth)}  ${clean(o.source)}`);
  }
  const idWidth = Math.max(2, ...concepts.map((c) => c.id.length));
  out.push('', `Concepts (${concepts.length})`, `  ${'id'.padEnd(idWidth)}    fr    en  source`);
  for (const c of concepts) {
    const more = c.extendedBy.length > 0 ? ` + ${c.extendedBy.join(', ')}` : '';
    out.push(`  ${clean(c.id).padEnd(idWidth)}  ${String(c.terms.fr).padStart(4)}  ${String(c.terms.en).padStart(4)}  ${clean(c.source + more)}`);
  }
  const total = (lang: Language) => concepts.reduce((n, c) => n + c.terms[lang], 0);
  out.push(
    '',
    `${oppositions.length} oppositions, ${concepts.length} concepts, ${total('fr')} French and ${total('en')} English terms, ` +
      `${lex.examples.length} examples, from ${plural(files.length, 'file')}`,
  );
  return `${out.join('\n')}\n`;
}

/** One concept or opposition: labels, message, terms per language, opposed concepts, examples. */
export function showLexiconEntry(choice: LexiconChoice, id: string, output: LexiconOutput = 'text'): string {
  const files = loadLexicons(choice);
  const lex = CompiledLexicon.compile(files);
  // Terms added to a concept by another file are shown with that file.
  const addedBy = new Map<string, string>();
  for (const [concept, entries] of extensions(files)) {
    for (const { source, spec } of entries) {
      if (lex.concepts.get(concept)?.source === source) continue;
      for (const lang of LANGS) for (const t of spec.terms[lang] ?? []) addedBy.set(`${concept}:${lang}:${typeof t === 'string' ? t : t.text}`, source);
    }
  }
  const concept = lex.concepts.get(id);
  const opposition = lex.oppositions.get(id);
  if (!concept && !opposition) {
    const ids = [...lex.concepts.keys(), ...lex.oppositions.keys()];
    const near = closest(id, ids);
    throw new UsageError(`no concept or opposition with id "${clean(id)}"${near ? ` (did you mean "${near}"?)` : ''}; see \`dissonance lexicons list\``);
  }
  const conceptIds = concept ? [concept.id] : opposition!.between;
  const examples = lex.examples.filter((e) => e.expect.some((x) => conceptIds.includes(x.concept)));
  const termsJson = (c: string) => Object.fromEntries(LANGS.map((l) => [l, lex.termsOf(c, l).map(termJson)]));

  if (output === 'json') {
    const entry = concept
      ? {
          kind: 'concept',
          ...concept,
          terms: termsJson(concept.id),
          oppositions: (lex.opposedTo.get(concept.id) ?? []).map((o) => o.id),
          examples,
        }
      : {
          kind: 'opposition',
          ...opposition!,
          concepts: opposition!.between.map((c) => ({ ...lex.concepts.get(c)!, terms: termsJson(c) })),
          examples,
        };
    return `${JSON.stringify(entry, null, 2)}\n`;
  }

  const out: string[] = [];
  // Terms wrapped into lines of at most WIDTH columns, separated by commas.
  const termLines = (c: string, indent: string) => {
    for (const lang of LANGS) {
      const terms = lex.termsOf(c, lang).map((t) => {
        const from = addedBy.get(`${c}:${lang}:${t.text}`);
        return `${termText(t)}${from ? ` (from ${clean(from)})` : ''}`;
      });
      out.push(`${indent}terms ${lang} (${terms.length})`);
      out.push(...wrap(terms, `${indent}  `));
    }
  };
  if (concept) {
    out.push(`concept ${concept.id}`, `  defined at   ${clean(concept.where)}`);
    pushLocalized(out, '  label       ', concept.label);
    if (concept.description) pushLocalized(out, '  description ', concept.description);
    const opposed = (lex.opposedTo.get(concept.id) ?? []).map((o) => {
      const other = o.between[0] === concept.id ? o.between[1] : o.between[0];
      return `${other} (${o.id})`;
    });
    out.push(`  opposed to   ${opposed.length > 0 ? opposed.join(', ') : '(no opposition)'}`);
    termLines(concept.id, '  ');
  } else {
    const o = opposition!;
    out.push(`opposition ${o.id}`, `  defined at   ${clean(o.where)}`, `  between      ${o.between[0]} ↔ ${o.between[1]}`);
    pushLocalized(out, '  message     ', o.message);
    for (const c of o.between) {
      const spec = lex.concepts.get(c)!;
      out.push('', `  concept ${c} — ${clean(spec.label.fr ?? '')}${spec.label.fr && spec.label.en ? ' / ' : ''}${clean(spec.label.en ?? '')}`);
      termLines(c, '    ');
    }
  }
  out.push('', `  examples (${examples.length})`);
  for (const e of examples) {
    const expect = e.expect.map((x) => `${x.concept} ${x.stance}${x.mode ? ` (${x.mode})` : ''}`).join(', ');
    out.push(`    [${e.lang}] ${clean(e.text)}`, `         → ${clean(expect)}`);
  }
  return `${out.join('\n')}\n`;
}

export interface ValidationLine {
  file: string;
  ok: boolean;
  /** `file: valid (…)` or the one-line problem (`file#/pointer: message`). */
  line: string;
}

/**
 * Validates each file, every one of them even after a failure: JSON syntax, the schema, then a
 * compile together with the lexicons it would run with (the built-in ones unless
 * --no-builtin-lexicons, and the other --lexicon files), so that references to built-in concepts
 * resolve and duplicates with them are found. A file that is itself one of those is not loaded twice.
 */
export function validateLexiconFiles(paths: string[], choice: LexiconChoice = { builtin: true, user: [] }): ValidationLine[] {
  return paths.map((p) => {
    try {
      const file = loadLexiconFile(p);
      const self = realPath(p);
      const context: LoadedLexicon[] = [
        ...(choice.builtin ? loadBuiltinLexicons(new Set([self])) : []),
        ...choice.user.filter((u) => realPath(u) !== self).map((u) => loadLexiconFile(u)),
      ];
      CompiledLexicon.compile([...context, file]);
      return { file: p, ok: true, line: `${clean(p)}: valid (${summary(file.data)})` };
    } catch (err) {
      if (err instanceof LexiconError) return { file: p, ok: false, line: clean(err.toString()) };
      throw err;
    }
  });
}

/** Concept entries without a label (terms added to a concept defined elsewhere), by concept id. */
function extensions(files: LoadedLexicon[]): Map<string, Array<{ source: string; spec: ConceptSpec }>> {
  const out = new Map<string, Array<{ source: string; spec: ConceptSpec }>>();
  for (const { source, data } of files) {
    for (const spec of data.concepts ?? []) {
      if (spec.label === undefined) out.set(spec.id, [...(out.get(spec.id) ?? []), { source, spec }]);
    }
  }
  return out;
}

function summary(data: LexiconFile): string {
  const concepts = data.concepts ?? [];
  const defined = concepts.filter((c) => c.label !== undefined).length;
  const extended = concepts.length - defined;
  const terms = concepts.reduce((n, c) => n + (c.terms.fr?.length ?? 0) + (c.terms.en?.length ?? 0), 0);
  const parts = [
    plural(defined, 'concept'),
    ...(extended > 0 ? [`${extended} extended`] : []),
    plural(terms, 'term'),
    plural(data.oppositions?.length ?? 0, 'opposition'),
    plural(data.examples?.length ?? 0, 'example'),
    ...(data.disable?.length ? [`${data.disable.length} disabled`] : []),
  ];
  return parts.join(', ');
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function termJson(t: CompiledTerm) {
  return { text: t.text, stance: t.stance, exact: t.exact };
}

function termText(t: CompiledTerm): string {
  const flags = [...(t.stance === 'reject' ? ['reject'] : []), ...(t.exact ? ['exact'] : [])];
  return `${clean(t.text)}${flags.length > 0 ? ` [${flags.join(' ')}]` : ''}`;
}

const WIDTH = 100;

/** Items joined by ", " in lines of at most WIDTH columns (an item longer than that has its own line). */
function wrap(items: string[], indent: string): string[] {
  const lines: string[] = [];
  let line = '';
  items.forEach((item, i) => {
    const piece = i < items.length - 1 ? `${item},` : item;
    if (line && indent.length + line.length + 1 + piece.length > WIDTH) {
      lines.push(indent + line);
      line = piece;
    } else line = line ? `${line} ${piece}` : piece;
  });
  if (line) lines.push(indent + line);
  return lines;
}

function pushLocalized(out: string[], head: string, text: Localized): void {
  const pad = ' '.repeat(head.length);
  LANGS.filter((l) => text[l] !== undefined).forEach((l, i) => out.push(`${i === 0 ? head : pad} ${l}: ${clean(text[l]!)}`));
}

/** Lexicon text is user data: no control characters reach the terminal. */
function clean(s: string): string {
  return s.replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ');
}

/** The id nearest to a mistyped one, when it is close enough to be a typo. */
function closest(id: string, ids: string[]): string | null {
  let best: string | null = null;
  let bestDistance = Math.max(2, Math.floor(id.length / 3)) + 1;
  for (const candidate of ids) {
    const d = distance(id, candidate);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length]!;
}
