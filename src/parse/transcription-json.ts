/**
 * Transcription-service JSON. Each reader turns the service's structure into turns whose text maps
 * to the strings inside the JSON file.
 *   whisper-json: OpenAI Whisper / whisper-timestamped / WhisperX: `segments[].text` (`speaker` when
 *   diarized), else `text`.
 */
import { MappedText } from './mapped-text.js';
import type { ParsedTranscript, RawTurn } from './model.js';
import { arr, obj, parseJsonWithPositions, str, type JsonValue } from './json-positions.js';
import { InputError } from '../read/errors.js';

export type JsonReader = (root: JsonValue) => ParsedTranscript | null;

/** Consecutive pieces by the same speaker form one turn; pieces are joined by a space. */
export function turnsFromPieces(pieces: Array<{ speaker: string | null; text: MappedText }>): RawTurn[] {
  const turns: RawTurn[] = [];
  let last: RawTurn | null = null;
  for (const p of pieces) {
    if (!/[\p{L}\p{N}]/u.test(p.text.toString())) continue;
    if (!last || last.speaker !== p.speaker) {
      last = { speaker: p.speaker, text: new MappedText() };
      turns.push(last);
    }
    appendPiece(last.text, p.text);
  }
  return turns;
}

/** Appends a mapped piece, trimmed, with one joining space (mapped to the piece's start). */
export function appendPiece(target: MappedText, piece: MappedText): void {
  const s = piece.toString();
  const lead = /^[\s\u00a0]*/u.exec(s)![0].length;
  const trail = /[\s\u00a0]*$/u.exec(s)![0].length;
  if (lead >= s.length) return;
  if (target.size > 0) target.appendSynthetic(' ', piece.toOriginal(lead));
  // Copy run by run so every character keeps its own original offset.
  const runs = piece.runs;
  for (let r = 0; r < runs.length; r++) {
    const from = Math.max(runs[r]!.at, lead);
    const to = Math.min(r + 1 < runs.length ? runs[r + 1]!.at : s.length, s.length - trail);
    if (to > from && runs[r]!.orig >= 0) target.append(s.slice(from, to), runs[r]!.orig + (from - runs[r]!.at));
  }
}

const whisper: JsonReader = (root) => {
  const o = obj(root);
  if (!o) return null;
  const segments = arr(o.segments);
  if (segments && segments.length > 0) {
    const pieces = segments.flatMap((s) => {
      const seg = obj(s);
      const text = str(seg?.text);
      if (!seg || !text) return [];
      const speaker = str(seg.speaker)?.value ?? null;
      return [{ speaker, text: text.mapped }];
    });
    if (pieces.length > 0) return { format: 'whisper-json', turns: turnsFromPieces(pieces), notes: [] };
  }
  const text = str(o.text);
  if (text) return { format: 'whisper-json', turns: turnsFromPieces([{ speaker: null, text: text.mapped }]), notes: [] };
  return null;
};

/** Readers tried in order; the first that recognises the structure wins. */
export const JSON_READERS: JsonReader[] = [whisper];

export function parseTranscriptionJson(source: string): ParsedTranscript {
  let root: JsonValue;
  try {
    root = parseJsonWithPositions(source);
  } catch (err) {
    throw new InputError(`not valid JSON (${(err as Error).message})`);
  }
  for (const read of JSON_READERS) {
    const parsed = read(root);
    if (parsed) return parsed;
  }
  throw new InputError('JSON without a transcript this tool knows (Whisper, WhisperX, Deepgram, AssemblyAI)');
}
