/**
 * Finds where a JSON text stops being JSON. Node's own messages do not always say: Node 20 writes
 * `Unexpected token '}', "{"a": }" is not valid JSON` with no position, Node 22 adds "(line 1
 * column 7)". So once JSON.parse has failed, this small scanner walks the text again and returns
 * the offset and a plain message, the same on every Node version. It never builds values.
 */
export interface JsonSyntaxError {
  /** Offset in the text, in UTF-16 code units. */
  offset: number;
  message: string;
}

class Stop {
  constructor(
    readonly offset: number,
    readonly message: string,
  ) {}
}

const NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
const HEX4 = /[0-9a-fA-F]{4}/y;

export function findJsonSyntaxError(text: string): JsonSyntaxError | null {
  const n = text.length;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;

  const found = (at: number): string => {
    if (at >= n) return 'the end of the file';
    const cp = text.codePointAt(at)!;
    return cp < 0x20 ? `a control character (U+${cp.toString(16).padStart(4, '0').toUpperCase()})` : `'${String.fromCodePoint(cp)}'`;
  };
  const fail = (expected: string): never => {
    throw new Stop(i, i >= n ? `unexpected end of file, expected ${expected}` : `expected ${expected}, found ${found(i)}`);
  };
  const ws = (): void => {
    for (let c = text.charCodeAt(i); c === 32 || c === 9 || c === 10 || c === 13; c = text.charCodeAt(++i));
  };
  const string = (): void => {
    i++; // opening quote
    for (;;) {
      if (i >= n) throw new Stop(i, 'unterminated string');
      const c = text.charCodeAt(i);
      if (c === 34) {
        i++;
        return;
      }
      if (c === 92) {
        const e = text[i + 1];
        if (e !== undefined && '"\\/bfnrt'.includes(e)) i += 2;
        else if (e === 'u') {
          HEX4.lastIndex = i + 2;
          if (!HEX4.test(text)) throw new Stop(i, 'bad \\u escape in string (four hexadecimal digits expected)');
          i += 6;
        } else throw new Stop(i, `bad escape ${JSON.stringify(`\\${e ?? ''}`)} in string`);
      } else if (c < 0x20) {
        throw new Stop(i, `${found(i)} in a string (write a line break as \\n, a tab as \\t)`);
      } else i++;
    }
  };
  const value = (): void => {
    ws();
    const c = text[i];
    if (c === '{') {
      i++;
      ws();
      if (text[i] === '}') {
        i++;
        return;
      }
      for (;;) {
        ws();
        if (text[i] !== '"') fail('a property name in double quotes');
        string();
        ws();
        if (text[i] !== ':') fail("':' after the property name");
        i++;
        value();
        ws();
        if (text[i] === ',') i++;
        else if (text[i] === '}') {
          i++;
          return;
        } else fail("',' or '}' after the property value");
      }
    } else if (c === '[') {
      i++;
      ws();
      if (text[i] === ']') {
        i++;
        return;
      }
      for (;;) {
        value();
        ws();
        if (text[i] === ',') i++;
        else if (text[i] === ']') {
          i++;
          return;
        } else fail("',' or ']' after the array element");
      }
    } else if (c === '"') string();
    else if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) {
      NUMBER.lastIndex = i;
      if (!NUMBER.test(text)) fail('a number');
      i = NUMBER.lastIndex;
    } else {
      for (const word of ['true', 'false', 'null']) {
        if (text.startsWith(word, i)) {
          i += word.length;
          return;
        }
      }
      fail('a value (object, array, string, number, true, false or null)');
    }
  };

  try {
    value();
    ws();
    if (i < n) throw new Stop(i, `unexpected ${found(i)} after the end of the JSON value`);
    return null;
  } catch (err) {
    if (err instanceof Stop) return { offset: err.offset, message: err.message };
    if (err instanceof RangeError) return null; // nested too deep for this scanner; the caller falls back
    throw err;
  }
}
