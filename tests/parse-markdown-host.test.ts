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
