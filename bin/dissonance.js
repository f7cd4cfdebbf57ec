#!/usr/bin/env node
// The heap setting first: it must apply before the program allocates (see src/cli/heap.ts).
import '../dist/cli/heap.js';
import '../dist/cli/main.js';
