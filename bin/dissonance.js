#!/usr/bin/env node
// CommonJS (bin/package.json), like the bundle it runs: an ES module entry costs Node ~10 ms more
// to start (it sets up its ES module loader), a tenth of what the CLI adds to `node -e 0`.
//
// The bundled CLI (scripts/build-bundle.mjs) when it is at least as new as the compiled modules:
// a bare `tsc` rebuild leaves an older bundle, which must not run stale code. Otherwise, or
// without a bundle, the modules tsc wrote. Both set the heap first (src/cli/heap.ts).
'use strict';
const { readFileSync, statSync, writeFileSync } = require('node:fs');
const { dirname, join } = require('node:path');

const mtime = (path) => statSync(path, { throwIfNoEntry: false })?.mtimeMs ?? -1;
const main = mtime(join(__dirname, '../dist/cli/main.js'));
const bundle = join(__dirname, '../dist/bundle/cli.cjs');
if (main >= 0 && mtime(bundle) >= main) runBundle(bundle, `${bundle}.cache`);
else import('../dist/cli/main.js');

/**
 * Runs the bundle as require() would, compiled with V8's code cache of it when the build left one
 * at least as new as the bundle: compiling the bundle's ~330 KB and the functions a run calls was
 * ~15 ms of every start-up. V8 checks that the cache fits this Node, V8 and flags, and compiles
 * from source when it does not; the build writes the cache with DISSONANCE_CODE_CACHE=write.
 */
function runBundle(file, cacheFile) {
  // Before compiling: the heap setting of src/cli/heap.ts (which the bundle makes again, to no
  // effect), since V8 accepts a code cache only under the flags it was made with.
  require('node:v8').setFlagsFromString('--no-allocation-site-pretenuring');
  const Module = require('node:module');
  const vm = require('node:vm');
  const write = process.env.DISSONANCE_CODE_CACHE === 'write';
  const cachedData = !write && mtime(cacheFile) >= mtime(file) ? readFileSync(cacheFile) : undefined;
  const script = new vm.Script(Module.wrap(readFileSync(file, 'utf8')), { filename: file, cachedData });
  // import() inside a script compiled from a code cache fails in Node 20 (the cache drops its
  // loader): the bundle loads its ES modules (chalk, ora) through this function instead.
  globalThis[Symbol.for('dissonance.importEsm')] = (id) => import(id);
  const mod = new Module(file, module);
  mod.filename = file;
  // In require's cache, as require() puts it: the lazily loaded parts require it back.
  require.cache[file] = mod;
  if (write) process.on('exit', () => writeFileSync(cacheFile, script.createCachedData()));
  script.runInThisContext().call(mod.exports, mod.exports, Module.createRequire(file), mod, file, dirname(file));
  mod.loaded = true;
}
