#!/usr/bin/env node
// CommonJS (bin/package.json), like the bundle it runs: an ES module entry costs Node ~10 ms more
// to start (it sets up its ES module loader), a tenth of what the CLI adds to `node -e 0`.
//
// The bundled CLI (scripts/build-bundle.mjs) when it is at least as new as the compiled modules:
// a bare `tsc` rebuild leaves an older bundle, which must not run stale code. Otherwise, or
// without a bundle, the modules tsc wrote. Both set the heap first (src/cli/heap.ts).
'use strict';
const { statSync } = require('node:fs');
const { join } = require('node:path');

const mtime = (path) => statSync(join(__dirname, path), { throwIfNoEntry: false })?.mtimeMs ?? -1;
const main = mtime('../dist/cli/main.js');
if (main >= 0 && mtime('../dist/bundle/cli.cjs') >= main) require('../dist/bundle/cli.cjs');
else import('../dist/cli/main.js');
