/**
 * Transcript text on its way to a terminal: control characters and escape sequences are replaced,
 * so a transcript can never move the cursor, change colours or set the window title.
 */
// C0 controls except tab and newline, DEL, C1 controls, and the bidi overrides that can reorder text.
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

export function sanitize(text: string): string {
  return text.replace(CONTROL, (c) => (c === '\u001b' ? '␛' : c === '\r' ? ' ' : '\uFFFD'));
}

/** One line of text: also folds line breaks. */
export function sanitizeLine(text: string): string {
  return sanitize(text).replace(/[\n\t]+/g, ' ');
}
