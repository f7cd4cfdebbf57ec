/**
 * The configuration's `ignore` globs, relative to the configuration file's folder, read like
 * .gitignore lines: a pattern without "/" matches a name at any depth (`drafts`, `*.draft.md`), a
 * leading "/" anchors it, a trailing "/" means a folder, and a folder pattern ignores everything
 * under it. Negation ("!") is not supported.
 */
import { relative, resolve, sep } from 'node:path';
import { globToRegExp } from './inputs.js';

export function ignoreMatcher(patterns: string[], baseDir: string): (path: string) => boolean {
  if (patterns.length === 0) return () => false;
  const res = patterns.map((raw) => {
    let p = raw.trim().replace(/\\/g, '/');
    if (p.startsWith('./')) p = p.slice(2);
    const anchored = p.startsWith('/') || p.replace(/\/$/, '').includes('/');
    p = p.replace(/^\//, '').replace(/\/$/, '');
    return globToRegExp(anchored ? p : `**/${p}`);
  });
  return (path) => {
    const rel = relative(baseDir, resolve(path)).split(sep).join('/');
    if (rel.startsWith('../') || rel === '..') return false;
    const parts = rel.split('/');
    // The file itself or any folder it is in.
    for (let i = parts.length; i > 0; i--) {
      const candidate = parts.slice(0, i).join('/');
      if (res.some((re) => re.test(candidate))) return true;
    }
    return false;
  };
}
