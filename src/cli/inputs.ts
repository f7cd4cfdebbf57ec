/**
 * Paths, folders and globs -> the list of inputs to check, in a stable order; and reading them.
 * Folders are walked for the supported extensions (sorted); globs are matched without a
 * dependency (Node 20 has no fs.glob).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export const SUPPORTED_EXTENSIONS = ['.txt', '.md', '.markdown', '.srt', '.vtt', '.json', '.html', '.htm'];

export interface Input {
  /** As shown in reports: the path as given, or found under a folder, or "<stdin>". */
  display: string;
  /** null for standard input. */
  path: string | null;
}

export interface Expanded {
  inputs: Input[];
  /** Paths that matched nothing or could not be listed: one message each. */
  problems: Array<{ display: string; message: string }>;
}

export function expandPaths(paths: string[], stdinName: string): Expanded {
  const inputs: Input[] = [];
  const problems: Expanded['problems'] = [];
  const seen = new Set<string>();
  const add = (display: string, path: string | null) => {
    const key = path ?? '\0stdin';
    if (seen.has(key)) return;
    seen.add(key);
    inputs.push({ display, path });
  };
  for (const p of paths) {
    if (p === '-') {
      add(stdinName, null);
      continue;
    }
    if (isGlob(p)) {
      const matches = glob(p);
      if (matches.length === 0) problems.push({ display: p, message: 'no file matches this pattern' });
      for (const m of matches) add(m, m);
      continue;
    }
    let st;
    try {
      st = statSync(p);
    } catch (err) {
      // Unreadable or missing: reported when read, so the message names the cause once.
      add(p, p);
      continue;
    }
    if (st.isDirectory()) {
      const files = walk(p);
      if (files.length === 0) problems.push({ display: p, message: 'folder without transcripts (' + SUPPORTED_EXTENSIONS.join(' ') + ')' });
      for (const f of files) add(f, f);
    } else add(p, p);
  }
  return { inputs, problems };
}

function isSupported(name: string): boolean {
  const lower = name.toLowerCase();
  return SUPPORTED_EXTENSIONS.some((e) => lower.endsWith(e));
}

/** Files under a folder with supported extensions, sorted, skipping hidden folders and node_modules. */
export function walk(dir: string): string[] {
  const out: string[] = [];
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return out;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name.startsWith('.') || e.name === 'node_modules') continue;
    const full = join(dir, e.name);
    if (e.isDirectory()) out.push(...walk(full));
    else if (e.isFile() && isSupported(e.name)) out.push(full);
  }
  return out;
}

export function isGlob(p: string): boolean {
  return /[*?[{]/.test(p);
}

/** Converts a glob (*, **, ?, [abc], {a,b}) to a regular expression over '/'-separated paths. */
export function globToRegExp(pattern: string): RegExp {
  let re = '';
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i]!;
    if (ch === '*') {
      if (pattern[i + 1] === '*') {
        // "**/" matches zero or more folders.
        re += pattern[i + 2] === '/' ? '(?:[^/]*/)*' : '.*';
        i += pattern[i + 2] === '/' ? 2 : 1;
      } else re += '[^/]*';
    } else if (ch === '?') re += '[^/]';
    else if (ch === '{') {
      const end = pattern.indexOf('}', i);
      if (end < 0) re += '\\{';
      else {
        re += '(?:' + pattern.slice(i + 1, end).split(',').map(escape).join('|') + ')';
        i = end;
      }
    } else if (ch === '[') {
      const end = pattern.indexOf(']', i);
      if (end < 0) re += '\\[';
      else {
        re += '[' + pattern.slice(i + 1, end).replace(/\\/g, '\\\\') + ']';
        i = end;
      }
    } else re += escape(ch);
  }
  return new RegExp(`^${re}$`);
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

export function glob(pattern: string): string[] {
  const norm = pattern.split(sep).join('/');
  const parts = norm.split('/');
  const baseParts: string[] = [];
  for (const part of parts) {
    if (isGlob(part)) break;
    baseParts.push(part);
  }
  const base = baseParts.join('/') || '.';
  const re = globToRegExp(norm.startsWith('./') ? norm.slice(2) : norm);
  const candidates = statSafe(base)?.isDirectory() ? walk(base) : [];
  return candidates.filter((f) => {
    const rel = f.split(sep).join('/');
    return re.test(rel) || re.test(relative('.', f).split(sep).join('/'));
  });
}

function statSafe(p: string) {
  try {
    return statSync(p);
  } catch {
    return null;
  }
}

export function readInput(input: Input): Uint8Array {
  return input.path === null ? readFileSync(0) : readFileSync(input.path);
}
