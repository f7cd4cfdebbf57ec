/** Reading and writing the baseline file (the pure part is src/baseline/). */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import { BaselineError, parseBaseline, serializeBaseline, type Baseline } from '../baseline/baseline.js';

/** Paths in a baseline are relative to its folder, so it can be committed and used from anywhere. */
export function baselineKeyOf(baselinePath: string, cwd: string): (path: string) => string {
  const dir = dirname(resolve(cwd, baselinePath));
  return (path) => (path === '<stdin>' ? path : relative(dir, resolve(cwd, path)).split(sep).join('/'));
}

/** null when the file does not exist and `missingOk` (it is about to be written). */
export function readBaseline(path: string, cwd: string, missingOk: boolean): Baseline | null {
  let text: string;
  try {
    text = readFileSync(resolve(cwd, path), 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' && missingOk) return null;
    throw new BaselineError(`cannot read baseline: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder' : code ?? (err as Error).message}`, path);
  }
  return parseBaseline(text, path);
}

export function writeBaseline(path: string, cwd: string, baseline: Baseline): void {
  const abs = resolve(cwd, path);
  try {
    mkdirSync(dirname(abs), { recursive: true });
    writeFileSync(abs, serializeBaseline(baseline));
  } catch (err) {
    throw new BaselineError(`cannot write baseline: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`, path);
  }
}
