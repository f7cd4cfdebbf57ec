/**
 * HTML character references: numeric ones (with the Windows-1252 reading of &#128;-&#159; that
 * browsers apply) and the named ones transcripts use: all of Latin-1 plus typographic punctuation.
 * An unknown name is left as it is written.
 */
const LATIN1 = [
  'nbsp', 'iexcl', 'cent', 'pound', 'curren', 'yen', 'brvbar', 'sect', 'uml', 'copy', 'ordf', 'laquo', 'not', 'shy', 'reg', 'macr',
  'deg', 'plusmn', 'sup2', 'sup3', 'acute', 'micro', 'para', 'middot', 'cedil', 'sup1', 'ordm', 'raquo', 'frac14', 'frac12', 'frac34', 'iquest',
  'Agrave', 'Aacute', 'Acirc', 'Atilde', 'Auml', 'Aring', 'AElig', 'Ccedil', 'Egrave', 'Eacute', 'Ecirc', 'Euml', 'Igrave', 'Iacute', 'Icirc', 'Iuml',
  'ETH', 'Ntilde', 'Ograve', 'Oacute', 'Ocirc', 'Otilde', 'Ouml', 'times', 'Oslash', 'Ugrave', 'Uacute', 'Ucirc', 'Uuml', 'Yacute', 'THORN', 'szlig',
  'agrave', 'aacute', 'acirc', 'atilde', 'auml', 'aring', 'aelig', 'ccedil', 'egrave', 'eacute', 'ecirc', 'euml', 'igrave', 'iacute', 'icirc', 'iuml',
  'eth', 'ntilde', 'ograve', 'oacute', 'ocirc', 'otilde', 'ouml', 'divide', 'oslash', 'ugrave', 'uacute', 'ucirc', 'uuml', 'yacute', 'thorn', 'yuml',
];

const NAMED = new Map<string, string>([
  ['amp', '&'], ['lt', '<'], ['gt', '>'], ['quot', '"'], ['apos', "'"],
  ['OElig', '\u0152'], ['oelig', '\u0153'], ['Scaron', '\u0160'], ['scaron', '\u0161'], ['Yuml', '\u0178'], ['fnof', '\u0192'],
  ['circ', '\u02c6'], ['tilde', '\u02dc'], ['ensp', '\u2002'], ['emsp', '\u2003'], ['thinsp', '\u2009'], ['zwnj', '\u200c'], ['zwj', '\u200d'],
  ['lrm', '\u200e'], ['rlm', '\u200f'], ['ndash', '\u2013'], ['mdash', '\u2014'], ['lsquo', '\u2018'], ['rsquo', '\u2019'], ['sbquo', '\u201a'],
  ['ldquo', '\u201c'], ['rdquo', '\u201d'], ['bdquo', '\u201e'], ['dagger', '\u2020'], ['Dagger', '\u2021'], ['bull', '\u2022'], ['hellip', '\u2026'],
  ['permil', '\u2030'], ['prime', '\u2032'], ['Prime', '\u2033'], ['lsaquo', '\u2039'], ['rsaquo', '\u203a'], ['euro', '\u20ac'], ['trade', '\u2122'],
  ['larr', '\u2190'], ['rarr', '\u2192'], ['harr', '\u2194'], ['minus', '\u2212'], ['le', '\u2264'], ['ge', '\u2265'], ['ne', '\u2260'],
  ['nbhy', '\u2011'], ['NonBreakingSpace', '\u00a0'], ['numsp', '\u2007'], ['puncsp', '\u2008'], ['hairsp', '\u200a'], ['NoBreak', '\u2060'],
]);
LATIN1.forEach((name, i) => NAMED.set(name, String.fromCharCode(0xa0 + i)));

/** Windows-1252 characters for the C1 code points 0x80-0x9f (HTML's numeric reference fix-up). */
const CP1252 = '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/**
 * The character reference at `i` (text[i] === '&'): its decoded text and length in the source, or
 * null when there is none. Bounded: reads at most 34 characters.
 */
export function readEntity(text: string, i: number): { value: string; length: number } | null {
  const m = /^&(?:#[xX]([0-9a-fA-F]{1,6})|#([0-9]{1,7})|([A-Za-z][A-Za-z0-9]{1,31}));?/.exec(text.slice(i, i + 40));
  if (!m) return null;
  if (m[3] !== undefined) {
    const v = NAMED.get(m[3]);
    // A name needs its semicolon, except the few that browsers accept bare (&nbsp &amp ...).
    if (v === undefined || (!m[0].endsWith(';') && !['nbsp', 'amp', 'lt', 'gt', 'quot'].includes(m[3]))) return null;
    return { value: v, length: m[0].length };
  }
  let code = m[1] !== undefined ? parseInt(m[1], 16) : parseInt(m[2]!, 10);
  if (code >= 0x80 && code <= 0x9f) code = CP1252.charCodeAt(code - 0x80);
  if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) code = 0xfffd;
  return { value: String.fromCodePoint(code), length: m[0].length };
}
