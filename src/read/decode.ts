/**
 * bytes -> text. UTF-8 with or without BOM, UTF-16 LE/BE with BOM (or without, recognised by its
 * zero bytes, with a note), the charset an HTML file
 * declares in its first 1024 bytes (`<meta charset>` or `http-equiv`), and Windows-1252 (a superset
 * of Latin-1 for printable text, as browsers read "iso-8859-1") when the bytes are not valid UTF-8.
 * Binary files are refused. Line ends are kept as they are, so positions count in the file as the
 * user has it.
 */
import { InputError } from './errors.js';

export interface Decoded {
  text: string;
  encoding: string;
  notes: string[];
}

export function decode(bytes: Uint8Array): Decoded {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le', notes: [] };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be', notes: [] };
  }
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes;
  const utf16 = bom ? null : utf16WithoutBom(body);
  if (utf16) {
    const text = new TextDecoder(utf16).decode(body);
    // 16-bit binary data can have the same zeros: its characters are then mostly control codes.
    if (controlShare(text) > 0.1) throw new InputError('binary file, not a transcript');
    return { text, encoding: utf16, notes: [`no byte-order mark: read as ${utf16.toUpperCase()}`] };
  }
  if (looksBinary(body)) throw new InputError('binary file, not a transcript');
  const declared = bom ? null : declaredCharset(body);
  if (declared && declared !== 'utf-8') {
    // The HTML says which charset it uses: read it so, without a warning.
    const text = declared === 'windows-1252' ? decodeWindows1252(body) : new TextDecoder(declared).decode(body);
    return { text, encoding: declared, notes: [] };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(body), encoding: 'utf-8', notes: [] };
  } catch {
    return {
      text: decodeWindows1252(body),
      encoding: 'windows-1252',
      notes: [declared ? 'declares UTF-8 but is not valid UTF-8: read as Windows-1252 (Latin-1)' : 'not valid UTF-8: read as Windows-1252 (Latin-1)'],
    };
  }
}

/**
 * The charset an HTML document declares in its first 1024 bytes (as the HTML prescan does), in the
 * name TextDecoder uses ("iso-8859-1" and "latin1" are "windows-1252", as in browsers); null when
 * none is declared or the name is unknown.
 */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  if (!/<(?:!doctype html|html|head|meta|body)\b/i.test(head)) return null;
  const m = /<meta\b[^>]{0,300}?charset[ \t]{0,4}=[ \t]{0,4}["']?[ \t]{0,4}([A-Za-z0-9._:-]{1,40})/i.exec(head);
  if (!m) return null;
  try {
    return new TextDecoder(m[1]!.toLowerCase()).encoding;
  } catch {
    return null;
  }
}

/** Windows-1252 characters for the bytes 0x80-0x9f (five are unassigned and kept as C1 codes). */
const CP1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/**
 * Windows-1252, decoded here: Node 20's TextDecoder('windows-1252') reads 0x80-0x9f as C1 control
 * characters (ISO-8859-1), which loses the curly quotes, dashes and "…" of real files.
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  const chunks: string[] = [];
  const codes = new Array<number>(Math.min(bytes.length, 8192));
  for (let start = 0; start < bytes.length; start += 8192) {
    const end = Math.min(bytes.length, start + 8192);
    codes.length = end - start;
    for (let i = start; i < end; i++) {
      const b = bytes[i]!;
      codes[i - start] = b >= 0x80 && b <= 0x9f ? CP1252_HIGH.charCodeAt(b - 0x80) : b;
    }
    chunks.push(String.fromCharCode(...codes));
  }
  return chunks.join('');
}

/**
 * UTF-16 without a byte-order mark (some Windows exports): text in the Latin and most other
 * scripts has a zero high byte in most of its code units, so in the first 8 KB nearly every other
 * byte is zero (the odd ones for little-endian, the even ones for big-endian) and the others are
 * not. A binary file has zeros on both sides.
 */
function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 8192) & ~1;
  if (n < 16) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const units = n / 2;
  if (oddZeros >= 0.6 * units && evenZeros <= 0.02 * units) return 'utf-16le';
  if (evenZeros >= 0.6 * units && oddZeros <= 0.02 * units) return 'utf-16be';
  return null;
}

/** The share of control characters (other than tab, line breaks and escape) in the first 4,096 characters. */
function controlShare(text: string): number {
  const n = Math.min(text.length, 4096);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 9 || (c > 13 && c < 32 && c !== 27) || (c >= 0x7f && c < 0xa0)) control++;
  }
  return n > 0 ? control / n : 0;
}

/** NUL bytes, or many control characters, in the first 8 KB: not text. */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32 && b !== 27)) control++;
  }
  return n > 0 && control / n > 0.1;
}
