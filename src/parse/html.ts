/**
 * HTML transcripts (parliamentary records, web pages): one linear scan turns the markup into blocks
 * of styled text whose every character maps back to the file (entities decoded in place). A bold
 * run that opens a paragraph and ends in "." "," or ":" is a speaker label (`<b>M.&nbsp;le
 * président.</b>`, `<b><a>M. Christian Jacob</a>.</b>`); the italic title that follows a comma
 * (`<b>Mme X,</b><i> ministre…</i>`) is not speech; stage directions in parentheses
 * ("(Applaudissements …)") are left out; headings end a turn. Paragraphs without a label continue
 * the current speaker; plain `Name:` labels are read as in text.
 */
import { INTRO_MIN_CHARS, nameUnnamedTurns, TITLE_HEADINGS } from './guest-name.js';
import { MappedText } from './mapped-text.js';
import type { ParsedTranscript, RawTurn } from './model.js';
import { readEntity } from './html-entities.js';
import { displayName, matchLineLabel, roleOfName } from './labels.js';
import { MERGED_TURN_CHARS } from './text.js';
import { appendPiece } from './transcription-json.js';

interface Segment {
  text: MappedText;
  bold: boolean;
  italic: boolean;
}

interface Block {
  /** How it is separated from the block before: a paragraph, or a <br> inside one. */
  kind: 'paragraph' | 'line' | 'heading';
  segments: Segment[];
  /**
   * Opened by an element that holds a speaker's name by its markup: a `<dt>` (`<dt>Name</dt><dd>…`)
   * or an element whose class says so (`<p class="speaker">Name</p>`, "speaker-name", "orateur"…).
   */
  nameTag?: boolean;
}

const BLOCK_TAGS = new Set([
  'p', 'div', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'tr', 'td', 'th', 'table', 'blockquote', 'section', 'article', 'header', 'footer',
  'main', 'nav', 'aside', 'figure', 'figcaption', 'address', 'form', 'hr', 'pre', 'center', 'body', 'html', 'title',
]);
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
/** A class (or role) naming the element as a speaker's name, in the first 300 characters of its tag. */
const SPEAKER_CLASS = /\b(?:class|role|itemprop)[ \t]{0,4}=[ \t]{0,4}["']?[^"'>]{0,200}?\b(?:speaker|speaker-name|spk|interlocutor|locuteur|locutrice|intervenant|intervenante|orateur|oratrice|name)\b/i;
/** Elements whose content is never speech. */
const SKIPPED = new Set(['script', 'style', 'title', 'noscript', 'template', 'svg', 'select', 'button', 'textarea']);

/** Splits HTML into blocks of styled, mapped text. Linear: every step moves forward. */
export function htmlBlocks(source: string): Block[] {
  const blocks: Block[] = [];
  let block: Block = { kind: 'paragraph', segments: [] };
  let bold = 0;
  let italic = 0;
  const flush = (next: Block['kind']) => {
    if (block.segments.length > 0) blocks.push(block);
    block = { kind: next, segments: [] };
  };
  const segment = (): Segment => {
    const last = block.segments[block.segments.length - 1];
    if (last && last.bold === bold > 0 && last.italic === italic > 0) return last;
    const s: Segment = { text: new MappedText(), bold: bold > 0, italic: italic > 0 };
    block.segments.push(s);
    return s;
  };
  const n = source.length;
  let i = 0;
  let textStart = 0;
  const emitText = (from: number, to: number) => {
    let k = from;
    let run = from;
    while (k < to) {
      const c = source.charCodeAt(k);
      if (c === 38 /* & */) {
        const e = readEntity(source, k);
        if (e) {
          if (k > run) appendPlain(segment().text, source.slice(run, k), run);
          segment().text.appendReplacement(e.value, k, e.length);
          k += e.length;
          run = k;
          continue;
        }
      }
      k++;
    }
    if (to > run) appendPlain(segment().text, source.slice(run, to), run);
  };
  while (i < n) {
    const lt = source.indexOf('<', i);
    if (lt < 0) break;
    const next = source.charCodeAt(lt + 1);
    const isTag = (next >= 65 && next <= 90) || (next >= 97 && next <= 122) || next === 47 || next === 33 || next === 63;
    if (!isTag) {
      i = lt + 1;
      continue;
    }
    emitText(textStart, lt);
    if (source.startsWith('<!--', lt)) {
      const end = source.indexOf('-->', lt + 4);
      i = textStart = end < 0 ? n : end + 3;
      continue;
    }
    const gt = source.indexOf('>', lt);
    if (gt < 0) {
      i = textStart = n;
      break;
    }
    const m = /^<(\/?)([A-Za-z][A-Za-z0-9]{0,15})/.exec(source.slice(lt, lt + 20));
    i = textStart = gt + 1;
    if (!m) continue;
    const closing = m[1] === '/';
    const name = m[2]!.toLowerCase();
    if (!closing && SKIPPED.has(name)) {
      const end = source.toLowerCase().indexOf(`</${name}`, gt);
      if (end >= 0) {
        const close = source.indexOf('>', end);
        i = textStart = close < 0 ? n : close + 1;
      }
      continue;
    }
    if (name === 'b' || name === 'strong') bold = Math.max(0, bold + (closing ? -1 : 1));
    else if (name === 'i' || name === 'em') italic = Math.max(0, italic + (closing ? -1 : 1));
    else if (name === 'br') flush('line');
    else if (HEADINGS.has(name)) flush(closing ? 'paragraph' : 'heading');
    else if (BLOCK_TAGS.has(name)) flush('paragraph');
    // An element that opens its block and holds a speaker's name by its markup: a <dt>, or one whose
    // class says so (`<p class="speaker">`, `<div><span class="speaker-name">Name</span></div>`).
    if (!closing && block.segments.length === 0 && (name === 'dt' || SPEAKER_CLASS.test(source.slice(lt, Math.min(gt, lt + 300))))) block.nameTag = true;
  }
  emitText(textStart, n);
  flush('paragraph');
  return blocks;
}

/** Text between tags: line breaks and tabs become spaces (one for one, so offsets stay exact). */
function appendPlain(target: MappedText, text: string, offset: number): void {
  target.append(text.replace(/[\r\n\t]/g, ' '), offset);
}

const STAGE_DIRECTION = /^[\s\u00a0]{0,20}\([^()]{0,500}\)[\s\u00a0.]{0,20}$/;

export function parseHtml(source: string): ParsedTranscript {
  // First pass: each block's label, so that a weak plain label counts only when it recurs.
  const read = htmlBlocks(source).map((block) => {
    const segments = withoutStageDirections(block.segments);
    const bold = boldLabel(segments);
    const body = new MappedText();
    for (const s of bold ? segments.slice(bold.used) : segments) body.appendSlice(s.text);
    const plain = bold || block.kind === 'heading' ? null : matchLineLabel(body.toString());
    return { block, bold, body, plain };
  });
  const counts = new Map<string, number>();
  for (const r of read) if (r.plain) counts.set(r.plain.name, (counts.get(r.plain.name) ?? 0) + 1);
  // A name alone in its block names who speaks in the blocks after it: by its markup (nameTag), or
  // as a bold line of its own (`<p><strong>Name</strong></p>`).
  const alone = read.map(({ block, bold, body }) => (block.kind !== 'heading' && !bold ? nameAlone(block, body.toString()) : null));
  // Bold names alone count when the page is built so: several of them, one at least said twice.
  const boldNames = new Map<string, number>();
  for (const a of alone) if (a && !a.byTag) boldNames.set(a.name, (boldNames.get(a.name) ?? 0) + 1);
  const boldNamesCount = [...boldNames.values()].reduce((a, b) => a + b, 0);
  const namesInBold = boldNamesCount >= 3 && [...boldNames.values()].some((n) => n > 1);

  const turns: RawTurn[] = [];
  // Questions standing alone (a heading, a paragraph all in bold): the interviewer's, and no label
  // of the answers under them, which stay the one guest's when nothing else names a speaker.
  const asked = new Set<RawTurn>();
  let current: RawTurn | null = null;
  for (const [k, { block, bold, body, plain }] of read.entries()) {
    if ((block.kind === 'heading' || (!bold && allBold(block))) && QUESTION_END.test(body.toString())) {
      const question: RawTurn = { speaker: 'Interviewer', question: true, text: trimmed(body) };
      turns.push(question);
      asked.add(question);
      current = null;
      continue;
    }
    if (block.kind === 'heading') {
      current = null;
      continue;
    }
    const named = alone[k];
    if (named && (named.byTag || namesInBold)) {
      current = { speaker: named.name, text: new MappedText() };
      turns.push(current);
      continue;
    }
    // "<b>Question :</b>", "<b>Journaliste :</b>": a role, not a person's name.
    const role = bold ? roleOfName(bold.name) : null;
    let speaker: string | null = bold ? displayName(bold.name, role) : null;
    let speech = body;
    if (plain && (plain.strong || (counts.get(plain.name) ?? 0) > 1)) {
      speaker = plain.name;
      speech = new MappedText().appendSlice(body, plain.textStart);
    }
    const text = speech.toString();
    if (STAGE_DIRECTION.test(text)) continue;
    // A speaker's consecutive paragraphs, each labelled, are one turn (as in plain text).
    if (speaker !== null && !(current !== null && current.speaker === speaker && role === null && !asked.has(current) && current.text.size < MERGED_TURN_CHARS)) {
      current = { speaker, ...(role === 'question' ? { question: true } : role === 'answer' ? { answer: true } : {}), text: new MappedText() };
      turns.push(current);
    } else if (current === null) {
      current = { speaker: null, text: new MappedText() };
      turns.push(current);
    }
    if (!/[\p{L}\p{N}]/u.test(text)) continue;
    appendPiece(current.text, speech, block.kind === 'line' ? '\n' : '\n\n');
  }
  // Once blocks name their speakers, text before the first name (a title, a note on the
  // transcription) is nobody's speech, as in plain text.
  const labelled = turns.some((t) => t.speaker !== null && !asked.has(t));
  const kept = turns.filter((t) => (!labelled || t.speaker !== null) && /[\p{L}\p{N}]/u.test(t.text.toString()));
  // Questions asked and answers unlabelled: the one guest, named by the page's title or intro.
  if (!labelled && asked.size > 0) nameTheGuest(read.map((r) => ({ heading: r.block.kind === 'heading', text: r.body.toString() })), kept);
  return { format: 'html', turns: kept, notes: [] };
}

/** Gives the unnamed turns of `turns` the guest's name, when the blocks before the first question name her. */
function nameTheGuest(blocks: Array<{ heading: boolean; text: string }>, turns: RawTurn[]): void {
  const headings: string[] = [];
  let intro: string | null = null;
  for (const b of blocks) {
    if (QUESTION_END.test(b.text)) break;
    if (b.heading) {
      if (headings.length < TITLE_HEADINGS) headings.push(b.text);
    } else if (intro === null && headings.length > 0 && b.text.trim().length >= INTRO_MIN_CHARS) intro = b.text;
  }
  nameUnnamedTurns(headings, intro, turns);
}

/** A question mark at the end, closing quotes and brackets aside. */
const QUESTION_END = /\?[\s\u00a0"»”’')\]]{0,6}$/;

/** Every visible run of the block is bold: `<p><b>Pourquoi … ?</b></p>`. */
function allBold(block: Block): boolean {
  let any = false;
  for (const s of block.segments) {
    if (!/[^\s\u00a0]/.test(s.text.toString())) continue;
    if (!s.bold) return false;
    any = true;
  }
  return any;
}

/** The text without the blanks around it, positions kept. */
function trimmed(text: MappedText): MappedText {
  const s = text.toString();
  const start = s.search(/[^\s\u00a0]/);
  if (start < 0) return new MappedText();
  // A loop, not /\s*$/: that pattern retries from every blank of a long run (quadratic).
  let end = s.length;
  while (end > start && /[\s\u00a0]/.test(s[end - 1]!)) end--;
  return new MappedText().appendSlice(text, start, end);
}

/**
 * The name a block holds alone (a speaker's name, before the blocks of what they say): by its
 * markup (`byTag`), or as its only text, in bold. Short, starting with a capital, without sentence
 * punctuation; a colon after it is dropped.
 */
function nameAlone(block: Block, text: string): { name: string; byTag: boolean } | null {
  const visible = block.segments.filter((s) => /[^\s\u00a0]/.test(s.text.toString()));
  const byTag = block.nameTag === true;
  if (!byTag && !(visible.length === 1 && visible[0]!.bold)) return null;
  const name = text.replace(/[\s\u00a0]+/g, ' ').trim().replace(/[ ]?[:：]$/, '');
  if (name.length === 0 || name.length > 60 || name.split(' ').length > 6) return null;
  if (!/^[\p{Lu}\p{Lt}[]/u.test(name) || /[.!?;…]$|[!?;]/u.test(name)) return null;
  return { name, byTag };
}

/** What may stand before a bold speaker label: nothing visible, or a time stamp ("09:42", "[00:01:12]"). */
const LEAD_IN = /^[\s\u00a0]{0,8}(?:\[?\d{1,2}(?::\d{2}){1,2}(?:[.,]\d{1,3})?\]?[\s\u00a0]{0,8})?$/;

/**
 * A bold run at the start of a paragraph that reads as a speaker: short, starting with a capital,
 * ending in "." "," or ":" (inside the bold or just after it). After a comma, an italic title
 * ("ministre déléguée…") belongs to the label.
 */
function boldLabel(segments: Segment[]): { name: string; used: number } | null {
  let k = 0;
  // Blank runs, and a time stamp before the name (`<span class="ts">09:42</span> <b>Name :</b>`).
  while (k < segments.length && !segments[k]!.bold && LEAD_IN.test(segments[k]!.text.toString())) k++;
  if (k >= segments.length || !segments[k]!.bold) return null;
  let raw = segments[k]!.text.toString();
  let used = k + 1;
  // "<b>Name</b>: text" or "<b>Name</b>. text": the punctuation right after the bold run.
  const after = segments[used]?.text.toString() ?? '';
  const punct = /^[\s\u00a0]{0,2}[:.,]/.exec(after);
  let cut = 0;
  if (!/[.,:][\s\u00a0]*$/.test(raw)) {
    if (!punct) return null;
    raw += punct[0];
    cut = punct[0].length;
  }
  const name = raw.replace(/[\s\u00a0]+/g, ' ').trim().replace(/[\s.,:]+$/, '');
  if (!/^[\p{Lu}\p{Lt}[]/u.test(name) || name.length > 100 || name.split(' ').length > 12) return null;
  if (/[.!?] \p{Lu}/u.test(name.replace(/\b(?:M|Mme|Mlle|MM|Mmes|Dr|Mr|Mrs|Ms|Pr|St)\. /g, ''))) return null;
  if (cut > 0) {
    // The speech starts after the punctuation: replace that segment by its remainder.
    const s = segments[used]!;
    segments[used] = { ...s, text: new MappedText().appendSlice(s.text, cut) };
  } else if (/,[\s\u00a0]*$/.test(raw) && segments[used]?.italic) {
    used++;
  }
  return { name, used };
}

/**
 * Drops italic parentheses: "(Applaudissements …)", also when split over several italic runs
 * separated by spaces (`<i>(« Nulle ! »</i> <i>sur quelques bancs)</i>`).
 */
function withoutStageDirections(segments: Segment[]): Segment[] {
  const out: Segment[] = [];
  let k = 0;
  while (k < segments.length) {
    const s = segments[k]!;
    if (!s.italic || !/^[\s\u00a0]{0,20}\(/.test(s.text.toString())) {
      out.push(s);
      k++;
      continue;
    }
    // The group: this italic run and the italic (or blank) runs right after it, up to 8.
    let end = k + 1;
    let text = s.text.toString();
    let found = STAGE_DIRECTION.test(text) ? end : -1;
    while (found < 0 && end < segments.length && end - k < 8) {
      const next = segments[end]!;
      const t = next.text.toString();
      if (!next.italic && /[^\s\u00a0]/.test(t)) break;
      text += t;
      end++;
      if (next.italic && STAGE_DIRECTION.test(text)) found = end;
    }
    if (found < 0) {
      out.push(s);
      k++;
    } else k = found;
  }
  return out;
}
