#!/usr/bin/env node
// Build step (after tsc): the CLI's own modules in one file, dist/bundle/cli.cjs (plus a file per
// lazily loaded part: formatters, baseline, lexicons subcommands), which bin/dissonance.js runs
// when it is at least as new as dist/cli/main.js. Loading ~55 small ES
// modules (resolve, read, link each) was ~20 ms of the start-up. dist/ modules stay as tsc wrote
// them (the library entry and the tests import them).
//
// CommonJS, not an ES module: a process that loads no ES module never sets up Node's ES module
// loader, ~10 ms of a start-up. The ES-module-only packages (chalk, ora) are loaded with import(),
// which stays as it is in CommonJS, and only by the runs that use them.
//
// Each module's import.meta.url is replaced by its own file's URL, so paths relative to it
// (lexicons/, the stem tables, the lexicon cache and its key, package.json, createRequire) resolve as
// in dist/. Packages stay outside the bundle (loaded as before).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
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

// The ES modules the CLI imports (chalk, ora) load through a function bin/dissonance.js provides:
// import() fails in a script compiled from V8's code cache (see runBundle there).
const ESM_PACKAGES = ['chalk', 'ora'];
const esmImports = {
  name: 'esm-imports',
  transform(code, id) {
    if (!id.startsWith(DIST)) return null;
    let out = code;
    for (const pkg of ESM_PACKAGES) out = out.replaceAll(`import('${pkg}')`, `__importEsm('${pkg}')`);
    return out === code ? null : { code: out, map: null };
  },
};

const ownUrl = {
  name: 'own-import-meta-url',
  transform(code, id) {
    if (!id.startsWith(DIST) || !code.includes('import.meta.url')) return null;
    const rel = relative(OUT_DIR, id).split('\\').join('/');
    // __ownUrl is defined at the top of each output file (the banner), where `require` and
    // `__dirname` are CommonJS's own, whatever a module names its locals.
    return { code: code.replaceAll('import.meta.url', `__ownUrl(${JSON.stringify(rel)})`), map: null };
  },
};

// commander goes into the bundle, with its child_process (which it needs only to run executable
// subcommands, which dissonance has none of) loaded on first use: requiring commander's seven
// files and child_process was ~15 ms of each start-up, child_process ~6 ms of it. If commander
// changes that line, the bundle just loads child_process at once, as before.
const CHILD_PROCESS = "const childProcess = require('node:child_process');";
const commanderInBundle = {
  name: 'commander-in-bundle',
  transform(code, id) {
    const file = id.split('\\').join('/');
    if (file === `${DIST.split('\\').join('/')}cli/commander.js`) {
      // dist/cli/commander.js require()s commander to skip Node's ESM wrapper; bundled, it is imported.
      return { code: "export { Command, Option, CommanderError } from 'commander';\n", map: null };
    }
    if (file.endsWith('/node_modules/commander/lib/command.js')) {
      if (!code.includes(CHILD_PROCESS)) {
        console.error('bundle: commander no longer requires child_process as expected: it loads at start-up');
        return null;
      }
      const lazy = "let childProcessModule; const childProcess = { spawn: (...args) => (childProcessModule ??= require('node:child_process')).spawn(...args) };";
      return { code: code.replace(CHILD_PROCESS, lazy), map: null };
    }
    return null;
  },
};

const bundle = await rolldown({
  input: `${DIST}cli/main.js`,
  platform: 'node',
  // Packages (ora, natural, ajv, chalk) and node: built-ins are loaded at run time as before;
  // commander is bundled (above).
  external: (id) => id !== 'commander' && !id.startsWith('.') && !id.startsWith('/') && !id.startsWith(DIST),
  plugins: [commanderInBundle, esmImports, ownUrl],
});
// Dynamic imports stay dynamic (their own files): a run loads only the formatter it uses.
rmSync(OUT_DIR, { recursive: true, force: true });
const { output } = await bundle.write({
  dir: OUT_DIR,
  format: 'cjs',
  entryFileNames: 'cli.cjs',
  chunkFileNames: '[name]-[hash].cjs',
  banner: [
    "const __ownUrl = (rel) => require('node:url').pathToFileURL(require('node:path').join(__dirname, rel)).href;",
    "const __importEsm = globalThis[Symbol.for('dissonance.importEsm')] ?? ((id) => import(id));",
  ].join('\n'),
});
// Any require() of a package that is an ES module only would fail on Node 20 before 20.19, and an
// import() of one would fail when the bundle runs from its code cache.
for (const chunk of output) {
  for (const pkg of ESM_PACKAGES) {
    if (chunk.code?.includes(`require("${pkg}")`)) throw new Error(`bundle: ${chunk.fileName} require()s ${pkg}, an ES module: load it with import()`);
    if (chunk.code?.includes(`import("${pkg}")`) || chunk.code?.includes(`import('${pkg}')`)) throw new Error(`bundle: ${chunk.fileName} imports ${pkg} without __importEsm`);
  }
}
await bundle.close();
// V8's code cache of the bundle (see bin/dissonance.js): made by a run of the CLI on a French and
// an English transcript, so that it holds the functions a check calls, not only the top level.
const sample = mkdtempSync(join(tmpdir(), 'dissonance-cache-'));
try {
  writeFileSync(join(sample, 'fr.txt'), 'Animatrice : Pourquoi êtes-vous sur les réseaux ?\nInvitée : Par opportunisme, pas par passion. Soyez généreux, partagez sans compter.\n');
  writeFileSync(join(sample, 'en.txt'), 'Host: Why do you post so much?\nGuest: For the money, honestly. My advice: be generous and never work weekends.\n');
  const run = spawnSync(process.execPath, [fileURLToPath(new URL('../bin/dissonance.js', import.meta.url)), sample, '--format', 'json', '--fail-on', 'never'], {
    env: { ...process.env, DISSONANCE_CODE_CACHE: 'write' },
    encoding: 'utf8',
  });
  if (run.status !== 0) console.error(`bundle: no code cache, the sample run failed: ${run.stderr}`);
} finally {
  rmSync(sample, { recursive: true, force: true });
}
console.error(`bundle: dist/bundle/cli.cjs and ${output.length - 1} lazily loaded parts`);
