import { WEIGHTS } from './matchers.ts';
import type { TriageFrame, TriageReason } from './types.ts';

export interface Detection extends TriageReason {
  frame: TriageFrame;
  weight: number;
}

/**
 * Two Latin capitals in a row: without them there is no word in capitals to look at. Written
 * without the `u` flag because that is many times faster on long texts; shouting in other
 * scripts is not looked for.
 */
const TWO_CAPITALS = /[A-Z\u00c0-\u00de][\u0300-\u036f]*[A-Z\u00c0-\u00de]/;
/** A whole word in capitals, at least two letters long (the start is checked in code: faster). */
const CAPS_WORD = /\p{Lu}[\p{Lu}\p{M}]+(?![\p{L}\p{M}])/gu;
const LETTER = /[\p{L}\p{M}]/u;
const LOWERCASE = /\p{Ll}/u;
const MARK_RUN = /[!?]+/gu;

/** Shouting needs several words in capitals: one all-caps word is usually a name or a code. */
const SHOUT_WORDS = 3;
const SHOUT_LETTERS = 10;
/** A single capitalised word this long reads as emphasis ("for the FOURTH time"). */
const EMPHASIS_LETTERS = 5;
/** "!!!" or "???" in a row, or four "!" anywhere, is more than a friendly "Thanks!". */
const MARKS_IN_A_ROW = 3;
const MARKS_IN_ALL = 4;

/** Capitals and exclamation marks, read from the text as written (before lowercasing). */
export function detectIntensity(raw: string): Detection[] {
  return [...capitals(raw), ...exclamations(raw)];
}

interface Span {
  start: number;
  end: number;
}

function capitals(raw: string): Detection[] {
  if (!TWO_CAPITALS.test(raw)) return [];
  let words = 0;
  let letters = 0;
  let run: Span | undefined;
  let longest: Span | undefined;
  let emphasis: string | undefined;
  for (const match of raw.matchAll(CAPS_WORD)) {
    const word = match[0];
    if (match.index > 0 && LETTER.test(raw.charAt(match.index - 1))) continue;
    words++;
    letters += word.length;
    if (!emphasis && word.length >= EMPHASIS_LETTERS) emphasis = word;
    // A run of shouting continues across spaces, punctuation and single capitals ("Å", "I").
    const continues = run !== undefined && !LOWERCASE.test(raw.slice(run.end, match.index));
    run = { start: continues && run ? run.start : match.index, end: match.index + word.length };
    if (!longest || run.end - run.start > longest.end - longest.start) longest = run;
  }
  if (words >= SHOUT_WORDS && letters >= SHOUT_LETTERS && longest) {
    const phrase = raw.slice(longest.start, Math.min(longest.end, longest.start + 80));
    return [
      { group: 'intensity', frame: 'intensity', label: 'writes in capitals', phrase, weight: WEIGHTS.signal },
    ];
  }
  if (!emphasis) return [];
  return [
    {
      group: 'intensity',
      frame: 'intensity',
      label: 'capitals for emphasis',
      phrase: emphasis,
      weight: WEIGHTS.hint,
    },
  ];
}

function exclamations(raw: string): Detection[] {
  if (!raw.includes('!') && !raw.includes('?')) return [];
  let total = 0;
  let longest = '';
  for (const match of raw.matchAll(MARK_RUN)) {
    total += match[0].split('!').length - 1;
    if (match[0].length > longest.length) longest = match[0];
  }
  if (longest.length < MARKS_IN_A_ROW && total < MARKS_IN_ALL) return [];
  return [
    {
      group: 'intensity',
      frame: 'intensity',
      label: 'many exclamation marks',
      phrase: longest,
      weight: WEIGHTS.hint,
    },
  ];
}
