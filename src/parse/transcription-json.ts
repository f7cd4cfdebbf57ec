/**
 * Transcription-service JSON. Each reader turns the service's structure into turns whose text maps
 * to the strings inside the JSON file.
 *   whisper-json: OpenAI Whisper / whisper-timestamped: `segments[].text`, else `text`.
 *   whisperx-json: WhisperX, diarized: `segments[].speaker` ("SPEAKER_00").
 *   deepgram-json: `results.utterances[]` with a numeric `speaker` ("Speaker 0"), else
 *     `results.channels[0].alternatives[0]` (paragraphs with speakers when diarized, else `transcript`).
 *   assemblyai-json: `utterances[].speaker` letters ("Speaker A"), else `text`.
 */
import { MappedText } from './mapped-text.js';
import type { ParsedTranscript, RawTurn } from './model.js';
import { arr, obj, parseJsonWithPositions, str, type JsonValue } from './json-positions.js';
import { InputError } from '../read/errors.js';

export type JsonReader = (root: JsonValue) => ParsedTranscript | null;

interface Piece {
  speaker: string | null;
  text: MappedText;
}

/** Consecutive pieces by the same speaker form one turn; pieces are joined by a space. */
export function turnsFromPieces(pieces: Piece[]): RawTurn[] {
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

/** Appends a mapped piece, trimmed, after a separator (mapped to the piece's start) when the target has text. */
export function appendPiece(target: MappedText, piece: MappedText, separator = ' '): void {
  const s = piece.toString();
  const lead = /^[\s\u00a0]*/u.exec(s)![0].length;
  // Trailing spaces by hand: /[\s]*$/ retries from every space of a long inner run (quadratic).
  let end = s.length;
  while (end > lead && /\s/.test(s[end - 1]!)) end--;
  const trail = s.length - end;
  if (lead >= s.length) return;
  if (target.size > 0) target.appendSynthetic(separator, piece.toOriginal(lead));
  target.appendSlice(piece, lead, s.length - trail);
}

const result = (format: string, pieces: Piece[]): ParsedTranscript => ({ format, turns: turnsFromPieces(pieces), notes: [] });

/** A speaker id as people read it: numbers and letters become "Speaker 0", "Speaker A". */
function speakerName(v: JsonValue | undefined): string | null {
  if (typeof v === 'number' && Number.isFinite(v)) return `Speaker ${v}`;
  const s = str(v)?.value.trim();
  if (!s) return null;
  return /^(?:\d{1,4}|[A-Z]{1,2})$/.test(s) ? `Speaker ${s}` : s;
}

const whisper: JsonReader = (root) => {
  const o = obj(root);
  if (!o) return null;
  const segments = arr(o.segments);
  if (segments && segments.length > 0) {
    let diarized = false;
    const pieces = segments.flatMap((s) => {
      const seg = obj(s);
      const text = str(seg?.text);
      if (!seg || !text) return [];
      const speaker = str(seg.speaker)?.value ?? null;
      if (speaker !== null) diarized = true;
      return [{ speaker, text: text.mapped }];
    });
    // WhisperX leaves a segment it could not assign without a speaker: it keeps the previous one.
    if (diarized) {
      let prev: string | null = null;
      for (const p of pieces) {
        if (p.speaker === null) p.speaker = prev;
        else prev = p.speaker;
      }
    }
    if (pieces.length > 0) return result(diarized || 'word_segments' in o ? 'whisperx-json' : 'whisper-json', pieces);
  }
  const text = str(o.text);
  if (text && !('utterances' in o)) return result('whisper-json', [{ speaker: null, text: text.mapped }]);
  return null;
};

const deepgram: JsonReader = (root) => {
  const results = obj(obj(root)?.results);
  if (!results) return null;
  const utterances = arr(results.utterances);
  if (utterances && utterances.length > 0) {
    const pieces = utterances.flatMap((u) => {
      const o = obj(u);
      const text = str(o?.transcript);
      return o && text ? [{ speaker: speakerName(o.speaker), text: text.mapped }] : [];
    });
    if (pieces.length > 0) return result('deepgram-json', pieces);
  }
  const alt = obj(arr(obj(arr(results.channels)?.[0])?.alternatives)?.[0]);
  if (!alt) return null;
  // Diarized without utterances: paragraphs carry the speaker, sentences the text.
  const paragraphs = arr(obj(alt.paragraphs)?.paragraphs);
  if (paragraphs && paragraphs.length > 0) {
    const pieces: Piece[] = [];
    for (const p of paragraphs) {
      const po = obj(p);
      const speaker = po && 'speaker' in po ? speakerName(po.speaker) : null;
      for (const s of arr(po?.sentences) ?? []) {
        const text = str(obj(s)?.text);
        if (text) pieces.push({ speaker, text: text.mapped });
      }
    }
    if (pieces.length > 0) return result('deepgram-json', pieces);
  }
  const transcript = str(alt.transcript);
  return transcript ? result('deepgram-json', [{ speaker: null, text: transcript.mapped }]) : null;
};

const assemblyai: JsonReader = (root) => {
  const o = obj(root);
  if (!o) return null;
  const utterances = arr(o.utterances);
  const known = 'acoustic_model' in o || 'language_model' in o || 'speaker_labels' in o || 'audio_url' in o;
  if (utterances && utterances.length > 0) {
    const pieces = utterances.flatMap((u) => {
      const uo = obj(u);
      const text = str(uo?.text);
      return uo && text ? [{ speaker: speakerName(uo.speaker), text: text.mapped }] : [];
    });
    if (pieces.length > 0) return result('assemblyai-json', pieces);
  }
  const text = str(o.text);
  return known && text ? result('assemblyai-json', [{ speaker: null, text: text.mapped }]) : null;
};

/** Readers tried in order; the first that recognises the structure wins. */
export const JSON_READERS: JsonReader[] = [deepgram, assemblyai, whisper];

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
