/** Question headings in Markdown notes belong to the host when the notes show who the host is. */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../src/parse/index.js';

const podcast = `---
title: Épisode 12
---

### Pourquoi avoir ouvert un atelier ?

Inès :

Parce que je voulais travailler le bois avec d'autres.

### Et la suite ?

Bruno :

On agrandit l'atelier au printemps.

Karim : Vous embauchez ?

Bruno :

Pas encore, on verra.

### Un conseil pour finir ?

Inès :

Commencez petit.
`;

const panel = `## Pourquoi faire son pain ?

**Élodie :** Parce que c'est meilleur.

**Marc :** Moi je l'achète.

## Un conseil ?

**Élodie :** Commencez petit.
`;

describe('Markdown question headings', () => {
  it('are the host’s when one speaker asks questions and answers no heading', () => {
    const doc = parseDocument(podcast, { filename: 'episode.md' });
    expect([...doc.speakers].sort()).toEqual(['Bruno', 'Inès', 'Karim']);
    expect(doc.turns.filter((t) => t.role === 'question').map((t) => t.speaker)).toEqual(['Karim', 'Karim', 'Karim', 'Karim']);
  });

  it('stay with an anonymous interviewer when no speaker is clearly the host', () => {
    const doc = parseDocument(panel, { filename: 'notes.md' });
    expect(doc.speakers).toContain('Interviewer');
    expect(doc.turns[0]!.speaker).toBe('Interviewer');
  });
});

const byHeading = `# Les gens du métier — épisode 4

### Nadia (animatrice)
Bonjour et bienvenue. Avec moi, Paul Girard, menuisier. Comment avez-vous commencé ?

### Paul Girard
Par hasard. Mon oncle avait un atelier.

Je l'ai repris en 2010.

### Nadia (animatrice)
Et aujourd'hui, vous formez des apprentis ?

### Paul Girard
Deux par an, toujours.
`;

const sections = `# Notes de conférence

## Contexte
Le marché a changé depuis dix ans.

## Chiffres
Trois salons par an, toujours les mêmes.

## Contexte
Une deuxième partie sur le même sujet.

## Chiffres
Encore des chiffres.
`;

describe('Markdown headings that name the speakers', () => {
  it('label the paragraphs under them, the host by their role', () => {
    const doc = parseDocument(byHeading, { filename: 'episode.md' });
    expect(doc.speakers).toEqual(['Nadia', 'Paul Girard']);
    expect(doc.turns.map((t) => [t.speaker, t.role])).toEqual([
      ['Nadia', 'question'],
      ['Paul Girard', 'answer'],
      ['Nadia', 'question'],
      ['Paul Girard', 'answer'],
    ]);
    // Both paragraphs under one heading are the same turn.
    expect(doc.turns[1]!.text.toString()).toContain('Je l');
  });

  it('are titles when they name sections, not people', () => {
    const doc = parseDocument(sections, { filename: 'notes.md' });
    expect(doc.speakers).toEqual(['Speaker']);
  });
});

describe('Markdown blockquotes', () => {
  const newsletter = [
    '# The puzzle is the easy bit',
    '',
    '> **Q:** How many rooms do you run?',
    '',
    '**Kate:** Five, and a sixth half-built.',
    '',
    '> **Q:** What about pricing?',
    '',
    '**Kate:** Twenty-five a head.',
    '> A quoted line of hers, still hers.',
  ].join('\n');

  it('keep the labels they hold: "> **Q:**" is the interviewer’s turn, not the guest’s', () => {
    const doc = parseDocument(newsletter, { filename: 'kate.md' });
    expect(doc.turns.map((t) => [t.speaker, t.role])).toEqual([
      ['Interviewer', 'question'],
      ['Kate', 'answer'],
      ['Interviewer', 'question'],
      ['Kate', 'answer'],
    ]);
    expect(doc.turns[2]!.text.toString()).toBe('What about pricing?');
    // A quoted line without a label stays with the turn it is in, its position exact.
    const last = doc.turns[3]!;
    expect(last.text.toString()).toContain('A quoted line of hers');
    const at = last.text.toString().indexOf('A quoted');
    expect(newsletter.slice(last.text.toOriginal(at), last.text.toOriginal(at) + 8)).toBe('A quoted');
  });
});

describe('Markdown interviews whose questions stand alone and answers carry no label', () => {
  const answers = (doc: ReturnType<typeof parseDocument>) => doc.turns.map((t) => [t.speaker, t.role, t.qaPair]);
  it('keep the answers under question headings, as the one guest’s', () => {
    const doc = parseDocument('# Entretien\n\n## Pourquoi êtes-vous sur les réseaux ?\n\nPar opportunisme.\n\n## Un conseil ?\n\nSoyez généreux.\n', { filename: 'entretien.md' });
    expect(answers(doc)).toEqual([
      ['Interviewer', 'question', 1],
      ['Speaker', 'answer', 1],
      ['Interviewer', 'question', 2],
      ['Speaker', 'answer', 2],
    ]);
  });

  it('read a question in bold alone on its line as the interviewer’s', () => {
    const text = '# Entretien\n\n**Depuis combien de temps occupez-vous ce poste ?**\n\nVingt-six ans.\n\n__Et votre règle ?__\n\nLa transparence.\n';
    const doc = parseDocument(text, { filename: 'entretien.md' });
    expect(answers(doc)).toEqual([
      ['Interviewer', 'question', 1],
      ['Speaker', 'answer', 1],
      ['Interviewer', 'question', 2],
      ['Speaker', 'answer', 2],
    ]);
    const q = doc.turns[0]!;
    expect(q.text.toString()).toBe('Depuis combien de temps occupez-vous ce poste ?');
    expect(text.slice(q.text.toOriginal(0), q.text.toOriginal(0) + 6)).toBe('Depuis');
  });

  it('leave a bold line that asks nothing to the text', () => {
    const doc = parseDocument('**Vingt-six ans.**\n\nEt ce n’est pas fini.\n', { filename: 'notes.md' });
    expect(answers(doc)).toEqual([['Speaker', 'statement', null]]);
  });

  it('read a bold prompt without a question mark as the interviewer’s when the questions are in bold', () => {
    const text = '**Comment avez-vous commencé ?**\n\n« Par hasard. »\n\n**Le prix de l’or a beaucoup augmenté ces dernières années…**\n\n« Énormément. »\n\n**Et demain ?**\n\n« On verra. »\n';
    const doc = parseDocument(text, { filename: 'entretien.md' });
    expect(answers(doc)).toEqual([
      ['Interviewer', 'question', 1],
      ['Speaker', 'answer', 1],
      ['Interviewer', 'question', 2],
      ['Speaker', 'answer', 2],
      ['Interviewer', 'question', 3],
      ['Speaker', 'answer', 3],
    ]);
  });

  it('but not in a document that asks no question in bold', () => {
    const doc = parseDocument('**Le prix de l’or a beaucoup augmenté ces dernières années…**\n\nÉnormément.\n', { filename: 'notes.md' });
    expect(answers(doc).map((a) => a[1])).not.toContain('question');
  });
});

describe('Markdown talk notes that name their speaker and quote her', () => {
  const notes = [
    '# Soirée des apprentis',
    '',
    '*Intervenante : Odile Ferrand, maréchale-ferrante. Notes de l’équipe.*',
    '',
    'Elle a commencé par un tour de table.',
    '',
    '> « Cette saison, <br>je travaille sept jours sur sept. »',
    '',
    'Elle a recommandé un kiné du coin.',
    '',
    '> « Prenez un jour de repos par semaine,',
    '> sans téléphone. »',
    '',
    '**Q (étudiant) :** Et les chevaux qui ruent ?',
    '',
    '> « De la patience. »',
  ].join('\n');

  it('give each quoted paragraph to her, and the note-taker’s prose to nobody', () => {
    const doc = parseDocument(notes, { filename: 'notes.md' });
    expect(doc.turns.map((t) => [t.speaker, t.role, t.text.toString().replace(/\s+/g, ' ').trim()])).toEqual([
      ['Odile Ferrand', 'statement', '« Cette saison, je travaille sept jours sur sept. »'],
      ['Odile Ferrand', 'statement', '« Prenez un jour de repos par semaine, sans téléphone. »'],
      ['Interviewer', 'question', 'Et les chevaux qui ruent ?'],
      ['Odile Ferrand', 'answer', '« De la patience. »'],
    ]);
  });

  it('leave notes that name no speaker as they were', () => {
    const doc = parseDocument(notes.replace('*Intervenante : Odile Ferrand, maréchale-ferrante. Notes de l’équipe.*', '*Notes de l’équipe.*'), { filename: 'notes.md' });
    expect(doc.speakers).not.toContain('Odile Ferrand');
  });
});

describe('Markdown talk notes that name their speaker in the title or the intro', () => {
  const notes = (title: string, intro: string, quote: (s: string) => string) =>
    [
      title,
      '',
      intro,
      '',
      'She opened with a story about her first job.',
      '',
      quote('I never take a weekend off, not one.'),
      '',
      'Then the advice part.',
      '',
      quote('Protect your weekends. Nobody else will.'),
    ].join('\n');
  const speakersOf = (text: string) => parseDocument(text, { filename: 'notes.md' }).turns.map((t) => t.speaker);

  it('after a dash in the title, with quotes in bare blockquotes', () => {
    expect(speakersOf(notes('# Notes: "Ledgers and lives" — Maya Okafor, FinDev 2025', '*My notes, tidied.*', (s) => `> ${s}`))).toEqual(['Maya Okafor', 'Maya Okafor']);
  });
  it("in the intro's \"notes from Name's keynote\"", () => {
    expect(speakersOf(notes('# FinDev 2025, day two', "*My notes from Maya Okafor's keynote.*", (s) => `> ${s}`))).toEqual(['Maya Okafor', 'Maya Okafor']);
  });
  it('but bare blockquotes stay citations when the notes mark speech with quotation marks', () => {
    const text = notes('# Notes — Maya Okafor, FinDev 2025', '*My notes.*\n\n> Slide: the three rules of bookkeeping', (s) => `> "${s}"`);
    const doc = parseDocument(text, { filename: 'notes.md' });
    expect(doc.turns.filter((t) => t.speaker === 'Maya Okafor').map((t) => t.text.toString().trim())).toEqual(['"I never take a weekend off, not one."', '"Protect your weekends. Nobody else will."']);
  });
  it('after a colon, as "Event: Name on topic"', () => {
    expect(speakersOf(notes('# FinDev 2025: Maya Okafor on ledgers', '*My notes.*', (s) => `> ${s}`))).toEqual(['Maya Okafor', 'Maya Okafor']);
  });
  it('and a title that names nobody names nobody', () => {
    expect(speakersOf(notes('# FinDev 2025: ledgers and lives', '*My notes.*', (s) => `> ${s}`))).not.toContain('Maya Okafor');
  });
});
