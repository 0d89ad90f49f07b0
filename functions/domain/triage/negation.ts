import { isWordChar } from './chars.ts';
import { lexicons } from './lexicon/index.ts';
import type { LexiconLanguage, NegationWords } from './lexicon/types.ts';
import type { TriageLocale } from './types.ts';

interface NegationSets {
  negators: ReadonlySet<string>;
  bridges: ReadonlySet<string>;
  veil: RegExp;
}

type Family = 'scandinavian' | 'english';

// Scandinavian negation words are pooled (Danish "ikke" before a Norwegian phrase is common);
// English stays apart because "no" is nynorsk for "now". Conditionals stay per language:
// Swedish "om" is "if", Norwegian and Danish "om" is mostly "about".
const FAMILY: Readonly<Record<Exclude<LexiconLanguage, 'any'>, Family>> = {
  nb: 'scandinavian',
  nn: 'scandinavian',
  da: 'scandinavian',
  sv: 'scandinavian',
  en: 'english',
};

function words(phrases: readonly string[]): RegExp {
  const alternatives = phrases.map((phrase) => phrase.replace(/ /gu, '\\s+')).join('|');
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives || '(?!)'})(?![\\p{L}\\p{N}])`, 'u');
}

function pool(family: Family): NegationSets {
  const parts: NegationWords[] = lexicons
    .filter((lexicon) => lexicon.language !== 'any' && FAMILY[lexicon.language] === family)
    .map((lexicon) => lexicon.negation);
  const veils = parts.flatMap((part) => part.veils);
  return {
    negators: new Set(parts.flatMap((part) => part.negators)),
    // Words inside a veil ("have to") must not end the walk back to the negator.
    bridges: new Set([...parts.flatMap((part) => part.bridges), ...veils.flatMap((veil) => veil.split(' '))]),
    veil: words(veils),
  };
}

const SETS: Readonly<Record<Family, NegationSets>> = {
  scandinavian: pool('scandinavian'),
  english: pool('english'),
};

const CONDITIONALS = new Map(
  lexicons.map((lexicon) => [lexicon.language, words(lexicon.negation.conditionals)] as const),
);

const SENTENCE_END = /[.!?\n]/g;
/** How far back a negator may stand: "ikke tenkt meg å", "not going to be". */
const MAX_WORDS_BACK = 5;

/**
 * True when the phrase at `[start, end)` is negated: "I'm not going to leave you", "jeg har
 * ikke tenkt å gå til Forbrukerrådet". Not negated when the words in between make it a veiled
 * threat ("I don't want to have to get a lawyer") or the sentence goes on with a condition
 * ("I won't go to Forbrukerrådet if you fix it") — both still say what the customer may do.
 */
export function isNegated(
  text: string,
  start: number,
  end: number,
  language: LexiconLanguage,
  locale: TriageLocale,
): boolean {
  const own = language === 'any' ? locale : language;
  const sets = SETS[FAMILY[own]];
  const between: string[] = [];
  for (const word of wordsBefore(text, start)) {
    if (sets.negators.has(word)) {
      if (sets.veil.test(between.reverse().join(' '))) return false;
      return !CONDITIONALS.get(own)?.test(restOfSentence(text, end));
    }
    if (!sets.bridges.has(word)) return false;
    between.push(word);
  }
  return false;
}

/** Words before `start`, nearest first, stopping at punctuation that ends a clause. */
function wordsBefore(text: string, start: number): string[] {
  const found: string[] = [];
  let i = start;
  while (found.length < MAX_WORDS_BACK) {
    // Normalising made every tab, hyphen and dash a space.
    while (i > 0 && text.charCodeAt(i - 1) === 0x20) i--;
    let j = i;
    while (j > 0 && (isWordChar(text, j - 1) || text.charCodeAt(j - 1) === 0x27)) j--;
    if (j === i) break;
    found.push(text.slice(j, i));
    i = j;
  }
  return found;
}

function restOfSentence(text: string, end: number): string {
  SENTENCE_END.lastIndex = end;
  const stop = SENTENCE_END.exec(text)?.index ?? text.length;
  return text.slice(end, Math.min(stop, end + 200));
}
