/** Format detection by content, with the file name's extension as a hint. */
export type Format = 'text' | 'markdown' | 'srt' | 'vtt' | 'json' | 'html';

const EXTENSIONS: Record<string, Format> = {
  txt: 'text', text: 'text', md: 'markdown', markdown: 'markdown', srt: 'srt', vtt: 'vtt', json: 'json',
  html: 'html', htm: 'html', asp: 'html',
};

export function extensionFormat(name: string | undefined): Format | null {
  const m = /\.([a-z0-9]{1,10})$/i.exec(name ?? '');
  return m ? EXTENSIONS[m[1]!.toLowerCase()] ?? null : null;
}

export function detectFormat(text: string, name?: string): Format {
  const head = text.slice(0, 4096).replace(/^\uFEFF/, '');
  const trimmed = head.trimStart();
  if (/^WEBVTT(?:[ \t]|\r?\n|$)/.test(trimmed)) return 'vtt';
  if (/^\d{1,6}\r?\n\s*\d{1,2}:\d{2}:\d{2},\d{1,3}\s*-->/.test(trimmed)) return 'srt';
  if (/^[{[]/.test(trimmed) && /^[{[]\s*["{[\]}]/.test(trimmed)) return 'json';
  if (/^<(?:!doctype html|html|head|body|p|div|h[1-6]|meta)\b/i.test(trimmed)) return 'html';
  const hint = extensionFormat(name);
  if (hint === 'markdown') return 'markdown';
  if (/^---\r?\n[\s\S]{0,2000}?\r?\n---\r?\n/.test(head) || /^#{1,6} \S/m.test(head) || /^\*\*[^*\n]{1,40}\*\*/m.test(head)) {
    return 'markdown';
  }
  return hint === 'srt' || hint === 'vtt' || hint === 'html' ? hint : 'text';
}
