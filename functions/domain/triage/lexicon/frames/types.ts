import type { LexiconEntry } from '../types.ts';

/**
 * A language's intent frames (docs/triage.md): whole things a customer says they will do, or
 * have done, beyond naming a platform — "alle jeg kjenner skal få vite", "har lagt det ut i
 * nabolagsgruppa", "dere har sett det siste av meg" — and the contexts that defuse them.
 */
export interface FrameSet {
  entries: readonly LexiconEntry[];
  neutral: readonly string[];
}

/**
 * Up to four words that stay inside one clause ("alle [jeg kjenner] skal få vite"): a gap that
 * stops at the conjunctions given, so "hele dagen og må få vite" is not "hele … må få vite".
 */
export function clauseGap(conjunctions: readonly string[]): string {
  return `(?:(?!${conjunctions.map((word) => `${word} `).join('|')})(?:\\p{L}|')+ ){0,4}`;
}
