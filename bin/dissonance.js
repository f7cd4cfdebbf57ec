#!/usr/bin/env node
// The heap setting first: it must apply before the program allocates (see src/cli/heap.ts).
import '../dist/cli/heap.js';
// The bundled CLI (scripts/build-bundle.mjs) when it is at least as new as the compiled modules:
// a bare `tsc` rebuild leaves an older bundle, which must not run stale code. Otherwise, or
// without a bundle, the modules tsc wrote.
import { statSync } from 'node:fs';

const mtime = (path) => statSync(new URL(path, import.meta.url), { throwIfNoEntry: false })?.mtimeMs ?? -1;
const main = mtime('../dist/cli/main.js');
if (main >= 0 && mtime('../dist/bundle/cli.js') >= main) await import('../dist/bundle/cli.js');
else await import('../dist/cli/main.js');
