/**
 * SRT and WebVTT. Cue text is kept with its offsets (tags removed), cues by the same voice are
 * joined into one turn with a space, so a sentence that runs across cues is one sentence whose
 * positions still point at the cue text.
 */
import { MappedText } from './mapped-text.js';
import type { ParsedTranscript } from './model.js';
import { splitLines, type Line } from './text.js';
import { turnsFromPieces } from './transcription-json.js';

const TIMING = /^\s{0,4}(?:\d{1,3}:)?\d{1,2}:\d{2}[.,]\d{1,3}\s{1,4}-->\s{1,4}(?:\d{1,3}:)?\d{1,2}:\d{2}[.,]\d{1,3}/;
const TAG = /<(\/?)([a-zA-Z0-9.]{1,40})(?:[ \t]([^>\n]{0,200}))?>|<[0-9:.]{5,16}>/g;

interface Cue {
  lines: Line[];
}

function cues(source: string): Cue[] {
  const lines = splitLines(source);
  const out: Cue[] = [];
  let i = 0;
  while (i < lines.length) {
    if (!TIMING.test(lines[i]!.text)) {
      i++;
      continue;
    }
    i++;
    const cueLines: Line[] = [];
    while (i < lines.length && lines[i]!.text.trim() !== '') {
      // A timing line without the blank line before it starts the next cue.
      if (TIMING.test(lines[i]!.text)) break;
      cueLines.push(lines[i]!);
      i++;
    }
    // Drop a trailing cue number that belongs to the next SRT block.
    out.push({ lines: cueLines });
  }
  return out;
}

/** Removes cue tags; `<v Name>` sets the voice for what follows. */
function cueText(cue: Cue, voice: string | null): Array<{ speaker: string | null; text: MappedText }> {
  const pieces: Array<{ speaker: string | null; text: MappedText }> = [];
  let current = { speaker: voice, text: new MappedText() };
  pieces.push(current);
  for (const line of cue.lines) {
    if (current.text.size > 0) current.text.appendSynthetic(' ', line.offset);
    let last = 0;
    TAG.lastIndex = 0;
    for (let m = TAG.exec(line.text); m !== null; m = TAG.exec(line.text)) {
      current.text.append(line.text.slice(last, m.index), line.offset + last);
      last = m.index + m[0].length;
      const name = (m[2] ?? '').split('.')[0]!.toLowerCase();
      if (name === 'v' && m[1] === '' && m[3]) {
        current = { speaker: m[3].trim(), text: new MappedText() };
        pieces.push(current);
      }
    }
    current.text.append(line.text.slice(last), line.offset + last);
  }
  return pieces;
}

export function parseSubtitles(source: string, format: 'srt' | 'vtt'): ParsedTranscript {
  const pieces: Array<{ speaker: string | null; text: MappedText }> = [];
  for (const cue of cues(source)) {
    // A voice span without </v> lasts to the end of its cue; a cue without a voice has none.
    pieces.push(...cueText(cue, null));
  }
  return { format, turns: turnsFromPieces(pieces), notes: [] };
}
