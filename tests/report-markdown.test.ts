/** The Markdown report for pull-request comments: content, and transcript text kept inert. */
import { describe, expect, it } from 'vitest';
import { escapeMarkdown } from '../src/report/markdown.js';
import { run } from './helpers/exec.js';

describe('escapeMarkdown', () => {
  const rows: Array<[string, string]> = [
    ['Je publie pour vendre.', 'Je publie pour vendre.'],
    ['[clique](https://evil.example)', '\\[clique\\]\\(https://evil.example\\)'],
    ['![img](x.png)', '\\!\\[img\\]\\(x.png\\)'],
    ['<img src=x onerror=alert(1)>', '\\<img src=x onerror=alert\\(1\\)\\>'],
    ['**gras** _it_ `code`', '\\*\\*gras\\*\\* \\_it\\_ \\`code\\`'],
    ['# titre', '\\# titre'],
    ['- liste', '\\- liste'],
    ['1. liste', '1\\. liste'],
    ['a | b', 'a \\| b'],
    ['&#64;team', '\\&\\#64;team'],
    ['merci @team', 'merci @\u2060team'],
    ['rouge \u001b[31m', 'rouge ␛\\[31m'],
    ['deux\nlignes', 'deux lignes'],
  ];
  it.each(rows)('%j', (input, expected) => expect(escapeMarkdown(input)).toBe(expected));
});

describe('dissonance --format markdown', () => {
  it('lists each file with both statements quoted with their positions', () => {
    const r = run(['fixtures/ci/many', '--format', 'markdown']);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/^## dissonance\n\n\*\*4 contradictions\*\* \(4 errors\) in 5 files\.\n/);
    expect(r.stdout).toContain('### fixtures/ci/many/panel-fr.txt');
    expect(r.stdout).toContain('**Claire**');
    expect(r.stdout).toContain('> **L2:10** «Pour être honnête, je publie uniquement pour vendre.»');
    expect(r.stdout).toContain('> **L4:10** «Partagez gratuitement votre savoir, sans calcul.»');
    expect(r.stdout).not.toContain('clean.txt');
  });

  it('says so when nothing is found', () => {
    const r = run(['fixtures/ci/many/clean.txt', '--format', 'markdown']);
    expect(r).toMatchObject({ status: 0, stdout: '## dissonance\n\nNo contradiction found in 1 file.\n' });
  });

  it('lets no escape sequence through', () => {
    const r = run(['fixtures/ci/inject/escapes.txt', '--format', 'markdown'], { env: { FORCE_COLOR: '1', NO_COLOR: '' } });
    expect(r.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    expect(r.stdout).toContain('␛\\[31mrouge');
  });
});
