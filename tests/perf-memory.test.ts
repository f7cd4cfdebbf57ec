/**
 * A large file is checked turn by turn: the parser hands on turns as it reads them, the classifier
 * holds only its look-ahead window, and the detector only the best statements. What is held is
 * counted here, not measured (`npm run bench` reports the peak memory); and checking turn by turn
 * must give exactly what checking a whole parsed document gives.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { check, checkDocument, CompiledLexicon, builtinLexiconPaths, loadLexiconFile, parseDocument } from '../src/index.js';
import { LOOKAHEAD_SENTENCES, LOOKAHEAD_TURNS, TurnClassifier } from '../src/classify/classify.js';
import { Detector } from '../src/detect/detect.js';
import { DocumentBuilder } from '../src/parse/index.js';
import { MappedText } from '../src/parse/mapped-text.js';
import { parseText } from '../src/parse/text.js';
import type { Mention } from '../src/classify/types.js';
import { decode } from '../src/read/decode.js';

const lexicon = CompiledLexicon.compile(builtinLexiconPaths().map((p) => loadLexiconFile(p)));

/** An interview of n exchanges between two recurring speakers, with lexicon terms and negations. */
function interview(n: number): string {
  const lines: string[] = [];
  for (let i = 0; i < n; i++) {
    lines.push(`Journaliste : Question ${i}, que conseillez-vous ?`);
    lines.push(i % 2 === 0 ? `Claire Martin : Soyez généreux, partagez vos idées. Moi je suis là par opportunisme, pas par passion.` : `Claire Martin : Je ne travaille jamais le week-end. Reposez-vous !`);
    lines.push('');
  }
  return lines.join('\n');
}

describe('memory: a large file is checked turn by turn', () => {
  it('the text parser hands on the first turn before building the others', () => {
    const source = interview(5000);
    let appended = 0;
    const original = MappedText.prototype.append;
    MappedText.prototype.append = function (this: MappedText, ...a: Parameters<MappedText['append']>) {
      appended++;
      return original.apply(this, a);
    };
    try {
      const first = parseText(source).turns[Symbol.iterator]().next();
      expect(first.done).toBe(false);
      expect(first.value.speaker).toBe('Journaliste');
      // 10,000 turns in the file; only the first two have been started.
      expect(appended).toBeLessThanOrEqual(2);
    } finally {
      MappedText.prototype.append = original;
    }
  });

  it('the classifier holds at most its look-ahead window, and classifies every turn once, in order', () => {
    const builder = new DocumentBuilder();
    const classifier = new TurnClassifier('fr', lexicon);
    const classified: number[] = [];
    let mentions = 0;
    const emit = (turn: { index: number }, analyses: Array<{ mentions: unknown[] }>) => {
      classified.push(turn.index);
      for (const a of analyses) mentions += a.mentions.length;
    };
    let pushed = 0;
    let most = 0;
    for (const raw of parseText(interview(3 * LOOKAHEAD_TURNS)).turns) {
      const turn = builder.add(raw);
      if (!turn) continue;
      classifier.push(turn, emit);
      pushed++;
      most = Math.max(most, classifier.pending);
    }
    expect(most).toBe(LOOKAHEAD_TURNS);
    classifier.end(emit);
    expect(classifier.pending).toBe(0);
    expect(classified).toEqual(Array.from({ length: pushed }, (_, i) => i));
    expect(mentions).toBeGreaterThan(pushed / 2);
  });

  it('a talk of long sections is held a few sections at a time, not 200 of them', () => {
    // Sections of 120 sentences each, one speaker: the window is bounded by its sentences.
    const section = (i: number) => `Orateur : Partie ${i}. ` + Array.from({ length: 119 }, (_, k) => (k % 3 === 0 ? 'Soyez généreux avec vos idées.' : k % 3 === 1 ? 'Je travaille le week-end.' : 'Le marché change vite.')).join(' ');
    const source = Array.from({ length: 60 }, (_, i) => section(i)).join('\n\n');
    const builder = new DocumentBuilder();
    const classifier = new TurnClassifier('fr', lexicon);
    const classified: number[] = [];
    let pushed = 0;
    let most = 0;
    for (const raw of parseText(source).turns) {
      const turn = builder.add(raw);
      if (!turn) continue;
      expect(turn.sentences.length).toBe(120);
      classifier.push(turn, (t) => classified.push(t.index));
      pushed++;
      most = Math.max(most, classifier.pendingSentences);
    }
    expect(pushed).toBe(60);
    expect(most).toBeLessThanOrEqual(LOOKAHEAD_SENTENCES + 120);
    expect(most).toBeGreaterThan(LOOKAHEAD_SENTENCES - 120);
    classifier.end((t) => classified.push(t.index));
    expect(classifier.pendingSentences).toBe(0);
    expect(classified).toEqual(Array.from({ length: 60 }, (_, i) => i));
  });

  it('the detector keeps at most two statements per speaker, concept, stance and mode', () => {
    const detector = new Detector<number>(lexicon);
    const mention = (sentence: number, confidence: number): Mention => ({
      concept: 'generosity',
      stance: 'endorse',
      mode: 'advice',
      attribution: 'self',
      confidence,
      speaker: 'Claire',
      sentence,
      turn: sentence,
      qaPair: null,
      terms: [],
      negation: null,
      flags: [],
    });
    const all = Array.from({ length: 10_000 }, (_, i) => mention(i, (i % 97) / 100));
    for (const m of all) detector.addSentence([m], m.sentence);
    expect(detector.keptCount).toBe(2);
    // The best two (confidence 0.96), the earliest of them, are the ones kept, with their context.
    expect(detector.contextOf(all[96]!)).toBe(96);
    expect(detector.contextOf(all[193]!)).toBe(193);
  });

  it('a 10,000-turn interview gives one finding per rule, with the other statements counted', () => {
    const result = check(interview(5000), { lexicon, path: 'long.txt' });
    const rules = result.findings.map((f) => f.ruleId);
    expect(new Set(rules).size).toBe(rules.length);
    expect(result.findings.length).toBeGreaterThan(0);
    expect(Math.max(...result.findings.map((f) => f.moreEvidence ?? 0))).toBeGreaterThan(1000);
  });

  it('checking turn by turn gives exactly what checking the whole parsed document gives', () => {
    const dirs = ['fixtures/demo', 'fixtures/eval', 'fixtures/formats'];
    let files = 0;
    for (const dir of dirs) {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        let text: string;
        try {
          text = decode(readFileSync(path)).text;
        } catch {
          continue;
        }
        let whole: unknown;
        try {
          whole = checkDocument(parseDocument(text, { filename: name }), { lexicon, path, explain: true });
        } catch {
          continue; // files that are refused (RTTM) are refused either way
        }
        expect(check(text, { lexicon, path, explain: true })).toEqual(whole);
        // Without --explain, questions are not classified at all (they commit nobody): the findings
        // must be the same.
        const { explain: _, ...plain } = whole as { explain?: unknown };
        expect(check(text, { lexicon, path })).toEqual(plain);
        files++;
      }
    }
    expect(files).toBeGreaterThan(50);
  });
});
