/** The one unnamed voice of an interview page or of talk notes, named by the title or the intro. */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../src/parse/index.js';

const speakersOf = (text: string, filename: string) => parseDocument(text, { filename }).speakers;

describe('an HTML interview whose questions are headings', () => {
  const page = (h1: string, intro = '<p>Installée depuis quinze ans au-dessus de Grasse, elle compose des parfums pour de petites maisons.</p>') =>
    `<html><body><article><h1>${h1}</h1>${intro}<h2>Comment êtes-vous arrivée au parfum ?</h2><p>Par le nez de ma grand-mère. Élise, c'est elle qui m'a appris.</p><h2>Et demain ?</h2><p>On verra.</p></article></body></html>`;

  it('names the guest from "Name, occupation : « … »"', () => {
    expect(speakersOf(page('Élise Varenne, parfumeuse : « Je me lève pour une odeur »'), 'p.html')).toEqual(['Élise Varenne', 'Interviewer']);
  });
  it('from "Meet …: Name of …"', () => {
    expect(speakersOf(page('Meet your perfumer: Élise Varenne of Grasse'), 'p.html')).toEqual(['Élise Varenne', 'Interviewer']);
  });
  it('keeps "Speaker" when a title-case title names nobody the answers speak of', () => {
    expect(speakersOf(page('The Art Of Scent: notes from the workshop'), 'p.html')).toEqual(['Speaker', 'Interviewer']);
  });
});

describe('Markdown notes and write-ups', () => {
  it('"## Entretien avec Name, …" names the guest', () => {
    const md = '# « La mairie, c’est la maison de tout le monde »\n\n## Entretien avec Odile Ferrand, secrétaire de mairie\n\n**Depuis combien de temps ?**\n\nVingt-six ans.\n\n**Et votre règle ?**\n\nLa transparence.\n';
    expect(speakersOf(md, 'e.md')).toEqual(['Interviewer', 'Odile Ferrand']);
  });
  it("an intro that opens on the guest's name", () => {
    const md = '# "You\'ve got sixty minutes": inside the busiest escape rooms\n\n*Priya Nandakumar co-founded Lockjaw Rooms in 2017 in a former carpet warehouse.*\n\n## How did it start?\n\nBadly! Priya is my name and puzzles are my game.\n';
    expect(speakersOf(md, 'e.md')).toEqual(['Priya Nandakumar', 'Interviewer']);
  });
  it("a talk's title followed by its speaker", () => {
    const md = '# Vendre des prestations agiles - Thibault Jouannic\n\nMerci. Je m’appelle Thibault et je vais parler de vente.\n';
    expect(speakersOf(md, 't.md')).toEqual(['Thibault Jouannic']);
  });
  it('leaves labelled transcripts as they are', () => {
    const md = '# Podcast — Élise Varenne\n\n**Élise :** Bonjour.\n\n**Marc :** Bonjour Élise.\n\n**Élise :** On commence ?\n';
    expect(speakersOf(md, 't.md')).not.toContain('Élise Varenne');
  });
});

describe('talk notes that name their speaker in a heading and quote her', () => {
  const notes = (heading: string) =>
    `# Salon des métiers d'art — compte rendu\n\n## ${heading}\n\n*Compte rendu rédigé par l'équipe bénévole du salon.*\n\nInès montre ses outils.\n\n> « Un savoir-faire qu'on garde pour soi, c'est un savoir-faire qui meurt. »\n\nPuis elle parle des stages.\n\n> « Le collage, ça je le garde pour les stages. »\n`;
  it("give her quotes to her, the note-taker's prose to nobody", () => {
    const doc = parseDocument(notes('« Transmettre ou protéger ? » avec Inès Caradec, mosaïste'), { filename: 'n.md' });
    expect(doc.speakers).toEqual(['Inès Caradec']);
    expect(doc.turns.map((t) => t.text.toString().slice(0, 3))).toEqual(['« U', '« L']);
  });
  it("a quoted title that asks a question is a title, not the interviewer's question", () => {
    const doc = parseDocument(notes('« Transmettre ou protéger ? » avec Inès Caradec, mosaïste'), { filename: 'n.md' });
    expect(doc.turns.some((t) => t.role === 'question')).toBe(false);
  });
  it('and a heading that ends on its question still is one', () => {
    const doc = parseDocument('## Pourquoi la mosaïque ?\n\nPar hasard.\n', { filename: 'n.md' });
    expect(doc.turns.map((t) => t.role)).toEqual(['question', 'answer']);
  });
});
