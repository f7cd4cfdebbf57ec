/** Format detection by content, with the file name's extension as a hint. */
export type Format = 'text' | 'markdown' | 'srt' | 'vtt' | 'json' | 'html' | 'rttm';

const EXTENSIONS: Record<string, Format> = {
  txt: 'text', text: 'text', md: 'markdown', markdown: 'markdown', srt: 'srt', vtt: 'vtt', webvtt: 'vtt', json: 'json',
  html: 'html', htm: 'html', xhtml: 'html', asp: 'html', aspx: 'html', php: 'html', rttm: 'rttm',
};

export function extensionFormat(name: string | undefined): Format | null {
  const m = /\.([a-z0-9]{1,10})$/i.exec(name ?? '');
  return m ? EXTENSIONS[m[1]!.toLowerCase()] ?? null : null;
}

// Each test reads a bounded head of the file with bounded quantifiers.
const VTT = /^WEBVTT(?:[ \t]|\r?\n|$)/;
const SRT = /^\d{1,9}[ \t]{0,4}\r?\n[ \t]{0,4}\d{1,3}:\d{2}:\d{2}[,.]\d{1,3}[ \t]{1,4}-->/;
const SRT_NO_NUMBER = /^\d{1,3}:\d{2}:\d{2},\d{1,3}[ \t]{1,4}-->[ \t]{1,4}\d{1,3}:\d{2}:\d{2},\d{1,3}/;
const RTTM_LINE = /^(?:SPEAKER|SPKR-INFO|LEXEME|NON-SPEECH|NON-LEX|SEGMENT|NOSCORE|NO_RT_METADATA|A\/P|STRUCTURE|IP|EDIT|FILLER|SU|CB)[ \t]{1,8}\S{1,200}[ \t]{1,8}\S{1,8}[ \t]{1,8}\S{1,20}[ \t]{1,8}\S{1,20}/;
const HTML = /^(?:<\?xml[^>]{0,200}>\s{0,200})?(?:<!--[\s\S]{0,2000}?-->\s{0,200})?<(?:!doctype html|html|head|body|p|div|h[1-6]|meta|table|section|article|title)\b/i;

export function detectFormat(text: string, name?: string): Format {
  const head = text.slice(0, 4096).replace(/^\uFEFF/, '');
  const trimmed = head.trimStart();
  if (VTT.test(trimmed)) return 'vtt';
  if (SRT.test(trimmed) || SRT_NO_NUMBER.test(trimmed)) return 'srt';
  if (/^[{[]/.test(trimmed) && /^[{[]\s*["{[\]}]/.test(trimmed)) return 'json';
  if (HTML.test(trimmed)) return 'html';
  const lines = trimmed.split(/\r?\n/, 20).filter((l) => l.trim() !== '');
  if (lines.length > 0 && lines.every((l) => RTTM_LINE.test(l))) return 'rttm';
  const hint = extensionFormat(name);
  if (hint === 'markdown') return 'markdown';
  if (hint === 'html' && /<\/?(?:p|br|b|strong|div|span|a)\b/i.test(head)) return 'html';
  // Bold at a line start is Markdown, unless the name says plain text ("**Nom :**" labels in a .txt).
  if (/^---\r?\n[\s\S]{0,2000}?\r?\n---\r?\n/.test(head) || /^#{1,6} \S/m.test(head) || (hint !== 'text' && /^\*\*[^*\n]{1,40}\*\*/m.test(head))) {
    return 'markdown';
  }
  return hint === 'srt' || hint === 'vtt' ? hint : 'text';
}
