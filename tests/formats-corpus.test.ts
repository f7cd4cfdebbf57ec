/**
 * The real files in ../shared/corpus (not ours, never copied): each is read with the right format,
 * language and speakers. Skipped where the corpus is absent.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../src/parse/index.js';
import { decode } from '../src/read/decode.js';
import { InputError } from '../src/read/errors.js';

const CORPUS = new URL('../../shared/corpus/', import.meta.url);
const read = (name: string) => {
  const text = decode(readFileSync(new URL(name, CORPUS))).text;
  return parseDocument(text, { filename: name });
};

describe.skipIf(!existsSync(CORPUS))('corpus', () => {
  it.each([
    ['en_webvtt_spec_interview_voice_tags.vtt', 'vtt', 'en', ['Roger Bingham', 'Neil deGrasse Tyson']],
    ['en_deepgram_diarized_utterances.json', 'deepgram-json', 'en', ['Speaker 0', 'Speaker 1', 'Speaker 2']],
    ['en_assemblyai_utterances.json', 'assemblyai-json', 'en', ['Speaker A']],
    ['fr_an_audition_tnt_2024_whisper_pyannote.md', 'markdown', 'fr', ['SPEAKER_02', 'SPEAKER_00', 'SPEAKER_01']],
    ['fr_talk_sudweb2012_jouannic.md', 'markdown', 'fr', ['Thibault Jouannic']], // named by the title "Vendre des prestations agiles - Thibault Jouannic"
    ['fr_whisper_timestamped_radio_short.words.json', 'whisper-json', 'fr', ['Speaker']],
    ['fr_whisper_smartphone_50.srt', 'srt', 'fr', ['Speaker']],
    ['fr_whisper_smartphone_50.vtt', 'vtt', 'fr', ['Speaker']],
  ])('%s: %s, %s, exactly its speakers', (file, format, language, speakers) => {
    const doc = read(file);
    expect([doc.format, doc.language]).toEqual([format, language]);
    expect([...doc.speakers].sort()).toEqual([...speakers].sort());
  });

  it('the podcast: its four people, no "Extrait"', () => {
    const doc = read('fr_podcast_techologie_95.md');
    expect(doc.language).toBe('fr');
    expect(doc.speakers).toEqual(expect.arrayContaining(['Thomas', 'Margaux', 'Marion', 'Richard']));
    expect(doc.speakers.filter((s) => !['Thomas', 'Margaux', 'Marion', 'Richard', 'Interviewer'].includes(s))).toEqual([]);
  });

  it('the parliamentary HTML: decoded names, no stage directions', () => {
    const doc = read('fr_an_qag_2013-01-29_excerpt.iso-8859-1.html');
    expect([doc.format, doc.language]).toEqual(['html', 'fr']);
    expect(doc.speakers).toEqual(expect.arrayContaining(['M. le président', 'M. Christian Jacob', 'Mme Dominique Bertinotti']));
    expect(doc.speakers.every((s) => !/[&<>;]|\u00a0/.test(s))).toBe(true);
    expect(doc.sentences.some((s) => /^\(Applaudissements/.test(s.text))).toBe(false);
  });

  it('the White House briefing: the officials and the press questions', () => {
    const doc = read('en_whitehouse_covid_briefing_2021-05-13.md');
    expect(doc.language).toBe('en');
    expect(doc.speakers).toEqual(expect.arrayContaining(['ACTING ADMINISTRATOR SLAVITT', 'DR. WALENSKY', 'DR. FAUCI', 'Interviewer']));
    expect(doc.turns.filter((t) => t.role === 'question').length).toBeGreaterThan(3);
  });

  it('the RTTM file is refused', () => {
    expect(() => read('diarization_pyannote_mixture.rttm')).toThrow(InputError);
  });
});

/** Time of the best of two runs, in ms. */
const time = (f: () => unknown) => Math.min(...[0, 1].map(() => {
  const t0 = performance.now();
  f();
  return performance.now() - t0;
}));

describe('speed: linear in the input', () => {
  // Ratios, not absolute times, so that a loaded CI machine cannot make the test flaky: ten times
  // the input may take about ten times as long (up to ~35x measured on one long line, where the
  // garbage collector of 600,000 sentence objects dominates), never a hundred (quadratic).
  it.each([
    ['labelled text', 'big.txt', 'Claire : Je publie tous les jours, et je conseille à chacun de le faire. Pourquoi pas ?\nJULIEN: Moi, une fois par semaine.\n\n'],
    ['one long line', 'line.txt', 'Un mot. Encore un mot… '],
    ['HTML', 'big.html', '<p><b>M.&nbsp;Dupont.</b> Je parle&nbsp;! <i>(Rires.)</i></p>\n'],
  ])('%s: 5 MB takes far less than 100x the time of 0.5 MB', (_what, name, unit) => {
    const small = unit.repeat(Math.ceil(500_000 / unit.length));
    const big = unit.repeat(Math.ceil(5_000_000 / unit.length));
    const a = time(() => parseDocument(small, { filename: name }));
    const b = time(() => parseDocument(big, { filename: name }));
    expect(b / Math.max(a, 1)).toBeLessThan(60);
  });
});
