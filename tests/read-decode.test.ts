/** bytes -> text: BOMs, UTF-16, Latin-1/Windows-1252 fallback, HTML charset, binary refused. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decode, declaredCharset } from '../src/read/decode.js';
import { InputError } from '../src/read/errors.js';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/formats/${name}`, import.meta.url));

describe('decode', () => {
  it.each([
    ['utf16le.txt', 'utf-16le', 'Anna : Je cours chaque matin.\nBen : Moi, jamais.\n'],
    ['utf16be.txt', 'utf-16be', 'Anna : Je cours chaque matin.\n'],
    ['utf8-bom-crlf.txt', 'utf-8', 'Zoé : Je marche, été comme hiver.\r\nYann : Moi aussi.\r\n'],
    ['cp1252.txt', 'windows-1252', 'Zoé : Je marche, été comme hiver, “toujours”.\n'],
  ])('%s is read as %s', (file, encoding, text) => {
    const d = decode(fixture(file));
    expect(d.encoding).toBe(encoding);
    expect(d.text).toBe(text);
  });

  it('says when it falls back to Windows-1252', () => {
    expect(decode(fixture('cp1252.txt')).notes).toEqual(['not valid UTF-8: read as Windows-1252 (Latin-1)']);
    expect(decode(fixture('utf8-bom-crlf.txt')).notes).toEqual([]);
  });

  it('reads the charset an HTML file declares', () => {
    expect(declaredCharset(fixture('seance.latin1.html'))).toBe('windows-1252');
    expect(declaredCharset(Buffer.from('<html><meta charset="utf-8"><p>x</p>'))).toBe('utf-8');
    expect(declaredCharset(Buffer.from('<meta charset=klingon>'))).toBeNull();
    expect(declaredCharset(Buffer.from('plain text charset=latin1'))).toBeNull();
    expect(decode(fixture('seance.latin1.html')).text).toContain('M.&nbsp;Hugo Bérard,');
  });

  it('reads UTF-16 without a byte-order mark, and says so', () => {
    const text = 'Anna : Je cours chaque matin, été comme hiver.\nBen : Moi, jamais.\n';
    const le = decode(Buffer.from(text, 'utf16le'));
    expect(le).toEqual({ text, encoding: 'utf-16le', notes: ['no byte-order mark: read as UTF-16LE'] });
    const be = Buffer.from(text, 'utf16le').swap16();
    expect(decode(be)).toEqual({ text, encoding: 'utf-16be', notes: ['no byte-order mark: read as UTF-16BE'] });
    // Zeros on both sides are binary, not UTF-16; so are 16-bit numbers that decode to control codes.
    expect(() => decode(new Uint8Array(64))).toThrow(InputError);
    expect(() => decode(new Uint8Array(Uint16Array.from({ length: 64 }, (_, i) => ((i * 7) % 30) + 1).buffer))).toThrow(InputError);
  });

  it('refuses binary files', () => {
    expect(() => decode(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]))).toThrow(InputError);
  });
});
