/**
 * Text ready for matching, plus the way back to what the customer wrote, so reasons can quote
 * the phrase exactly as typed even when normalising changed its length.
 */
export interface NormalisedText {
  text: string;
  /** The original span behind normalised `[start, end)`. */
  original(start: number, end: number): string;
}

// Curly apostrophes ("won’t") become straight ones, and tabs, hyphens and dashes become spaces
// so one space in a pattern covers "e-post", "e post" and "one–star". Each replacement keeps
// the length, so offsets stay valid.
const APOSTROPHES = /[\u2018\u2019\u02bc\u2032`´]/gu;
const SEPARATORS = /[\t\-\u2010-\u2015]/gu;
const MARK = /\p{M}/u;
/** Below this code point every character is already NFKC and lowercases to one code unit. */
const PLAIN_BELOW = 0xa0;

export function normalise(raw: string): NormalisedText {
  const nfkc = raw.normalize('NFKC');
  const text = clean(nfkc);
  // Almost every message keeps its length, and then offsets need no map at all.
  if (nfkc === raw && text.length === raw.length) {
    return { text, original: (start, end) => raw.slice(start, end) };
  }
  return mapped(raw);
}

function clean(text: string): string {
  return text.toLowerCase().replace(APOSTROPHES, "'").replace(SEPARATORS, ' ');
}

/** Normalises cluster by cluster (a letter with its accents), remembering where each came from. */
function mapped(raw: string): NormalisedText {
  const pieces: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  let i = 0;
  while (i < raw.length) {
    const code = raw.charCodeAt(i);
    let end = i + (code >= 0xd800 && code <= 0xdbff && i + 1 < raw.length ? 2 : 1);
    while (end < raw.length && raw.charCodeAt(end) >= 0x300 && MARK.test(raw.charAt(end))) end++;
    const piece = code < PLAIN_BELOW && end === i + 1 ? plain(code) : fold(raw.slice(i, end));
    for (let k = 0; k < piece.length; k++) {
      starts.push(i);
      ends.push(end);
    }
    pieces.push(piece);
    i = end;
  }
  return {
    text: pieces.join(''),
    original: (start, stop) =>
      stop <= start ? '' : raw.slice(starts[start] ?? 0, ends[stop - 1] ?? raw.length),
  };
}

/** `clean` for one ASCII or Latin-1 control character, without three regex passes. */
function plain(code: number): string {
  if (code >= 0x41 && code <= 0x5a) return String.fromCharCode(code + 0x20);
  if (code === 0x09 || code === 0x2d) return ' ';
  if (code === 0x60) return "'";
  return String.fromCharCode(code);
}

// `normalize` is slow per call and messages repeat the same few letters (æ, ø, å, é…): remember
// them. Bounded, so odd input cannot grow it without limit.
const remembered = new Map<string, string>();
const MAX_REMEMBERED = 4096;

function fold(cluster: string): string {
  let result = remembered.get(cluster);
  if (result === undefined) {
    result = clean(cluster.normalize('NFKC'));
    if (remembered.size >= MAX_REMEMBERED) remembered.clear();
    remembered.set(cluster, result);
  }
  return result;
}
