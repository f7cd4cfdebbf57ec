/**
 * A JSON reader that keeps, for every string, a MappedText back to the characters of the string
 * inside the file (escapes included), so that transcription JSON can be reported at the right
 * line and column. Iterative, linear, no recursion limit problems on deep input.
 */
import { MappedText } from './mapped-text.js';

export type JsonValue = null | boolean | number | JsonString | JsonValue[] | { [key: string]: JsonValue };

export class JsonString {
  constructor(
    readonly value: string,
    readonly mapped: MappedText,
  ) {}
}

export class JsonSyntaxError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

export function parseJsonWithPositions(text: string): JsonValue {
  let i = 0;
  const n = text.length;
  const ws = () => {
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 32 || c === 9 || c === 10 || c === 13 || c === 0xfeff) i++;
      else break;
    }
  };
  const fail = (what: string): never => {
    throw new JsonSyntaxError(`${what} at offset ${i}`, i);
  };
  const readString = (): JsonString => {
    // text[i] === '"'
    i++;
    const mapped = new MappedText();
    let chunkStart = i;
    let value = '';
    while (true) {
      if (i >= n) fail('unterminated string');
      const c = text.charCodeAt(i);
      if (c === 34) {
        const chunk = text.slice(chunkStart, i);
        mapped.append(chunk, chunkStart);
        value += chunk;
        i++;
        return new JsonString(value, mapped);
      }
      if (c === 92) {
        const chunk = text.slice(chunkStart, i);
        mapped.append(chunk, chunkStart);
        value += chunk;
        const at = i;
        const e = text[i + 1];
        let decoded: string;
        if (e === 'u') {
          const hex = text.slice(i + 2, i + 6);
          if (!/^[0-9a-fA-F]{4}$/.test(hex)) fail('bad unicode escape');
          decoded = String.fromCharCode(parseInt(hex, 16));
          i += 6;
        } else {
          const map: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
          if (e === undefined || !(e in map)) fail('bad escape');
          decoded = map[e!]!;
          i += 2;
        }
        // The decoded character points at its escape in the file.
        mapped.appendReplacement(decoded, at, i - at);
        value += decoded;
        chunkStart = i;
        continue;
      }
      i++;
    }
  };
  const readScalar = (): JsonValue => {
    const m = /^(?:-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null)/.exec(text.slice(i, i + 400));
    if (!m) fail('unexpected character');
    i += m![0].length;
    const s = m![0];
    return s === 'true' ? true : s === 'false' ? false : s === 'null' ? null : Number(s);
  };

  type Frame = { kind: 'array'; value: JsonValue[] } | { kind: 'object'; value: Record<string, JsonValue>; key: string | null };
  const stack: Frame[] = [];
  let result: JsonValue | undefined;
  const emit = (v: JsonValue) => {
    const top = stack[stack.length - 1];
    if (!top) result = v;
    else if (top.kind === 'array') top.value.push(v);
    else {
      top.value[top.key!] = v;
      top.key = null;
    }
  };
  ws();
  while (true) {
    ws();
    const top = stack[stack.length - 1];
    if (top && top.kind === 'object' && top.key === null) {
      if (text[i] === '}') {
        i++;
        stack.pop();
        emit(top.value);
        if (!afterValue()) break;
        continue;
      }
      if (text[i] !== '"') fail('expected a key');
      top.key = readString().value;
      ws();
      if (text[i] !== ':') fail('expected ":"');
      i++;
      continue;
    }
    if (top && top.kind === 'array' && text[i] === ']') {
      i++;
      stack.pop();
      emit(top.value);
      if (!afterValue()) break;
      continue;
    }
    const c = text[i];
    if (c === '{') {
      i++;
      stack.push({ kind: 'object', value: {}, key: null });
      continue;
    }
    if (c === '[') {
      i++;
      stack.push({ kind: 'array', value: [] });
      continue;
    }
    emit(c === '"' ? readString() : readScalar());
    if (!afterValue()) break;
  }
  ws();
  if (i < n) fail('unexpected text after JSON');
  return result!;

  /** After a value: a comma continues the container, its closer ends it; false at top level. */
  function afterValue(): boolean {
    while (true) {
      ws();
      const top = stack[stack.length - 1];
      if (!top) return false;
      if (text[i] === ',') {
        i++;
        return true;
      }
      const closer = top.kind === 'array' ? ']' : '}';
      if (text[i] !== closer) fail(`expected "," or "${closer}"`);
      i++;
      stack.pop();
      emit(top.value);
    }
  }
}

export function str(v: JsonValue | undefined): JsonString | null {
  return v instanceof JsonString ? v : null;
}

export function obj(v: JsonValue | undefined): Record<string, JsonValue> | null {
  return v !== null && typeof v === 'object' && !Array.isArray(v) && !(v instanceof JsonString) ? v : null;
}

export function arr(v: JsonValue | undefined): JsonValue[] | null {
  return Array.isArray(v) ? v : null;
}
