/**
 * SRT and WebVTT. Cue text is kept with its offsets (tags removed), cues by the same voice are
 * joined into one turn with a space, so a sentence that runs across cues is one sentence whose
 * positions still point at the cue text.
 */
import { MappedText } from './mapped-text.js';
import type { ParsedTranscript } from './model.js';
import { splitLines, type Line } from './text.js';
import { turnsFromPieces } from './transcription-json.js';
import { readEntity } from './html-entities.js';
import { matchLineLabel, type LabelMatch } from './labels.js';

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

/** The speaker label that opens a cue ("JOHN: text", "- Marie : text"), if any. */
function cueLabel(cue: Cue): LabelMatch | null {
  const first = cue.lines[0];
  if (!first || /^\s*</.test(first.text)) return null;
  const label = matchLineLabel(first.text.replace(/^(?:>>|-)[ \t]{0,4}/, (m) => ' '.repeat(m.length)));
  return label;
}

/**
 * Removes cue tags and decodes entities; `<v Name>` sets the voice until `</v>` or the cue's end.
 * A label that opens the cue names its speaker when `accept` says so.
 */
function cueText(cue: Cue, voice: string | null, accept: (label: LabelMatch) => boolean): Array<{ speaker: string | null; text: MappedText }> {
  const pieces: Array<{ speaker: string | null; text: MappedText }> = [];
  let current = { speaker: voice, text: new MappedText() };
  pieces.push(current);
  const start = (speaker: string | null) => {
    current = { speaker, text: new MappedText() };
    pieces.push(current);
  };
  cue.lines.forEach((line, k) => {
    let text = line.text;
    let base = line.offset;
    // "JOHN: text" or "SPEAKER_00: text" opening a cue names its speaker.
    if (k === 0) {
      const label = cueLabel(cue);
      if (label && accept(label)) {
        start(label.name);
        text = text.slice(label.textStart);
        base += label.textStart;
      }
    }
    if (current.text.size > 0) current.text.appendSynthetic(' ', base);
    let last = 0;
    TAG.lastIndex = 0;
    for (let m = TAG.exec(text); m !== null; m = TAG.exec(text)) {
      appendDecoded(current.text, text.slice(last, m.index), base + last);
      last = m.index + m[0].length;
      const name = (m[2] ?? '').split('.')[0]!.toLowerCase();
      if (name === 'v' && m[1] === '' && m[3]) start(m[3].trim());
      else if (name === 'v' && m[1] === '/') start(voice);
    }
    appendDecoded(current.text, text.slice(last), base + last);
  });
  return pieces;
}

/** Cue text with its character references (&amp; &lt; &nbsp; …) decoded in place. */
function appendDecoded(target: MappedText, text: string, offset: number): void {
  let run = 0;
  for (let k = text.indexOf('&'); k >= 0; k = text.indexOf('&', k + 1)) {
    const e = readEntity(text, k);
    if (!e) continue;
    target.append(text.slice(run, k), offset + run);
    target.appendReplacement(e.value, offset + k, e.length);
    run = k + e.length;
    k = run - 1;
  }
  target.append(text.slice(run), offset + run);
}

const SOUND_NOTE = /^[ \t]{0,8}[[(][^\][()\n]{1,60}[\])][ \t.!]{0,4}$/;

export function parseSubtitles(source: string, format: 'srt' | 'vtt'): ParsedTranscript {
  const pieces: Array<{ speaker: string | null; text: MappedText }> = [];
  let voiced = false;
  let previous: string | null = null;
  const all = cues(source);
  // A strong label (capitals, a role, a diarization id) names a speaker at once; a weak one ("Femi:",
  // "Note:") only when it opens at least two cues, as in speaker-labelled text.
  const opened = new Map<string, number>();
  for (const cue of all) {
    const label = cueLabel(cue);
    if (label && !label.strong) opened.set(label.name, (opened.get(label.name) ?? 0) + 1);
  }
  const accept = (label: LabelMatch) => label.strong || (opened.get(label.name) ?? 0) >= 2;
  for (const cue of all) {
    for (const p of cueText(cue, null, accept)) {
      // A cue that is only a sound note ("[Musique]", "(applause)") is nobody's speech.
      if (SOUND_NOTE.test(p.text.toString())) continue;
      // In a file with voices, a cue without one goes on with the last voice (a caption cut in two).
      if (p.speaker !== null) {
        voiced = true;
        previous = p.speaker;
      } else if (voiced) p.speaker = previous;
      pieces.push(p);
    }
  }
  return { format, turns: turnsFromPieces(pieces), notes: [] };
}
