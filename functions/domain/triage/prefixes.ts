/**
 * The literal beginnings a regular expression's matches must start with, so the scorer can try
 * a pattern only where the text has one of them instead of running ~300 patterns over every
 * position. Understands the subset the lexicon's expansions produce: literals, escapes,
 * classes, non-capturing groups, alternation and quantifiers. Anything it cannot pin down
 * (a class of letters at the start, say) yields the empty prefix, which means "try everywhere".
 */
export function literalPrefixes(source: string): string[] {
  const parser = { source, at: 0 };
  const { open, closed } = sequencesPrefixes(parseAlternation(parser));
  const found = new Set([...open, ...closed]);
  return found.has('') ? [''] : [...found];
}

/** Long enough to be selective, short enough that the sets stay small. */
const MAX_PREFIX = 6;
const MAX_SET = 128;
/** Classes up to this size are spelled out ("[ -]" is two prefixes); larger ones are unknown. */
const MAX_CLASS = 12;

type Atom =
  | { kind: 'chars'; chars: string[] | undefined; min: number; max: number }
  | {
      kind: 'group';
      /** The group's source text: channels recur in many patterns, so their prefixes are remembered. */
      key: string;
      options: Atom[][];
      min: number;
      max: number;
    };

interface Parser {
  source: string;
  at: number;
}

/** `open` prefixes may still be read further; `closed` ones met their length or the unknown. */
interface Prefixes {
  open: ReadonlySet<string>;
  closed: ReadonlySet<string>;
}

function parseAlternation(parser: Parser): Atom[][] {
  const options: Atom[][] = [[]];
  while (parser.at < parser.source.length) {
    const char = parser.source.charAt(parser.at);
    if (char === ')') break;
    if (char === '|') {
      parser.at++;
      options.push([]);
      continue;
    }
    const atom = parseAtom(parser);
    if (atom) options[options.length - 1]?.push(withQuantifier(parser, atom));
  }
  return options;
}

function parseAtom(parser: Parser): Atom | undefined {
  const { source } = parser;
  const char = source.charAt(parser.at);
  if (char === '(') {
    const start = parser.at;
    const lookaround = /^\(\?<?[=!]/u.test(source.slice(start, start + 4));
    const behind = source.charAt(start + 2) === '<';
    parser.at += source.startsWith('(?:', start) ? 3 : lookaround && behind ? 4 : lookaround ? 3 : 1;
    const options = parseAlternation(parser);
    parser.at++; // ')'
    // A lookaround consumes nothing, so it cannot start a prefix either way.
    if (lookaround) return undefined;
    return { kind: 'group', key: source.slice(start, parser.at), options, min: 1, max: 1 };
  }
  if (char === '[') {
    const close = classEnd(source, parser.at);
    const body = source.slice(parser.at + 1, close);
    parser.at = close + 1;
    return { kind: 'chars', chars: classChars(body), min: 1, max: 1 };
  }
  if (char === '\\') {
    const next = source.charAt(parser.at + 1);
    if (next === 'p' || next === 'P') {
      parser.at = source.indexOf('}', parser.at) + 1;
      return { kind: 'chars', chars: undefined, min: 1, max: 1 };
    }
    parser.at += 2;
    if (next === 'd') return { kind: 'chars', chars: [...'0123456789'], min: 1, max: 1 };
    if (next === 't') return { kind: 'chars', chars: ['\t'], min: 1, max: 1 };
    if (/[a-zA-Z]/u.test(next)) return { kind: 'chars', chars: undefined, min: 1, max: 1 };
    return { kind: 'chars', chars: [next], min: 1, max: 1 };
  }
  parser.at++;
  if (char === '.' || char === '^' || char === '$')
    return { kind: 'chars', chars: undefined, min: 1, max: 1 };
  return { kind: 'chars', chars: [char], min: 1, max: 1 };
}

function withQuantifier(parser: Parser, atom: Atom): Atom {
  const rest = parser.source.slice(parser.at);
  const match = /^(?:\?|\*|\+|\{(\d+)(?:,(\d*))?\})\??/u.exec(rest);
  if (!match) return atom;
  parser.at += match[0].length;
  const symbol = match[0].charAt(0);
  if (symbol === '?') return { ...atom, min: 0, max: 1 };
  if (symbol === '*') return { ...atom, min: 0, max: Number.POSITIVE_INFINITY };
  if (symbol === '+') return { ...atom, min: 1, max: Number.POSITIVE_INFINITY };
  const min = Number(match[1]);
  const max = match[2] === undefined ? min : match[2] === '' ? Number.POSITIVE_INFINITY : Number(match[2]);
  return { ...atom, min, max };
}

function classEnd(source: string, open: number): number {
  let i = open + 1;
  while (i < source.length && source.charAt(i) !== ']') i += source.charAt(i) === '\\' ? 2 : 1;
  return i;
}

function classChars(body: string): string[] | undefined {
  if (body.startsWith('^') || body.includes('\\p') || body.includes('\\P')) return undefined;
  const chars: string[] = [];
  for (let i = 0; i < body.length; i++) {
    const char = body.charAt(i);
    if (char === '\\') {
      const next = body.charAt(++i);
      if (next === 'd') chars.push(...'0123456789');
      else if (next === 't') chars.push('\t');
      else if (/[a-zA-Z]/u.test(next)) return undefined;
      else chars.push(next);
      continue;
    }
    if (body.charAt(i + 1) === '-' && i + 2 < body.length) {
      const to = body.charAt(i + 2);
      for (let code = char.charCodeAt(0); code <= to.charCodeAt(0); code++)
        chars.push(String.fromCharCode(code));
      i += 2;
      continue;
    }
    chars.push(char);
  }
  return chars.length <= MAX_CLASS ? chars : undefined;
}

function sequencesPrefixes(options: Atom[][]): Prefixes {
  const open = new Set<string>();
  const closed = new Set<string>();
  for (const atoms of options) {
    const found = sequencePrefixes(atoms);
    for (const text of found.open) open.add(text);
    for (const text of found.closed) closed.add(text);
  }
  return limit({ open, closed });
}

/** Extends the open prefixes through `atoms` until they are long enough or meet the unknown. */
function sequencePrefixes(atoms: readonly Atom[]): Prefixes {
  let state: Prefixes = { open: new Set(['']), closed: new Set() };
  for (const atom of atoms) {
    if (state.open.size === 0) break;
    const once = atomPrefixes(atom);
    const taken = append(state.open, once, true);
    const open = new Set(taken.open);
    const closed = new Set([...state.closed, ...taken.closed]);
    // `x?` may be skipped; `x+` is `x` then `x*`; `x*` is skipped or taken once more, after
    // which the next character is unknown.
    if (atom.min === 0) for (const text of state.open) open.add(text);
    if (atom.max > 1) for (const text of append(taken.open, once, false).closed) closed.add(text);
    state = limit({ open, closed });
  }
  return state;
}

function append(prefixes: ReadonlySet<string>, pieces: Prefixes, stayOpen: boolean): Prefixes {
  const open = new Set<string>();
  const closed = new Set<string>();
  for (const prefix of prefixes) {
    for (const piece of pieces.open) {
      const text = prefix + piece;
      if (stayOpen && text.length < MAX_PREFIX) open.add(text);
      else closed.add(text.slice(0, MAX_PREFIX));
    }
    for (const piece of pieces.closed) closed.add((prefix + piece).slice(0, MAX_PREFIX));
  }
  return { open, closed };
}

// Load-time only: the lexicon's channel lists recur in many patterns.
const remembered = new Map<string, Prefixes>();

function atomPrefixes(atom: Atom): Prefixes {
  if (atom.kind === 'chars') {
    return atom.chars
      ? { open: new Set(atom.chars), closed: new Set() }
      : { open: new Set(), closed: new Set(['']) };
  }
  let found = remembered.get(atom.key);
  if (!found) {
    found = sequencesPrefixes(atom.options);
    remembered.set(atom.key, found);
  }
  return found;
}

/** Shortens every prefix, step by step, while there are too many to index usefully. */
function limit(prefixes: Prefixes): Prefixes {
  if (prefixes.open.size + prefixes.closed.size <= MAX_SET) return prefixes;
  let all = new Set([...prefixes.open, ...prefixes.closed]);
  for (let length = MAX_PREFIX - 1; all.size > MAX_SET && length > 0; length--) {
    all = new Set([...all].map((text) => text.slice(0, length)));
  }
  return { open: new Set(), closed: all };
}
