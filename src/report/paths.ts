/** Report paths for machines: relative to the working folder, '/'-separated (SARIF, annotations). */
import { isAbsolute, relative, resolve, sep } from 'node:path';

/** `<stdin>` and names given with --stdin-filename stay as they are unless they name a real path. */
export function relativePath(path: string, cwd: string): string {
  if (path === '<stdin>') return path;
  const abs = isAbsolute(path) ? path : resolve(cwd, path);
  const rel = relative(cwd, abs) || '.';
  return rel.split(sep).join('/');
}

/** A relative URI reference: each segment percent-encoded (spaces, accents, '#', '?', '%'). */
export function relativeUri(path: string, cwd: string): string {
  return relativePath(path, cwd)
    .split('/')
    .map((segment) => (segment === '..' || segment === '.' ? segment : encodeURIComponent(segment)))
    .join('/');
}
