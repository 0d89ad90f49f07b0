import { isWordChar } from './chars.ts';
import { expandPattern, LETTER, literalPattern } from './dsl.ts';
import { lexicons } from './lexicon/index.ts';
import type { LexiconLanguage, Strength } from './lexicon/types.ts';
import { normalise } from './normalise.ts';
import { literalPrefixes } from './prefixes.ts';
import type { ExtraPhrase, TriageFrame, TriageGroup } from './types.ts';

/** A threat alone (6) reaches urgent, a signal alone (3) reaches high; see docs/triage.md. */
export const WEIGHTS: Readonly<Record<Strength, number>> = { threat: 6, signal: 3, hint: 1.5 };

export interface Rule {
  group: TriageGroup;
  frame: TriageFrame;
  weight: number;
  label: string;
  language: LexiconLanguage;
}

export interface Hit {
  start: number;
  end: number;
  rule: Rule;
}

interface Pattern {
  id: number;
  /** Sticky: tried only at word starts that begin with one of its literal prefixes. */
  regex: RegExp;
  rule: Rule;
}

/** One step of the prefix tree: the patterns whose literal prefix ends here, and longer ones. */
interface PrefixNode {
  patterns: Pattern[];
  /**
   * Indexed by UTF-16 code unit. A holey array is the cheapest lookup V8 has: the letters used
   * are few and low (a–z, æøåäöé…), so it stays small.
   */
  next: (PrefixNode | undefined)[];
}

/**
 * Patterns in a tree of their literal prefixes, so a 5000-character message costs a short walk
 * per word and a handful of regex runs, not 300 scans of the whole text.
 */
export interface Matcher {
  size: number;
  root: PrefixNode;
  /** Patterns whose start could not be pinned down: scanned the slow way. */
  anywhere: Pattern[];
}

const END_OF_WORD = `(?![${LETTER}])`;

function buildMatcher(sources: readonly { source: string; rule: Rule }[]): Matcher {
  const matcher: Matcher = { size: sources.length, root: { patterns: [], next: [] }, anywhere: [] };
  sources.forEach(({ source, rule }, id) => {
    const prefixes = literalPrefixes(source);
    const anywhere = prefixes[0] === '';
    const pattern = { id, rule, regex: new RegExp(`(?:${source})${END_OF_WORD}`, anywhere ? 'g' : 'y') };
    if (anywhere) matcher.anywhere.push(pattern);
    else for (const prefix of prefixes) insert(matcher.root, prefix, pattern);
  });
  return matcher;
}

function insert(root: PrefixNode, prefix: string, pattern: Pattern): void {
  let node = root;
  for (let i = 0; i < prefix.length; i++) {
    const code = prefix.charCodeAt(i);
    let child = node.next[code];
    if (!child) {
      child = { patterns: [], next: [] };
      node.next[code] = child;
    }
    node = child;
  }
  if (!node.patterns.includes(pattern)) node.patterns.push(pattern);
}

/** Marks the spans of `Lexicon.neutral` patterns; they are found in the same pass as signals. */
export const NEUTRAL: Rule = {
  group: 'intensity',
  frame: 'mention',
  weight: 0,
  label: 'neutral',
  language: 'any',
};

let compiled: Matcher | undefined;

/**
 * Compiled on first use, then kept: building the prefix index is most of the cost of loading the
 * triage, and a cold start that serves no submission (the widget config, a page) should not pay it.
 */
export function lexiconMatcher(): Matcher {
  compiled ??= buildMatcher(
    lexicons.flatMap((lexicon) => [
      ...lexicon.entries.flatMap((entry) =>
        entry.patterns.map((pattern) => ({
          source: expandPattern(pattern),
          rule: {
            group: entry.group,
            frame: entry.frame,
            weight: WEIGHTS[entry.strength],
            label: entry.label,
            language: lexicon.language,
          },
        })),
      ),
      ...lexicon.neutral.map((pattern) => ({ source: expandPattern(pattern), rule: NEUTRAL })),
    ]),
  );
  return compiled;
}

/** Site phrases are data typed by staff: escaped, never treated as patterns. */
const EXTRA_STRENGTH: Readonly<Record<TriageGroup, Strength>> = {
  public: 'signal',
  leaving: 'signal',
  formal: 'threat',
  intensity: 'hint',
};

/** A site phrase says no more than its group: the frame a bare phrase of that group reads as. */
const EXTRA_FRAME: Readonly<Record<TriageGroup, TriageFrame>> = {
  public: 'mention',
  leaving: 'leave',
  formal: 'authority',
  intensity: 'intensity',
};

const extraCache = new WeakMap<readonly ExtraPhrase[], Matcher | undefined>();

export function extraMatcher(extra: readonly ExtraPhrase[]): Matcher | undefined {
  if (extraCache.has(extra)) return extraCache.get(extra);
  const usable = extra
    .map((item) => ({ ...item, text: normalise(item.phrase).text.trim() }))
    .filter((item) => item.text.length > 0);
  const compiled =
    usable.length === 0
      ? undefined
      : buildMatcher(
          usable.map((item) => ({
            source: literalPattern(item.text),
            rule: {
              group: item.group,
              frame: EXTRA_FRAME[item.group],
              weight: WEIGHTS[EXTRA_STRENGTH[item.group]],
              label: `mentions ${item.phrase.trim()}`,
              language: 'any',
            },
          })),
        );
  extraCache.set(extra, compiled);
  return compiled;
}

/** Every match that starts and ends on a word boundary. */
export function findHits(matcher: Matcher, text: string): Hit[] {
  const hits: Hit[] = [];
  const triedAt = new Int32Array(matcher.size).fill(-1);
  let previousIsWord = false;
  for (let i = 0; i < text.length; i++) {
    const isWord = isWordChar(text, i);
    const start = isWord && !previousIsWord;
    previousIsWord = isWord;
    if (!start) continue;
    let node = matcher.root.next[text.charCodeAt(i)];
    for (let j = i + 1; node; j++) {
      for (let k = 0; k < node.patterns.length; k++) {
        const pattern = node.patterns[k] as Pattern;
        // A pattern under two prefixes of the same word would run twice: once is enough.
        if (triedAt[pattern.id] === i) continue;
        triedAt[pattern.id] = i;
        pattern.regex.lastIndex = i;
        // `test` on a sticky regex leaves the match's end in `lastIndex` without building an array.
        if (pattern.regex.test(text) && pattern.regex.lastIndex > i) {
          hits.push({ start: i, end: pattern.regex.lastIndex, rule: pattern.rule });
        }
      }
      node = node.next[text.charCodeAt(j)];
    }
  }
  for (const pattern of matcher.anywhere) hits.push(...scan(pattern, text));
  return hits;
}

function scan(pattern: Pattern, text: string): Hit[] {
  const hits: Hit[] = [];
  const { regex } = pattern;
  regex.lastIndex = 0;
  for (let match = regex.exec(text); match !== null; match = regex.exec(text)) {
    const start = match.index;
    if (match[0].length === 0 || (start > 0 && isWordChar(text, start - 1))) {
      regex.lastIndex = start + 1;
      continue;
    }
    hits.push({ start, end: start + match[0].length, rule: pattern.rule });
  }
  return hits;
}
