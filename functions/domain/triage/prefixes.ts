/**
 * The literal beginnings a regular expression's matches must start with, so the scorer can try
 * a pattern only where the text has one of them instead of running ~300 patterns over every
 * position. Understands the subset the lexicon's expansions produce: literals, escapes,
 * classes, non-capturing groups, alternation and quantifiers. Anything it cannot pin down
 * (`\p{L}` at the start, say) yields the empty prefix, which means "try everywhere".
 */
export function literalPrefixes(source: string): string[] {
  const parser = { source, at: 0 };
  const tree = parseAlternation(parser);
  const found = new Set(sequencesPrefixes(tree).map((prefix) => prefix.text));
  return found.has('') ? [''] : [...found];
}

/** Long enough to be selective, short enough that the sets stay small. */
const MAX_PREFIX = 5;
const MAX_SET = 400;
/** Classes up to this size are spelled out ("[ -]" is two prefixes); larger ones are unknown. */
const MAX_CLASS = 12;

type Atom =
  | { kind: 'chars'; chars: string[] | undefined; min: number; max: number }
  | {
      kind: 'group';
      options: Atom[][];
      min: number;
      max: number;
    };

interface Parser {
  source: string;
  at: number;
}

interface Prefix {
  text: string;
  /** True while the match could still be read further; false once something unknown followed. */
  open: boolean;
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
    const lookaround = /^\(\?<?[=!]/u.test(source.slice(parser.at, parser.at + 4));
    parser.at += source.startsWith('(?:', parser.at)
      ? 3
      : lookaround
        ? source.charAt(parser.at + 2) === '<'
          ? 4
          : 3
        : 1;
    const options = parseAlternation(parser);
    parser.at++; // ')'
    // A lookaround consumes nothing, so it cannot start a prefix either way.
    return lookaround ? undefined : { kind: 'group', options, min: 1, max: 1 };
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

function sequencesPrefixes(options: Atom[][]): Prefix[] {
  return limit(options.flatMap((atoms) => sequencePrefixes(atoms, [{ text: '', open: true }])));
}

/** Extends each open prefix through `atoms` until it is long enough or meets the unknown. */
function sequencePrefixes(atoms: readonly Atom[], start: Prefix[]): Prefix[] {
  let prefixes = start;
  for (const atom of atoms) {
    if (!prefixes.some((prefix) => prefix.open)) break;
    const closed = prefixes.filter((prefix) => !prefix.open);
    const open = prefixes.filter((prefix) => prefix.open);
    const once = atomPrefixes(atom);
    // `x?` may be skipped; `x+` is `x` then `x*`; `x*` is skipped or taken once more, after
    // which the next character is unknown.
    const first = atom.min === 0 ? [...open, ...append(open, once, true)] : append(open, once, true);
    const next =
      atom.max > 1
        ? [
            ...first,
            ...append(
              first.filter((prefix) => prefix.open),
              once,
              false,
            ),
          ]
        : first;
    prefixes = limit([...closed, ...next]);
  }
  return prefixes;
}

function append(prefixes: readonly Prefix[], pieces: readonly Prefix[], stayOpen: boolean): Prefix[] {
  return prefixes.flatMap((prefix) =>
    pieces.map((piece) => {
      const text = prefix.text + piece.text;
      return { text: text.slice(0, MAX_PREFIX), open: stayOpen && piece.open && text.length < MAX_PREFIX };
    }),
  );
}

function atomPrefixes(atom: Atom): Prefix[] {
  if (atom.kind === 'group') return sequencesPrefixes(atom.options);
  return atom.chars ? atom.chars.map((text) => ({ text, open: true })) : [{ text: '', open: false }];
}

/** Keeps the sets small by shortening every prefix when there are too many. */
function limit(prefixes: Prefix[]): Prefix[] {
  let result = prefixes;
  for (let length = MAX_PREFIX - 1; result.length > MAX_SET && length > 0; length--) {
    result = [...new Set(result.map((prefix) => prefix.text.slice(0, length)))].map((text) => ({
      text,
      open: false,
    }));
  }
  return result;
}
