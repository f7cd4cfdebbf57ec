/**
 * Markdown talk notes: front matter and code blocks are skipped, headings that ask a question are
 * the interviewer's, other headings are titles (not statements); bold and list speaker labels are
 * read by the text parser. Markup characters are left in place (positions stay exact) and are
 * ignored by the tokenizer.
 */
import { guestName, INTRO_MIN_CHARS, nameUnnamedTurns, TITLE_HEADINGS } from './guest-name.js';
import { MappedText } from './mapped-text.js';
import type { ParsedTranscript, RawTurn } from './model.js';
import { matchLineLabel } from './labels.js';
import { blankInlineTags, splitLines, turnsFromLines, type Line } from './text.js';

// The body is taken whole and its closing "#"s and spaces are cut by hand: "(.*?)[ \t#]*$" retried
// the tail from every space of a long heading (quadratic).
const HEADING = /^ {0,3}(#{1,6})[ \t]+(.*)$/;

/** `text` without the trailing characters in `chars` (a loop: /[…]*$/ is quadratic on long runs). */
function trimEndOf(text: string, chars: string): string {
  let e = text.length;
  while (e > 0 && chars.includes(text[e - 1]!)) e--;
  return text.slice(0, e);
}
const FENCE = /^ {0,3}(```|~~~)/;

/** A whole line in bold (or underscores) that ends with a question mark, closing quotes aside. */
const BOLD_QUESTION = /^ {0,3}(\*\*|__)(?![ \t])([^*_\n]{1,400}\?[ \t"»”’)]{0,4})\1[ \t]*$/;
/**
 * A whole line in bold that ends like a sentence ("**Le prix de l'or a beaucoup augmenté…**"): in an
 * interview whose questions are in bold, a prompt of the interviewer's without a question mark.
 */
const BOLD_PROMPT = /^ {0,3}(\*\*|__)(?![ \t])([^*_\n]{1,400}(?:…|\.)[ \t"»”’)]{0,4})\1[ \t]*$/;
/** Bold questions that make a document an interview laid out so. */
const BOLD_QUESTIONS_FOR_PROMPTS = 2;
/** A prompt is a sentence: a bold line of fewer words is a section title ("**Le parcours.**"). */
const BOLD_PROMPT_WORDS = 4;

/**
 * The interviewer's question turn for `body`, a part of `line` (a heading's text or a bold line's):
 * its "Q :" label and the trailing characters in `trim` left out.
 */
function questionTurn(source: string, line: Line, body: string, trim = ' \t'): RawTurn {
  const labelled = /^(?:Q|Question|Questions)\s{0,3}[:.]\s{0,3}/i.exec(body);
  const start = line.offset + line.text.indexOf(body) + (labelled ? labelled[0].length : 0);
  const text = trimEndOf(source.slice(start, line.offset + line.text.indexOf(body) + body.length), trim);
  const turn: RawTurn = { speaker: 'Interviewer', question: true, text: MappedText.identity(text, start) };
  headingTurns.add(turn);
  return turn;
}

/**
 * Notes of a talk that name their speaker at the top ("*Speaker: Gareth Pryce, farrier*",
 * "Intervenante : Odile Ferrand") and quote her in blockquotes ('> "Take one full day off every
 * week."'): each quoted paragraph is her turn, and the note-taker's prose between them ends it
 * ("He recommended a physio" is no statement of hers, nor her words a student's after a "Q:").
 * Only paragraphs that open on a quotation mark are taken as speech: a blockquote may also hold
 * a slide or a citation.
 */
function quoteNotes(kept: QuotableLine[], extra: Map<number, RawTurn>): string | null {
  let name: string | null = null;
  // Named at the top, before the first quote.
  for (let k = 0; k < kept.length && k < 20 && name === null && !kept[k]!.quoted; k++) {
    const m = DECLARED_SPEAKER.exec(kept[k]!.text) ?? TITLE_SPEAKER.exec(kept[k]!.text) ?? NOTES_FROM.exec(kept[k]!.text);
    if (m) name = m[1]!.trim();
  }
  // Or as a guest in a heading ('## "Ink, Lead and Stubbornness": Ruth Okafor, Halfpenny Press'),
  // when the notes speak of her by name.
  if (name === null) {
    const headings: string[] = [];
    for (let k = 0; k < kept.length && k < 20 && !kept[k]!.quoted; k++) {
      const h = HEADING.exec(kept[k]!.text);
      if (h) headings.push(trimEndOf(h[2]!, ' \t#'));
    }
    if (headings.length > 0) name = guestName(headings, null, kept.slice(0, NOTES_READ_FOR_NAME).map((l) => l.text).join('\n'));
  }
  if (name === null) return null;
  // Notes that never open a quote on a quotation mark quote their speaker in bare blockquotes.
  let marked = false;
  for (let k = 0; k < kept.length && !marked; k++) if (kept[k]!.quoted === true && SPEECH_OPENING.test(kept[k]!.text)) marked = true;
  const starts: number[] = [];
  const ends: number[] = [];
  let prevQuoted = false;
  let paragraph = true;
  for (let k = 0; k < kept.length; k++) {
    const line = kept[k]!;
    if (isBlankLine(line.text)) {
      paragraph = true;
      continue;
    }
    // (Blockquote markers are blanked already: blankQuoteMarkers marked the line.)
    const quoted = line.quoted === true;
    const unlabelled = extra.get(k) === undefined && matchLineLabel(line.text) === null;
    // Each quoted paragraph is a turn of its own: a quote that spans its turn is the speaker's
    // speech, not a citation (see quoteSpans in the classifier).
    if (quoted && (paragraph || !prevQuoted) && unlabelled && (!marked || SPEECH_OPENING.test(line.text))) {
      starts.push(k);
    } else if (!quoted && prevQuoted && unlabelled) ends.push(k);
    prevQuoted = quoted;
    paragraph = false;
  }
  // One quoted paragraph is an epigraph; notes quote their speaker again and again.
  if (starts.length < 2) return null;
  for (const k of starts) {
    const line = kept[k]!;
    const at = line.text.search(/\S/);
    kept[k] = { text: line.text, offset: line.offset, label: { start: at, textStart: at, name, role: null, strong: true } };
  }
  // The note-taker's prose after a quote: nobody's (a title does the same, see parseMarkdown).
  for (const k of ends) extra.set(k, { speaker: null, text: new MappedText() });
  return name;
}

/** The name text labels give an "A:" answer (see matchLineLabel). */
const ANSWERER = 'Respondent';
/** A line that opens on a question label ("**Q:**", "- Q :", "Question :"). */
const QUESTION_LABEL = /^[ \t]{0,3}(?:[-*+][ \t]{1,3})?[*_]{0,2}(?:Q|Question)[*_]{0,2}[ \t]{0,2}[:.][*_]{0,2}[ \t]/;
/** An answer label after the question's mark on the same line: group 1 runs up to it. */
const INLINE_ANSWER = /^(.{1,500}?\?[ \t"»”’)]{0,4})(?=[*_]{0,2}(?:A|R|Réponse|Answer)[*_]{0,2}[ \t]{0,2}:[*_]{0,2}[ \t])/;

/** Lines of the notes in which a name found in a heading must come back. */
const NOTES_READ_FOR_NAME = 200;

/** A capitalised name of 1 + `min` to 4 words, particles allowed between them ("Odile de la Tour"). */
function nameOf(min: number): string {
  const word = String.raw`\p{Lu}[\p{L}\p{M}'’.\-]{0,30}`;
  return String.raw`${word}(?:[ \t\u00a0]{1,2}(?:(?:de|du|des|d'|d’|van|von|le|la)[ \t\u00a0]{1,2})?${word}){${min},3}`;
}

/** "Speaker: Gareth Pryce, …", "*Intervenante : Odile Ferrand*": the name of the one speaker the notes quote. */
const DECLARED_SPEAKER = new RegExp(String.raw`^[ \t]{0,3}[*_]{0,2}(?:Speaker|Talk by|Presenter|Intervenante?|Orat(?:eur|rice)|Conférenci(?:er|ère))[*_]{0,2}[ \t\u00a0]{0,2}[:：—–-][*_]{0,2}[ \t\u00a0]{0,3}(${nameOf(0)})`, 'u');
/** A person's name of 2 to 4 words (a title or an intro says it in full). */
const NAME = nameOf(1);
/** A title that names the speaker after a dash: "# Talk notes: "Spreadsheets are stories too" — Aisha Rahman, DataFest 2024". */
const TITLE_SPEAKER = new RegExp(String.raw`^[ \t]{0,3}#{1,3}[ \t][^\n—–]{1,200}[ \t][—–][ \t]{1,2}(${NAME})[ \t]*(?:,|\(|$)`, 'u');
/** "My notes from Aisha Rahman's keynote", "notes de la conférence de Odile Ferrand". */
const NOTES_FROM = new RegExp(String.raw`(?:notes (?:from|on)|notes de la (?:conférence|keynote|présentation) d[e'’][ \t]?)[ \t]{0,2}(${NAME})(?:['’]s[ \t](?:keynote|talk|session|presentation|lecture)|[ \t]*[,.(*]|$)`, 'u');
/** A quoted paragraph that opens on a quotation mark: speech, not a slide or a citation. */
const SPEECH_OPENING = /^[ \t]{0,12}["“«„]/;


/** Gives the unnamed turns the name that the headings or the intro before the first question give. */
function nameTheGuest(lines: Line[], turns: RawTurn[]): void {
  const headings: string[] = [];
  let intro: string | null = null;
  for (const line of lines) {
    const h = HEADING.exec(line.text);
    const text = h ? trimEndOf(h[2]!, ' \t#') : line.text;
    // (Only the line's end is tested: a pattern with a run at the end retries from every "?".)
    if (/\?[\s*_"»”’)]*$/.test(text.slice(-12))) break;
    if (h) {
      if (headings.length < TITLE_HEADINGS) headings.push(text);
    } else if (intro === null && headings.length > 0 && text.trim().length >= INTRO_MIN_CHARS) intro = text;
    if (headings.length >= TITLE_HEADINGS && intro !== null) break;
  }
  nameUnnamedTurns(headings, intro, turns);
}

function isBlankLine(text: string): boolean {
  return /^[ \t\u00a0>]*$/.test(text);
}

/** Blockquote markers at the start of a line: "> **Q:** …" (a newsletter's interview layout), "> > …". */
const QUOTE_MARKERS = /^ {0,3}>(?:[ \t]{0,4}>)*[ \t]?/;

/**
 * The line with its blockquote markers made spaces (positions stay exact), so that a label after
 * them ("> **Q:** Where do the stories come from?") opens a turn as it does without them. Quoted
 * lines without a label stay with the turn they are in, as they did with the markers.
 */
function blankQuoteMarkers(line: Line): QuotableLine {
  const m = QUOTE_MARKERS.exec(line.text);
  return m ? { text: ' '.repeat(m[0].length) + line.text.slice(m[0].length), offset: line.offset, quoted: true } : line;
}

/** A kept line, marked when it was inside a blockquote. */
type QuotableLine = Line & { quoted?: boolean };

export function parseMarkdown(source: string): ParsedTranscript {
  const lines = splitLines(source);
  const kept: QuotableLine[] = [];
  const extra = new Map<number, RawTurn>();
  let i = 0;
  // YAML front matter: only at the very top.
  if (lines[0]?.text.replace(/^\uFEFF/, '') === '---') {
    let j = 1;
    while (j < lines.length && !/^(---|\.\.\.)\s*$/.test(lines[j]!.text)) j++;
    if (j < lines.length) i = j + 1;
  }
  let boldQuestions = 0;
  for (let j = i; j < lines.length && boldQuestions < BOLD_QUESTIONS_FOR_PROMPTS; j++) if (BOLD_QUESTION.test(lines[j]!.text)) boldQuestions++;
  const prompts = boldQuestions >= BOLD_QUESTIONS_FOR_PROMPTS;
  let fence: string | null = null;
  const nameHeadings: Array<{ at: number; name: string; line: Line }> = [];
  let titles = 0;
  for (; i < lines.length; i++) {
    const line = lines[i]!;
    const f = FENCE.exec(line.text);
    if (fence) {
      if (f && f[1] === fence) fence = null;
      continue;
    }
    if (f) {
      fence = f[1]!;
      continue;
    }
    // Raw HTML lines (<details>, <summary>, comments) carry no speech.
    if (/^\s*<\/?[a-zA-Z!][^>]{0,200}>\s*$/.test(line.text)) continue;
    // "**Depuis combien de temps … ?**" alone on its line: the press interview's layout, questions
    // in bold and answers under them. Asked by the interviewer, as a question heading is.
    const question = BOLD_QUESTION.exec(line.text);
    const prompt = question === null && prompts ? BOLD_PROMPT.exec(line.text) : null;
    const bold = question ?? (prompt !== null && prompt[2]!.trim().split(/\s+/).length >= BOLD_PROMPT_WORDS ? prompt : null);
    if (bold) {
      extra.set(kept.length, questionTurn(source, line, bold[2]!));
      kept.push(line);
      continue;
    }
    const h = HEADING.exec(line.text);
    if (h) {
      const body = trimEndOf(h[2]!, ' \t#');
      // A question ends the heading ("### Pourquoi … ?"); a quoted title that asks one does not
      // ("## « Transmettre ou protéger ? » avec Inès Caradec").
      if (/\?[\s"»”’)]*$/.test(body.slice(-12))) {
        // "## Q : …?" or "### Pourquoi …?": the interviewer asks.
        extra.set(kept.length, questionTurn(source, line, body, ' \t#'));
        kept.push(line);
      } else {
        // A title ends the current turn without being said by anyone.
        extra.set(kept.length, { speaker: null, text: new MappedText() });
        titles++;
        const bodyStart = line.text.indexOf(body);
        const label = matchLineLabel(body + ':');
        // "### Hélène Vasseur", "## Maxime (animateur)": perhaps a speaker's name over what they say.
        if (label && label.textStart === body.length + 1) nameHeadings.push({ at: kept.length, name: label.name, line: { text: body + ':', offset: line.offset + bodyStart } });
        kept.push(line);
      }
      continue;
    }
    // "- **Q:** Avid or Premiere? **A:** Whatever the production pays for.": a question and its
    // answer on one line are two turns.
    const inline = INLINE_ANSWER.exec(line.text);
    if (inline && QUESTION_LABEL.test(line.text)) {
      const at = inline.index + inline[1]!.length;
      kept.push(blankInlineTags(blankQuoteMarkers({ text: line.text.slice(0, at), offset: line.offset })));
      kept.push(blankInlineTags({ text: line.text.slice(at), offset: line.offset + at }));
      continue;
    }
    kept.push(blankInlineTags(blankQuoteMarkers(line)));
  }
  const quoted = quoteNotes(kept, extra);
  // Headings that are names name the speakers when one of them recurs: the heading becomes the
  // label of the paragraphs under it. A document whose headings are its sections ("## Contexte")
  // keeps them as titles.
  if (speakerHeadings(nameHeadings, titles)) {
    for (const h of nameHeadings) {
      extra.delete(h.at);
      kept[h.at] = h.line;
    }
  }
  const turns = attributeHeadingQuestions([...turnsFromLines(() => kept, extra)]);
  // The notes' "A:" answers are the one speaker they quote ("**Q:** Avid or Premiere? **A:** …").
  if (quoted !== null) for (const t of turns) if (t.speaker === ANSWERER) t.speaker = quoted;
  // Nobody labelled: the one voice, named by the title or the intro ("# Hélène Vautrin, doreuse : …").
  if (!turns.some((t) => t.speaker !== null && !t.question)) nameTheGuest(lines, turns);
  return { format: 'markdown', turns, notes: [] };
}

/**
 * A transcript laid out by speaker: two names at least head two parts each (host and guest speak
 * more than once; a document's sections seldom come back), and name headings are most headings.
 */
function speakerHeadings(headings: ReadonlyArray<{ name: string }>, titles: number): boolean {
  if (headings.length * 2 < titles) return false;
  const counts = new Map<string, number>();
  for (const h of headings) counts.set(h.name, (counts.get(h.name) ?? 0) + 1);
  let recurring = 0;
  for (const n of counts.values()) if (n >= 2) recurring++;
  return recurring >= 2;
}

/**
 * Question headings are asked by the host. When exactly one named speaker never answers a
 * heading (the guests do), that speaker is the host and the headings are theirs; otherwise they
 * stay with an anonymous "Interviewer".
 */
/** Turns made from question headings (a WeakSet: no field on the shared RawTurn type). */
const headingTurns = new WeakSet<RawTurn>();

function attributeHeadingQuestions(turns: RawTurn[]): RawTurn[] {
  const headings = new Set(turns.filter((t) => headingTurns.has(t)));
  if (headings.size === 0) return turns;
  // How often each named speaker opens the turn right after a heading (guests answer headings).
  const answers = new Map<string, number>();
  const asking = new Set<string>();
  turns.forEach((t, i) => {
    if (t.speaker === null || headings.has(t) || t.speaker === 'Interviewer') return;
    const prev = turns[i - 1];
    answers.set(t.speaker, (answers.get(t.speaker) ?? 0) + (prev && headings.has(prev) ? 1 : 0));
    if (/\?(?:[\s»"”]|$)/.test(t.text.toString())) asking.add(t.speaker);
  });
  // The host asks questions of their own and answers (almost) no heading, fewer than any other asker.
  const ranked = [...answers].filter(([n]) => asking.has(n)).sort((a, b) => a[1] - b[1]);
  const [host, next] = ranked;
  if (host && host[1] * 3 <= headings.size && (!next || host[1] < next[1])) {
    for (const h of headings) h.speaker = host[0];
  }
  return turns;
}
