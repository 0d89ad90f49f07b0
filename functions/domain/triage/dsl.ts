import { type ChannelName, channels } from './lexicon/channels.ts';

// The shorthands documented on `LexiconEntry`. Each expansion is bounded (a gap is at most six
// words, a separator cannot overlap a word) so no pattern can backtrack catastrophically.
/**
 * Letters and digits of lowercased Latin script, spelled out. Unicode classes (`\\p{L}`) need
 * the `u` flag, which made compiling the lexicon fifty times slower and matching three times
 * slower; the lexicon only ever needs Latin word endings.
 */
export const LETTER = 'a-z0-9\\u00b5\\u00df-\\u00f6\\u00f8-\\u024f\\u0300-\\u036f';
/** Normalising turned tabs, hyphens and dashes into spaces. */
const SEPARATOR = '(?: +)';
const WORD_TAIL = `[${LETTER}]*`;
const GAP = `(?:[${LETTER}']+ +){0,6}`;

/** Turns one lexicon pattern into regular-expression source for a regex without the `u` flag. */
export function expandPattern(pattern: string): string {
  // A bracketed class is spelled out whole: "[\\p{L}]" must not become a bracket inside a bracket.
  const source = expand(pattern)
    .replaceAll('[\\p{L}\\p{N}]', `[${LETTER}]`)
    .replaceAll('[\\p{L}]', `[${LETTER}]`)
    .replaceAll('\\p{L}', `[${LETTER}]`);
  // Without the `u` flag `\p{…}` would quietly mean the letter "p": refuse it instead.
  if (/\\[pP]\{/u.test(source)) throw new Error(`Use \\p{L} or ~ for letters, not other classes: ${pattern}`);
  return source;
}

function expand(pattern: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const char = pattern.charAt(i);
    if (char === '\\') {
      // `\p{L}` is a Unicode class, not a channel: copy it whole.
      const end = /[pP]\{/u.test(pattern.slice(i + 1, i + 3)) ? pattern.indexOf('}', i) : i + 1;
      out += pattern.slice(i, end + 1);
      i = end;
    } else if (inClass) {
      if (char === ']') inClass = false;
      out += char;
    } else if (char === '[') {
      inClass = true;
      out += char;
    } else if (char === '_') {
      if (pattern.charAt(i + 1) !== ' ') throw new Error(`A gap "_" must be followed by a space: ${pattern}`);
      out += GAP;
      i++;
    } else if (char === ' ') {
      out += SEPARATOR;
    } else if (char === '~') {
      out += WORD_TAIL;
    } else if (char === '(' && pattern.charAt(i + 1) !== '?') {
      // The compiler numbers one capture group per entry; inner groups must not shift them.
      out += '(?:';
    } else if (char === '{' && !/\d/u.test(pattern.charAt(i + 1))) {
      const close = pattern.indexOf('}', i);
      out += expandChannels(pattern.slice(i + 1, close));
      i = close;
    } else {
      out += char;
    }
  }
  return out;
}

function expandChannels(names: string): string {
  const alternatives = names.split('|').flatMap((name) => {
    const list = channels[name as ChannelName];
    if (!list) throw new Error(`Unknown triage channel {${name}}`);
    return list.map(expand);
  });
  return `(?:${alternatives.join('|')})`;
}

/** Escapes a site-configured phrase so it matches as written, with flexible spaces. */
export function literalPattern(phrase: string): string {
  return phrase
    .trim()
    .split(/\s+/u)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\/]/gu, '\\$&'))
    .join(SEPARATOR);
}
