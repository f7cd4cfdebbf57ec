#!/usr/bin/env node
// Build step (after tsc): the CLI's own modules in one file, dist/bundle/cli.js (plus a file per
// lazily loaded part: formatters, baseline, lexicons subcommands), which bin/dissonance.js runs
// when it is at least as new as dist/cli/main.js. Loading ~55 small ES
// modules (resolve, read, link each) was ~20 ms of the start-up. dist/ modules stay as tsc wrote
// them (the library entry and the tests import them).
//
// Each module's import.meta.url is replaced by its own file's URL, so paths relative to it
// (lexicons/, stems.json, the lexicon cache and its key, package.json, createRequire) resolve as
// in dist/. Packages stay outside the bundle (loaded as before).
import { rmSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const DIST = fileURLToPath(new URL('../dist/', import.meta.url));
const OUT_DIR = `${DIST}bundle`;

let rolldown;
try {
  ({ rolldown } = await import('rolldown'));
} catch {
  console.error('bundle: rolldown is not installed, bin/dissonance.js will load dist/ modules one by one');
  process.exit(0);
}

const ownUrl = {
  name: 'own-import-meta-url',
  transform(code, id) {
    if (!id.startsWith(DIST) || !code.includes('import.meta.url')) return null;
    const rel = relative(OUT_DIR, id).split('\\').join('/');
    return { code: code.replaceAll('import.meta.url', `new URL(${JSON.stringify(rel)}, import.meta.url).href`), map: null };
  },
};

const bundle = await rolldown({
  input: `${DIST}cli/main.js`,
  platform: 'node',
  // Packages (commander, ora, natural, ajv) and node: built-ins are loaded at run time as before.
  external: (id) => !id.startsWith('.') && !id.startsWith('/') && !id.startsWith(DIST),
  plugins: [ownUrl],
});
// Dynamic imports stay dynamic (their own files): a run loads only the formatter it uses.
rmSync(OUT_DIR, { recursive: true, force: true });
const { output } = await bundle.write({ dir: OUT_DIR, format: 'esm', entryFileNames: 'cli.js', chunkFileNames: '[name]-[hash].js' });
await bundle.close();
console.error(`bundle: dist/bundle/cli.js and ${output.length - 1} lazily loaded parts`);
