/**
 * Speaker labels in speaker-labelled text: `Nom :`, `NOM:`, `**Nom :**`, `— Nom :`, `Q:`/`A:`,
 * `Question :`/`Réponse :`, `[SPEAKER_00]:`, `[00:01:12] Name:`, `[43.48, 46.12] - SPEAKER_00:`,
 * `Speaker 1:`. Things that look like labels but are not (`Extrait 1 :`, `Note :`, times, list
 * headings, discourse words such as `Bref :`) are refused.
 */

import { isSpaceCode } from './chars.js';

export type Role = 'question' | 'answer' | null;

/** Read-only: one verdict object is shared by every line with the same label. */
export interface LabelMatch {
  /** Offset (in the line) where the label starts and where the speech after it starts. */
  readonly start: number;
  readonly textStart: number;
  readonly name: string;
  readonly role: Role;
  /** How sure we are that this is a speaker: roles, timestamps and capitals are strong. */
  readonly strong: boolean;
}

// Bounded quantifiers only: every part has a fixed maximum length, so matching a line is linear.
const PREFIX = String.raw`^[ \t]{0,8}(?:[-*•–—][ \t]{1,4})?(?:\[[0-9:.,\s]{1,30}\][ \t]{0,4}(?:-[ \t]{0,4})?)?`;
const labelPattern = (upper: string, letter: string, letterOrDigit: string): string =>
  `${PREFIX}(?:\\*\\*|__)?\\[?(?<name>[${upper}][${letter}.'’\\-]{0,30}(?:[ \\t\\u00a0_][${letterOrDigit}.'’\\-]{1,30}){0,4})\\]?` +
  `(?:\\*\\*|__)?[ \\t\\u00a0\\u202f]{0,3}(?:\\([^)\\n]{0,40}\\)[ \\t]{0,3})?[:：](?:\\*\\*|__)?(?=[\\s\\u00a0\\u202f]|$)[ \\t\\u00a0\\u202f]{0,8}(?:\\*\\*|__)?[ \\t]{0,4}`;
/** The label pattern: a name that starts with a capital, of letters, marks, digits and . ' ’ - */
export const LINE_LABEL = new RegExp(labelPattern('\\p{Lu}\\p{Lt}', '\\p{L}\\p{M}', '\\p{L}\\p{M}\\p{N}'), 'u');
/**
 * The same pattern with its Unicode classes cut down to Latin-1 (letters, marks and digits below
 * U+0100). Compiling the Unicode classes took ~8 ms of a ~270 ms start-up, for lines that are
 * almost always Latin-1: on such lines both give the same match (see labelAt).
 */
const LATIN_LINE_LABEL = new RegExp(labelPattern('A-ZÀ-ÖØ-Þ', 'A-Za-zªµºÀ-ÖØ-öø-ÿ', 'A-Za-zªµºÀ-ÖØ-öø-ÿ0-9²³¹¼-¾'));
/** No match of the pattern reads further than this into a line (its parts' bounds, summed, and one more). */
const LABEL_REACH = 300;

/** Only characters on which the Latin-1 pattern and the Unicode one agree, in line[0, to). */
function latinOnly(line: string, to: number): boolean {
  for (let i = 0; i < to; i++) {
    const c = line.charCodeAt(i);
    if (c >= 0x100 && c !== 0x2019 && c !== 0x2022 && c !== 0x2013 && c !== 0x2014 && c !== 0xff1a && !isSpaceCode(c)) return false;
  }
  return true;
}

/**
 * LINE_LABEL.exec(line), compiling the Unicode pattern only for lines that need it. A Latin-1
 * match over Latin-1 characters is the Unicode match (every choice the pattern made was on
 * characters both classes treat alike); when the Latin-1 pattern fails on a line whose reachable
 * part is Latin-1, the Unicode one fails too.
 */
export function labelAt(line: string): RegExpExecArray | null {
  const m = LATIN_LINE_LABEL.exec(line);
  if (m && latinOnly(line, m[0].length)) return m;
  if (latinOnly(line, Math.min(line.length, LABEL_REACH))) return null;
  return LINE_LABEL.exec(line);
}

const QUESTION_WORDS = new Set(['q', 'question', 'questions', 'interviewer', 'intervieweur', 'intervieweuse', 'journaliste', 'journalist', 'animateur', 'animatrice', 'moderator', 'modérateur', 'modératrice', 'host', 'présentateur', 'présentatrice', 'interviewer', 'reporter']);
const ANSWER_WORDS = new Set(['a', 'r', 'réponse', 'réponses', 'answer', 'answers', 'reponse', 'reponses']);

/** Words that end in a colon at the start of a line without naming anyone. */
const NOT_SPEAKERS = new Set([
  'note', 'notes', 'nb', 'n.b', 'ps', 'p.s', 'extrait', 'extraits', 'exemple', 'exemples', 'example', 'examples',
  'attention', 'important', 'remarque', 'rappel', 'résumé', 'summary', 'conclusion', 'introduction', 'source', 'sources',
  'titre', 'title', 'date', 'lieu', 'place', 'location', 'tags', 'tag', 'image', 'images', 'lien', 'liens', 'link', 'links',
  'http', 'https', 'mailto', 'update', 'edit', 'warning', 'tip', 'tips', 'astuce', 'conseil', 'conseils', 'advice',
  'bref', 'alors', 'donc', 'ensuite', 'enfin', 'mais', 'et', 'or', 'but', 'so', 'then', 'also', 'aussi', 'résultat',
  'result', 'moralité', 'objectif', 'objectifs', 'goal', 'goals', 'step', 'étape', 'partie', 'part', 'chapitre', 'chapter',
  'episode', 'épisode', 'transcript', 'transcription', 'durée', 'duration', 'description', 'sujet', 'subject', 'thème',
  'theme', 'agenda', 'ordre', 'programme', 'program', 'question', 'definition', 'définition', 'pourquoi', 'why', 'how',
  'comment', 'quoi', 'what', 'problème', 'problem', 'solution', 'solutions', 'bonus', 'info', 'infos', 'lecture',
  'voir', 'see', 'via', 'par', 'by', 'pour', 'for', 'avec', 'with', 'sans', 'without', 'puis', 'premièrement', 'deuxièmement',
  'first', 'second', 'finally', 'bilan', 'verdict', 'conclusions', 'faq', 'contexte', 'context', 'présents', 'participants',
  'intervenants', 'speakers', 'audio', 'video', 'vidéo', 'slide', 'slides', 'diapo', 'mots', 'keywords', 'mots-clés',
  // Header lines of talk notes and show pages ("**Event:** Thursday health evening, …").
  'event', 'événement', 'venue', 'émission', 'recorded', 'recording', 'enregistrement',
]);

/** `Q    text` (press briefings: Q and spaces or NBSPs), `Q. text`, `A. text`, `R. text`. */
const ROLE_PREFIX = /^[ \t]{0,8}(?<word>[QAR])(?:\.[ \t\u00a0]{1,12}|[ \t\u00a0]{2,12}|\u00a0[ \t\u00a0]{0,12})(?=\S)/u;

/** Otter-style: a line with only a name and a time ("Jane Doe  0:15"); the speech follows. */
const OTTER = /^[ \t]{0,4}(?<name>[\p{Lu}][\p{L}\p{M}.'’\-]{0,30}(?:[ \u00a0][\p{L}\p{M}\p{N}.'’\-]{1,30}){0,4})[ \t\u00a0]{1,8}(?:\d{1,2}:)?\d{1,2}:\d{2}[ \t]{0,8}$/u;

/**
 * Parliamentary records: `M. Dupont.`, `Mme Martin,` (+ an optional title up to a full stop:
 * `Mme Martin, ministre de la culture.`), `M. le président.`, `Mme la rapporteure.`
 */
const PARLIAMENT = /^[ \t]{0,8}(?<name>(?:M\.|Mme|Mlle|MM\.|Mmes|Mgr)[ \u00a0](?:(?:le|la)[ \u00a0][\p{L}][\p{L}\p{M}'’\-]{0,30}(?:[ \u00a0](?:de|du|des|la|le|l['’]|d['’]|[\p{L}][\p{L}\p{M}'’\-]{0,30})){0,5}|[\p{Lu}][\p{L}\p{M}'’\-]{0,30}(?:[ \u00a0](?:de|du|des|d['’]|le|la|von|van|[\p{Lu}][\p{L}\p{M}'’\-]{0,30})){0,4}))(?:\.[ \t\u00a0]{1,4}(?=\S)|,[ \t\u00a0]{1,3}[\p{Ll}][^.,:;!?\n]{0,100}\.[ \t\u00a0]{1,4}(?=\S)|,[ \t\u00a0]{1,4}(?=[\p{Lu}«"“]))/u;

/** First non-blank character of a line, and whether a colon comes early enough to end a label. */
function firstChar(line: string): string {
  let i = 0;
  while (i < line.length && (line[i] === ' ' || line[i] === '\t')) i++;
  return line[i] ?? '';
}

export function matchLineLabel(line: string): LabelMatch | null {
  // Cheap guards first: each pattern needs a feature that most lines of speech lack.
  const first = firstChar(line);
  if (first === '') return null;
  const colon = line.indexOf(':');
  const wideColon = colon < 0 ? line.indexOf('：') : colon;
  const prefix = 'QAR'.includes(first) ? ROLE_PREFIX.exec(line) : null;
  if (prefix) {
    const r: Role = prefix.groups!.word === 'Q' ? 'question' : 'answer';
    // "Q  text" is distinctive; "A. text" could be an outline, so it counts only when it recurs.
    return { start: 0, textStart: prefix[0].length, name: displayName(prefix.groups!.word!, r), role: r, strong: /^[ \t]{0,8}Q[ \t\u00a0]/.test(line) };
  }
  const parl = first === 'M' ? PARLIAMENT.exec(line) : null;
  if (parl) {
    return { start: 0, textStart: parl[0].length, name: parl.groups!.name!.replace(/\u00a0/g, ' ').replace(/[.’']+$/, ''), role: null, strong: true };
  }
  const otter = /\d\s*$/.test(line.slice(-12)) ? OTTER.exec(line) : null;
  if (otter) {
    const name = otter.groups!.name!.replace(/\u00a0/g, ' ').trim();
    if (!NOT_SPEAKERS.has(name.toLowerCase()) && !NOT_SPEAKERS.has(name.split(' ')[0]!.toLowerCase())) {
      return { start: 0, textStart: line.length, name, role: null, strong: true };
    }
  }
  const bracket = first === '[' ? bracketLabel(line) : null;
  if (bracket) return bracket;
  // A label ends with its colon within its first 260 characters (the longest the pattern allows).
  if (wideColon < 0 || wideColon > 260) return null;
  const m = labelAt(line);
  if (!m || !m.groups) return null;
  // The verdict depends on the matched label alone, and speakers recur on thousands of lines: it is
  // worked out once per distinct label (the checks below were a tenth of the parse time).
  const known = LABEL_VERDICTS.get(m[0]);
  if (known !== undefined) return known;
  const verdict = labelVerdict(m);
  if (LABEL_VERDICTS.size >= MAX_LABEL_VERDICTS) LABEL_VERDICTS.clear();
  LABEL_VERDICTS.set(m[0], verdict);
  return verdict;
}

/**
 * `[Marc] text`: a name in brackets, without a colon, opening a line or a cue (subtitles made by
 * hand often name speakers so). Weak, so it names a speaker only when it recurs or other labels
 * do; sound notes in brackets ("[Musique]", "[Applause]", "[Rires]") are never speakers.
 */
const BRACKET_LABEL = /^[ \t]{0,8}\[(?<name>[\p{Lu}][\p{L}\p{M}.'’\-]{0,30}(?:[ \u00a0][\p{L}\p{M}\p{N}.'’\-]{1,30}){0,3})\][ \t\u00a0]{1,4}(?=[^\s:：])/u;

function bracketLabel(line: string): LabelMatch | null {
  const m = BRACKET_LABEL.exec(line);
  if (!m) return null;
  const name = m.groups!.name!.replace(/\u00a0/g, ' ');
  const words = name.split(' ');
  if (words.some((w) => SOUND_NOTES.has(w.toLowerCase()) || NOT_SPEAKERS.has(w.toLowerCase()))) return null;
  if (!namesPerson(words)) return null;
  const role: Role = QUESTION_WORDS.has(name.toLowerCase()) ? 'question' : null;
  return { start: 0, textStart: m[0].length, name: displayName(name, role), role, strong: false };
}

/** Words of the bracketed notes of captions that describe a sound or the recording, not a speaker. */
const SOUND_NOTES = new Set([
  'music', 'musique', 'rires', 'rire', 'rit', 'laughter', 'laughs', 'laughing', 'applause', 'applaudissements', 'applaudit',
  'cheering', 'cheers', 'inaudible', 'indistinct', 'unintelligible', 'incompréhensible', 'silence', 'pause', 'bruit', 'bruits',
  'noise', 'crosstalk', 'générique', 'jingle', 'intro', 'outro', 'transition', 'soupir', 'soupire', 'sighs', 'sigh', 'coughs',
  'cough', 'tousse', 'toux', 'foreign', 'background', 'blank', 'audio', 'video', 'vidéo', 'sound', 'son', 'sonnerie', 'beep',
  'bip', 'coupure', 'cut', 'break', 'fin', 'end', 'début', 'start', 'suite', 'continued', 'traduction', 'translation',
  'translated', 'sous-titres', 'subtitles', 'captions', 'sic', 'redacted', 'censuré', 'hésitation', 'hésite', 'sourire',
  'sourit', 'smiles', 'chuckles', 'gloussement', 'clears', 'throat', 'phone', 'téléphone', 'ringing', 'off', 'overlap',
  'overlapping', 'speaking', 'interruption', 'interrompt', 'interrupts', 'pub', 'publicité', 'advertisement', 'ad',
]);

/** Verdicts by matched label text; cleared when full, so 20,000 one-off speakers stay bounded. */
const LABEL_VERDICTS = new Map<string, LabelMatch | null>();
const MAX_LABEL_VERDICTS = 5000;

function labelVerdict(m: RegExpExecArray): LabelMatch | null {
  const raw = m.groups!.name!.replace(/[\u00a0_]/g, (c) => (c === '_' ? '_' : ' ')).trim();
  const name = raw.replace(/[.’']+$/, '').replace(/\s+/g, ' ');
  if (!name) return null;
  const lower = name.toLowerCase();
  const words = name.split(' ');
  const role = roleOfName(name);
  if (role === null) {
    if (NOT_SPEAKERS.has(lower) || NOT_SPEAKERS.has(words[0]!.toLowerCase()) && !/^(speaker|intervenant|locuteur|orateur)/i.test(name)) return null;
    // "Extrait 1", "Partie 2": a common word and a number is a heading, unless it names a speaker slot.
    if (/\s\d+$/.test(name) && !/^(speaker|intervenant|intervenante|locuteur|locutrice|orateur|oratrice|participant|participante|invité|invitée|guest|person|personne)\b/i.test(name)) return null;
    // Every word of a name is capitalised, apart from particles (de, du, von, van, le, la), unless
    // the label names a role rather than a person ("Une participante", "Audience member", "Un
    // membre du public"): the questions from the floor at the end of a talk.
    if (!namesPerson(words)) return null;
  }
  const strong =
    role !== null ||
    /^\[/.test(m[0].trim()) ||
    /^SPEAKER_\d+$/i.test(name) ||
    /^(speaker|intervenant|locuteur) \d+$/i.test(name) ||
    (name === name.toUpperCase() && /\p{Lu}{2}/u.test(name));
  return { start: 0, textStart: m[0].length, name: displayName(name, role), role, strong };
}

/**
 * Every word of a name is capitalised, apart from particles (de, du, von, van, le, la), unless the
 * label names a role rather than a person ("Une participante", "Audience member").
 */
function namesPerson(words: string[]): boolean {
  return namesRole(words) || !words.some((w, i) => i > 0 && !/^[\p{Lu}\p{N}]/u.test(w) && !/^(de|du|des|d'|von|van|der|le|la|di|da|del|ben|bin|al)$/i.test(w));
}

/** Nouns for someone speaking in a role: a label made of one (after an article) names a speaker. */
const ROLE_NOUNS = new Set([
  'participant', 'participante', 'auditeur', 'auditrice', 'spectateur', 'spectatrice', 'membre', 'intervenant', 'intervenante',
  'invité', 'invitée', 'étudiant', 'étudiante', 'élève', 'lecteur', 'lectrice', 'internaute', 'voix',
  'attendee', 'member', 'listener', 'caller', 'viewer', 'reader', 'student', 'guest', 'participant', 'voice', 'audience',
]);
const ARTICLES = new Set(['un', 'une', 'le', 'la', 'l', 'a', 'an', 'the', 'another', 'autre', 'second', 'seconde', 'deuxième', 'troisième']);

/** "Une participante", "Un membre du public", "Audience member", "Another attendee". */
function namesRole(words: string[]): boolean {
  const w = words.map((x) => x.toLowerCase());
  if (ARTICLES.has(w[0]!)) return ROLE_NOUNS.has(w[1] ?? '') || (ARTICLES.has(w[1] ?? '') && ROLE_NOUNS.has(w[2] ?? ''));
  return ROLE_NOUNS.has(w[0]!) || ROLE_NOUNS.has(w[1] ?? '');
}

/** Role markers that may follow each other inline (inside guillemets, as in a quoted extract). */
const INLINE_MARKER = /(?:^|(?<=[«"“(.!?…»”][ \t\u00a0\u202f]?))(?<word>Questions?|Réponses?|Q|R)[ \t\u00a0\u202f]{0,3}:(?=[\s\u00a0\u202f])[ \t\u00a0\u202f]{0,3}/gu;

export interface InlineMarker {
  start: number;
  textStart: number;
  name: string;
  role: Role;
}

const NO_MARKERS: readonly InlineMarker[] = Object.freeze([]);

export function findInlineMarkers(line: string): readonly InlineMarker[] {
  // Every marker has its colon; most lines have none.
  if (!line.includes(':')) return NO_MARKERS;
  const out: InlineMarker[] = [];
  INLINE_MARKER.lastIndex = 0;
  for (let m = INLINE_MARKER.exec(line); m !== null; m = INLINE_MARKER.exec(line)) {
    const word = m.groups!.word!.toLowerCase();
    const role: Role = word.startsWith('q') ? 'question' : 'answer';
    out.push({ start: m.index, textStart: m.index + m[0].length, name: displayName(word, role), role });
  }
  return out;
}

/** The role a label's word names ("Question", "Journaliste", "Réponse"), or null for a person's name. */
export function roleOfName(name: string): Role {
  const lower = name.toLowerCase();
  return QUESTION_WORDS.has(lower) ? 'question' : ANSWER_WORDS.has(lower) ? 'answer' : null;
}

/** Q/A labels name roles, not people: one interviewer, one respondent. */
export function displayName(name: string, role: Role): string {
  const lower = name.toLowerCase();
  if (role === 'question' && ['q', 'question', 'questions'].includes(lower)) return 'Interviewer';
  if (role === 'answer' && ANSWER_WORDS.has(lower)) return 'Respondent';
  return name;
}

/** The question asks for advice, so the answer's statements are advice even without an imperative. */
const ASKS_ADVICE = /\b(?:conseils?|conseiller(?:iez|ais|ait)?|recommand\p{L}*|astuces?|diriez|dites-vous|advice|advise|tips?|recommend\p{L}*|would you tell|do you tell|should (?:they|people|someone|founders|beginners)|what would you say)\b/u;

/** The question asks what matters most, what the guest values or holds to ("votre règle", "the key"). */
// Letters around, not \b: \b is ASCII-only, and would not end "priorité" or "la clé".
const ASKS_JUDGEMENT = /(?<![\p{L}\p{N}])(?:principale?s?|essentiel(?:le)?s?|le plus important|la plus importante|compte le plus|comptent le plus|priorité|votre règle|ta règle|votre secret|ton secret|la clé|valeurs?|matters? most|most important|the key|your rule|your secret|your priority|what counts|you value|values?)(?![\p{L}\p{N}])/u;

/**
 * The question asks why, how or since when the guest does something: an interrogative, then a verb
 * said to "vous"/"tu"/"you". Not what they think or would advise (those are views and advice).
 */
const ASKS_WHY_HOW = /(?<![\p{L}\p{N}])(?:pourquoi|comment|combien|depuis quand|à quelle fréquence|why|how|since when)(?![\p{L}\p{N}])/u;
const TO_YOU = /(?<![\p{L}\p{N}])(?:\p{L}+-(?:vous|tu)|vous|tu|t['’]|(?:do|did|are|were|have|had)(?: you)?)(?![\p{L}\p{N}])/u;
const ASKS_VIEW = /(?<![\p{L}\p{N}])(?:pens\p{L}*|croy\p{L}*|trouv\p{L}*|voy\p{L}*|jug\p{L}*|expliqu\p{L}*|conseill\p{L}*|recommand\p{L}*|diri\p{L}*|feel|think|see|believe|explain|would|should|advise|recommend)(?![\p{L}\p{N}])/u;

/** What a question asks of the answer: advice, a judgement of what matters, or why or how the guest does something. */
export interface QuestionAsks {
  advice: boolean;
  judgement: boolean;
  practice: boolean;
}

/** All three read from one lower-cased copy of the question (every answer's question is read). */
export function questionAsks(question: string): QuestionAsks {
  // Lower-cased first: the patterns without the "i" flag compile in a fraction of the time.
  const q = question.toLowerCase();
  const advice = ASKS_ADVICE.test(q);
  return { advice, judgement: ASKS_JUDGEMENT.test(q), practice: !advice && asksWhyHow(q) };
}

function asksWhyHow(q: string): boolean {
  return ASKS_WHY_HOW.test(q) && TO_YOU.test(q) && !ASKS_VIEW.test(q);
}

export function asksForJudgement(question: string): boolean {
  return ASKS_JUDGEMENT.test(question.toLowerCase());
}

