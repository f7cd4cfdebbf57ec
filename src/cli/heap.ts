/**
 * Imported first by cli/main.ts (and so run first in the bundle), before anything allocates. V8
 * allocates objects straight into the old generation ("pretenuring") when most objects of one
 * allocation site survived a young-generation collection. Checking a file turn by turn, a few sites cross that threshold
 * early on (a burst of objects alive at once) and every later token, sentence and mention of the
 * file then goes to the old generation as garbage that only a full collection frees: a 50 MB
 * transcript peaked at ~570 MiB with it and ~310 MiB without, at the same speed. Only the
 * heuristic is switched off; V8 still promotes what survives.
 */
import { setFlagsFromString } from 'node:v8';

setFlagsFromString('--no-allocation-site-pretenuring');
