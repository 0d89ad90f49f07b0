import type { TriageFrame, TriageGroup } from '../types.ts';

/**
 * How much one phrase weighs. A `threat` alone makes an unhappy customer's message urgent, a
 * `signal` alone makes it high, a `hint` only counts together with something else.
 */
export type Strength = 'threat' | 'signal' | 'hint';

/** Lexicons are written per language; `any` holds proper names that read the same in all of them. */
export type LexiconLanguage = 'nb' | 'nn' | 'da' | 'sv' | 'en' | 'any';

/**
 * One thing a customer can say, in as many spellings as it takes. Patterns are regular
 * expressions over lowercased NFKC text, with four shorthands so the data stays readable:
 *
 * - a space matches any run of spaces, tabs or hyphens (`e post` finds "e-post" and "e post");
 * - `~` matches the rest of a word (`klag~` finds "klage", "klager", "klaget");
 * - `_ ` skips up to six words within the sentence (`legg~ ut _ på {social}`);
 * - `{name}` inserts a shared channel list from `channels.ts`, `{a|b}` several of them.
 *
 * Every pattern must start and end on a whole word; groups are made non-capturing.
 */
export interface LexiconEntry {
  group: TriageGroup;
  frame: TriageFrame;
  strength: Strength;
  label: string;
  patterns: readonly string[];
}

/**
 * Words that turn "I'll go to Forbrukerrådet" into "I won't go to Forbrukerrådet". A negator
 * only counts when the words between it and the phrase are all `bridges` (want, going, to…),
 * which keeps "if I don't get a refund I'll sue" a threat.
 */
export interface NegationWords {
  negators: readonly string[];
  bridges: readonly string[];
  /** Patterns between negator and phrase that make it a veiled threat ("don't want to *have to*"). */
  veils: readonly string[];
  /** Patterns after the phrase, same sentence, that make it conditional ("…if you fix it"). */
  conditionals: readonly string[];
}

export interface Lexicon {
  language: LexiconLanguage;
  entries: readonly LexiconEntry[];
  /** Spans that look like signals but are not ("saw your ad on Facebook"); they mask what they cover. */
  neutral: readonly string[];
  negation: NegationWords;
}
