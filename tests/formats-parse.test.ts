/**
 * Every input format, read as a user has it: the speakers found, the format reported, and each
 * sentence's span pointing at its words in the original file.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../src/parse/index.js';
import { decode } from '../src/read/decode.js';
import { LineIndex } from '../src/read/line-index.js';

const FIX = new URL('../fixtures/formats/', import.meta.url);
const load = (name: string) => {
  const decoded = decode(readFileSync(new URL(name, FIX)));
  return { decoded, doc: parseDocument(decoded.text, { filename: name }) };
};
/** The words of a sentence, found in the original at its span (markup and escapes aside). */
const words = (s: string) => s.match(/[\p{L}\p{N}]+/gu) ?? [];

const CASES: Array<[file: string, format: string, speakers: string[]]> = [
  ['atelier.srt', 'srt', ['Speaker']],
  // A role opening a cue names its speaker; mixed-case names count once they recur; a one-off "Note:" does not.
  ['labels-in-cues.srt', 'srt', ['Animatrice', 'Romain']],
  // "[Nora] text": a bracketed name opening a cue, once it recurs; "[Musique]", "[Applaudissements]" are sounds.
  ['labels-bracketed.srt', 'srt', ['Nora', 'Yves']],
  ['panel.vtt', 'vtt', ['Ines Morel', 'Tomas Reyes']],
  ['whisper.json', 'whisper-json', ['Speaker']],
  ['whisperx.json', 'whisperx-json', ['SPEAKER_00', 'SPEAKER_01']],
  ['deepgram.json', 'deepgram-json', ['Speaker 0', 'Speaker 1', 'Speaker 2']],
  ['deepgram-plain.json', 'deepgram-json', ['Speaker']],
  ['assemblyai.json', 'assemblyai-json', ['Speaker A', 'Speaker B']],
  ['labels-colon.txt', 'text', ['Claire', 'JULIEN']],
  // French dialogue dashes before the label: "— Nom :", "– Nom :".
  ['labels-dash.txt', 'text', ['Journaliste', 'Sophie Marchand']],
  ['labels-qa.txt', 'text', ['Interviewer', 'Respondent']],
  // Dialogue dashes without names (a magazine interview): the side that asks is the interviewer's.
  ['dialogue-dashes.txt', 'text', ['Interviewer', 'Respondent']],
  ['labels-briefing.txt', 'text', ['MS. HARLOW', 'DR. OKAFOR', 'Interviewer']],
  ['labels-parliament.txt', 'text', ['M. le président', 'Mme Lemoine', 'M. Girard']],
  ['labels-otter.txt', 'text', ['Amina Diallo', 'Paul Verne']],
  ['labels-timed.txt', 'text', ['Nadia', 'Karim', 'SPEAKER_00', 'Speaker 1', 'Léa', 'SPEAKER_03']],
  ['notes.md', 'markdown', ['Interviewer', 'Élodie', 'Marc']],
  ['seance.latin1.html', 'html', ['M. le président', 'Mme Solène Marchal', 'M. Hugo Bérard', 'Plusieurs députés du groupe B']],
  // A name alone in its element, before the paragraphs of what that person says: by its class
  // (the introduction before it is nobody's speech), in a <dt>, or in bold lines of their own.
  ['names-by-class.html', 'html', ['Camille Roux', 'Inès Garnier']],
  ['names-dl.html', 'html', ['Ben Okafor', 'Priya Natarajan']],
  ['names-bold-alone.html', 'html', ['Host', 'Marta Lind', 'Joel Prieto']],
  // A time stamp before the bold name (`<span class="time">10:02</span> <b>Name :</b>`).
  ['timed-bold.html', 'html', ['Animatrice', 'Louise Perrin']],
  ['utf16le.txt', 'text', ['Anna', 'Ben']],
  ['utf8-bom-crlf.txt', 'text', ['Zoé', 'Yann']],
];

describe('formats: speakers and format', () => {
  it.each(CASES)('%s is %s with its speakers', (file, format, speakers) => {
    const { doc } = load(file);
    expect(doc.format).toBe(format);
    expect(doc.speakers).toEqual(speakers);
  });

  it.each(CASES)('%s: every sentence span covers its words in the original', (file) => {
    const { doc } = load(file);
    expect(doc.sentences.length).toBeGreaterThan(0);
    for (const s of doc.sentences) {
      const original = doc.source.slice(s.span.start, s.span.end);
      const w = words(s.text);
      // First and last words sit at the ends of the span, all words appear in it in order.
      expect(original.startsWith(s.text.slice(0, 1)) || original.startsWith('&') || original.startsWith('\\')).toBe(true);
      let at = 0;
      for (const word of w) {
        const k = original.indexOf(word, at);
        if (k < 0 && /[^\x00-\x7f]|^(amp|nbsp)$/.test(word)) continue; // written as an entity or escape
        expect(k, `${file}: "${word}" in ${JSON.stringify(original)}`).toBeGreaterThanOrEqual(0);
        at = k + word.length;
      }
    }
  });
});

describe('subtitles', () => {
  it('joins a sentence that runs across SRT cues (CRLF) and points at the cue text', () => {
    const { doc } = load('atelier.srt');
    const s = doc.sentences[0]!;
    expect(s.text).toBe('Je cuisine tous les soirs pour ma famille, et je conseille à tout le monde de le faire.');
    const lines = new LineIndex(doc.source);
    expect(lines.position(s.span.start)).toEqual({ line: 3, column: 1 });
    expect(lines.position(s.span.end)).toEqual({ line: 7, column: 45 });
    expect(doc.sentences[1]!.text).toBe('Pourtant je commande souvent.');
    expect(doc.source.slice(doc.sentences[1]!.span.start, doc.sentences[1]!.span.end)).toBe('Pourtant je commande souvent.');
  });

  it('reads WebVTT voices, skips STYLE and NOTE blocks, cue settings and cue tags, decodes entities', () => {
    const { doc } = load('panel.vtt');
    const texts = doc.turns.map((t) => `${t.speaker}: ${t.text.toString()}`);
    expect(texts).toEqual([
      'Ines Morel: Welcome back to the garden show.',
      'Tomas Reyes: I always water at dawn, and I tell everyone to do the same & nothing else.',
      'Ines Morel: Laughs',
      'Tomas Reyes: Honestly, I water whenever I can.',
    ]);
    expect(doc.sentences.some((s) => /cue|color|NOTE/.test(s.text))).toBe(false);
    const amp = doc.sentences.find((s) => s.text.includes('&'))!;
    expect(doc.source.slice(amp.span.end - 13, amp.span.end)).toBe('nothing else.');
  });
});

describe('transcription JSON', () => {
  it('points at the string inside the JSON file, escapes included', () => {
    const { doc } = load('whisper.json');
    const last = doc.sentences[doc.sentences.length - 1]!;
    expect(last.text).toBe('Je conseille de lire à chaque "pause".');
    expect(doc.source.slice(last.span.start, last.span.end)).toBe('Je conseille de lire \\u00e0 chaque \\"pause\\".');
  });

  it('joins WhisperX segments of one speaker into one turn', () => {
    const { doc } = load('whisperx.json');
    expect(doc.turns[1]!.text.toString()).toBe('Never, I work every single day because the shop needs me.');
    expect(doc.qaPairs).toBe(1);
  });
});

describe('HTML records', () => {
  const { decoded, doc } = load('seance.latin1.html');

  it('decodes the declared ISO-8859-1 without a warning', () => {
    expect(decoded.encoding).toBe('windows-1252');
    expect(decoded.notes).toEqual([]);
    expect(doc.speakers).toContain('M. Hugo Bérard');
  });

  it('leaves out stage directions and the minister’s title, keeps the speech', () => {
    const all = doc.sentences.map((s) => s.text).join(' | ');
    expect(all).not.toMatch(/Applaudissements|séance est suspendue|Non !|ministre de l/);
    expect(all).toContain('Monsieur le ministre, vous promettez des arbres\u00a0!');
    expect(all).toContain('Nous avons planté mille chênes l’an dernier.');
  });

  it('maps a sentence ending in an entity to the end of the entity in the file', () => {
    const s = doc.sentences.find((x) => x.text === 'C’est faux\u00a0!')!;
    expect(doc.source.slice(s.span.start, s.span.end)).toBe('C&#8217;est faux&nbsp;!');
  });
});

describe('labels that are not speakers', () => {
  it('drops the introduction and "Extrait 1 :" once lines name their speakers', () => {
    const { doc } = load('labels-colon.txt');
    expect(doc.speakers).not.toContain('Extrait 1');
    expect(doc.speakers).not.toContain('Note');
    expect(doc.sentences.map((s) => s.text)).not.toContain('Transcript of a made-up meeting, 3 May.');
  });

  it('"[Name] text" lines name speakers that recur; bracketed sounds and a one-off name do not', () => {
    const doc = parseDocument('[Léa] Bonjour.\n[Hugo] Salut Léa.\n[Rires] Bon.\n[Léa] On commence ?\n', { filename: 'chat.txt' });
    expect(doc.speakers).toEqual(['Léa', 'Hugo']);
    expect(doc.turns.find((t) => t.text.toString().includes('Bon.'))!.speaker).toBe('Hugo');
    const once = parseDocument('[Léa] Bonjour à tous.\nJe parle seule aujourd’hui.\n', { filename: 'talk.txt' });
    expect(once.speakers).toEqual(['Speaker']);
  });

  it('a header line above the transcript ("Invitée : Name, autrice de …") names nobody who speaks', () => {
    const text = 'Le Quart d’heure — épisode 3\nInvitée : Camille Roux, autrice de « Moins mais mieux »\nGuest: Dana Lee (Tidewell)\n\nANIMATEUR : Camille, bonjour.\nCAMILLE : Bonjour !\nANIMATEUR : On commence ?\nCAMILLE : Allons-y.\n';
    const doc = parseDocument(text, { filename: 'ep.txt' });
    expect(doc.speakers).toEqual(['ANIMATEUR', 'CAMILLE']);
    // A one-off label before a sentence is still a speaker.
    const once = parseDocument('ANIMATEUR : Bonjour.\nCAMILLE : Bonjour !\nANIMATEUR : Merci.\nPublic : Marie, de Lyon. Une question ?\n', { filename: 'ep.txt' });
    expect(once.speakers).toContain('Public');
  });

  it('keeps a monologue without labels as one speaker', () => {
    const doc = parseDocument('Je parle seul. Bref : rien à ajouter.\n', { filename: 'talk.txt' });
    expect(doc.speakers).toEqual(['Speaker']);
  });

  it('Markdown: front matter and code blocks are not speech; question headings are the interviewer’s', () => {
    const { doc } = load('notes.md');
    const all = doc.sentences.map((s) => s.text).join(' | ');
    expect(all).not.toMatch(/invented talk|this is code|A talk about baking/);
    expect(doc.turns[0]).toMatchObject({ speaker: 'Interviewer', role: 'question' });
    expect(doc.turns.find((t) => t.text.toString().includes('Faites votre pain'))!.speaker).toBe('Élodie');
  });
});

describe('HTML interviews whose questions stand alone', () => {
  const roles = (html: string) => parseDocument(html, { filename: 'page.html' }).turns.map((t) => [t.speaker, t.role, t.qaPair]);
  it('read a question heading as the interviewer’s, and keep the unlabelled answers under it', () => {
    const html = '<h1>Entretien</h1><h3>Pourquoi êtes-vous sur les réseaux ?</h3><p>Par opportunisme.</p><h3>Un conseil ?</h3><p>Soyez généreux.</p>';
    expect(roles(html)).toEqual([
      ['Interviewer', 'question', 1],
      ['Speaker', 'answer', 1],
      ['Interviewer', 'question', 2],
      ['Speaker', 'answer', 2],
    ]);
  });

  it('read a paragraph all in bold that asks as the interviewer’s', () => {
    const html = '<p><b>Pourquoi êtes-vous sur les réseaux ?</b></p><p>Par opportunisme.</p><p><strong>Un conseil ?</strong></p><p>Soyez généreux.</p>';
    const doc = parseDocument(html, { filename: 'page.html' });
    expect(roles(html)).toEqual([
      ['Interviewer', 'question', 1],
      ['Speaker', 'answer', 1],
      ['Interviewer', 'question', 2],
      ['Speaker', 'answer', 2],
    ]);
    const q = doc.turns[0]!;
    expect(q.text.toString()).toBe('Pourquoi êtes-vous sur les réseaux ?');
    expect(html.slice(q.text.toOriginal(0), q.text.toOriginal(0) + 8)).toBe('Pourquoi');
  });

  it('name a bold "Question :" label the interviewer, not a speaker called Question', () => {
    const html = '<p><strong>Question :</strong> Un conseil ?</p><p><strong>Marie Dupont :</strong> Soyez généreux.</p>';
    expect(roles(html)).toEqual([
      ['Interviewer', 'question', 1],
      ['Marie Dupont', 'answer', 1],
    ]);
  });
});

describe('a speaker’s consecutive labelled lines', () => {
  it('are one turn in plain text, so an exception announced on one line holds over the next', () => {
    const text = 'Julien : Vous travaillez gratuitement ?\nMartine : Non. Il y a une seule exception.\nMartine : Les piluliers, je les prépare gratuitement.\nJulien : Merci.\n';
    const doc = parseDocument(text, { filename: 'x.txt' });
    expect(doc.turns.map((t) => t.speaker)).toEqual(['Julien', 'Martine', 'Julien']);
    expect(doc.turns[1]!.sentences.map((s) => s.text)).toEqual(['Non.', 'Il y a une seule exception.', 'Les piluliers, je les prépare gratuitement.']);
  });

  it('are one turn in HTML too', () => {
    const html = '<p><b>Sian:</b> How many today?</p><p><b>Dai:</b> In my twenties I did four hundred.</p><p><b>Dai:</b> I never stopped.</p>';
    expect(parseDocument(html, { filename: 'x.html' }).turns.map((t) => t.speaker)).toEqual(['Sian', 'Dai']);
  });

  it('start a new turn once the turn is a long paragraph, so a talk labelled on every section stays in sections', () => {
    const section = 'Orateur : ' + 'Je travaille le week-end. '.repeat(100);
    const doc = parseDocument(`${section}\n${section}\n${section}\n`, { filename: 'x.txt' });
    expect(doc.turns).toHaveLength(3);
  });

  it('do not merge Q/A role labels', () => {
    const doc = parseDocument('Q: Why?\nQ: Really why?\nA: Because.\n', { filename: 'x.txt' });
    expect(doc.turns.map((t) => t.role)).toEqual(['question', 'question', 'answer']);
  });
});

describe('a statement with a tag after its last comma', () => {
  const sentences = (text: string) => parseDocument(text, { filename: 'x.txt' }).turns[0]!.sentences.map((s) => s.isQuestion);
  it('is no question: "I haven’t had a day off since, what, Easter?", "…, hein ?"', () => {
    expect(sentences("Dana: I haven't had a day off since, what, Easter?\nPriya: Wow.\n")).toEqual([false]);
    expect(sentences('Marc : Je bosse tous les dimanches, hein ?\nPaul : Ah.\n')).toEqual([false]);
  });
  it('while a question put to the listener stays one', () => {
    expect(sentences('Marc : Je me demande, vous travaillez le dimanche ?\nPaul : Non.\n')).toEqual([true]);
    expect(sentences('Marc : Et vous, vous travaillez le dimanche ?\nPaul : Non.\n')).toEqual([true]);
  });
});

describe('interviews printed with dialogue dashes and no names', () => {
  const turns = (text: string) => parseDocument(text, { filename: 'interview.txt' }).turns.map((t) => ({ speaker: t.speaker, role: t.role, qaPair: t.qaPair, text: t.text.toString() }));

  it('gives the lines on the asking side to the interviewer, a remark that asks nothing included, and the others to the guest', () => {
    const { doc } = load('dialogue-dashes.txt');
    const got = doc.turns.map((t) => [t.speaker, t.role, t.text.toString().split(/[.?]/)[0]]);
    expect(got).toEqual([
      ['Interviewer', 'question', 'Vous torréfiez tout vous-même, chaque matin'],
      ['Respondent', 'answer', 'Oui, tous les jours sauf le dimanche'],
      ['Interviewer', 'question', 'Pourquoi avoir quitté la banque '],
      ['Respondent', 'answer', 'Par lassitude, pas par courage'],
      ['Interviewer', 'question', 'Et vos clients, vous les écoutez '],
      ['Respondent', 'answer', 'Je lis chaque avis, même les méchants'],
      ['Interviewer', 'question', 'Un conseil pour ceux qui veulent se lancer '],
      ['Respondent', 'answer', 'Prenez votre temps'],
    ]);
    // A paragraph without a dash goes on with the answer before it; the standfirst is nobody's.
    expect(doc.turns[3]!.text.toString()).toContain('Au bout de dix ans, je comptais les heures.');
    expect(doc.qaPairs).toBe(4);
  });

  it('reads the questions when they fall on both sides of the alternation (an answer in two dashed paragraphs)', () => {
    const got = turns(['– Why did you open a second shop?', '– Because the first one was full.', '– And the staff followed.', '– Do you still bake yourself?', '– Every night.'].join('\n'));
    expect(got.map((t) => [t.speaker, t.role])).toEqual([
      ['Interviewer', 'question'],
      ['Respondent', 'answer'],
      ['Respondent', 'answer'],
      ['Interviewer', 'question'],
      ['Respondent', 'answer'],
    ]);
  });

  it('leaves dashed points in talk notes to the one speaker: a question among them is not answered twice', () => {
    const got = turns(['Mes trois règles :', '- Publiez moins, mais mieux.', '- Répondez à chaque commentaire.', '- Pourquoi payer une agence ?', '- Écrivez vous-même.', '- Gardez vos soirées.'].join('\n'));
    expect(new Set(got.map((t) => t.speaker))).toEqual(new Set(['Speaker']));
  });

  it('keeps named speakers when the dashes carry labels ("— Journaliste : …")', () => {
    const { doc } = load('labels-dash.txt');
    expect(doc.speakers).toEqual(['Journaliste', 'Sophie Marchand']);
  });
});

describe('one person named in full and by first name', () => {
  const speakers = (text: string) => parseDocument(text, { filename: 'interview.txt' }).speakers;
  it('is one speaker, under the name said first', () => {
    expect(speakers('JOURNALISTE : Bonjour.\nSOPHIE MARCHAND : Bonjour à vous.\nJOURNALISTE : Et ensuite ?\nSophie : Ensuite, j\'ai ouvert.')).toEqual(['JOURNALISTE', 'SOPHIE MARCHAND']);
    expect(speakers('Host: Welcome.\nDana: Thanks.\nHost: And then?\nDana Okafor: Then I opened.')).toEqual(['Host', 'Dana']);
  });
  it('but two people who share a first name stay apart, and so do diarization ids', () => {
    expect(speakers('Marie Dupont: Hello.\nMarie Leroy: Hi.\nMarie: Welcome both.\nMarie Dupont: Thanks.')).toEqual(['Marie Dupont', 'Marie Leroy', 'Marie']);
    expect(speakers('Speaker 1: Hello.\nSpeaker 2: Hi.\nSpeaker 1: Welcome.')).toEqual(['Speaker 1', 'Speaker 2']);
  });
  it('in talk notes that name the speaker in a header and by first name in the Q&A', () => {
    const notes = ['# Notes: "Rest first"', '', '**Speaker:** Dana Okafor, physiotherapist', '**Event:** club evening, upstairs room', '', 'Dana opened with a show of hands.', '', '> "Take one full day off a week."', '', '> "Sleep is training too."', '', '## Q&A', '', '**Tom:** Do you?', '', '**Dana:** Not really.'].join('\n');
    expect(parseDocument(notes, { filename: 'notes.md' }).speakers).toEqual(['Dana Okafor', 'Tom']);
  });
});
