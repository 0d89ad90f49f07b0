/**
 * A plain email reply to "Did we make it right?" is an answer too. Only a clear, short yes
 * closes the case; anything else ("nei, ikke ennå") reopens it and puts the words in front of
 * the owner, because a case closed by mistake is worse than one looked at again.
 */

/** Words a clear yes starts with, the four languages side by side. */
const YES_STARTS: readonly string[] = [
  // nb
  'ja',
  'jo',
  'jepp',
  'takk',
  'tusen takk',
  'alt i orden',
  // da
  'ja',
  'jo',
  'tak',
  'tusind tak',
  'alt er godt',
  // sv
  'ja',
  'jo',
  'japp',
  'tack',
  'tusen tack',
  'allt är bra',
  // en
  'yes',
  'yep',
  'yeah',
  'thank you',
  'thanks',
  'all good',
];

/** Any of these anywhere makes it not a clear yes. */
const DOUBTS: readonly string[] = [
  // nb
  'ikke',
  'ikkje',
  'nei',
  'men',
  'dessverre',
  'fortsatt',
  'ennå',
  // da
  'ikke',
  'nej',
  'men',
  'desværre',
  'stadig',
  'endnu',
  // sv
  'inte',
  'nej',
  'men',
  'tyvärr',
  'fortfarande',
  'ännu',
  // en
  'not',
  'no',
  "n't",
  'but',
  'still',
  'yet',
  'unfortunately',
];

/** A clear yes is short: a long answer has something to say, and the owner should read it. */
const MAX_YES_LENGTH = 200;

export function checkInAnswerFrom(text: string): 'yes' | 'no' {
  const words = ` ${text
    .slice(0, MAX_YES_LENGTH + 1)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}']+/gu, ' ')
    .trim()} `;
  if (text.trim().length > MAX_YES_LENGTH) return 'no';
  const startsYes = YES_STARTS.some((start) => words.startsWith(` ${start} `));
  const doubt = DOUBTS.some((word) =>
    word.includes("'") ? words.includes(word) : words.includes(` ${word} `),
  );
  return startsYes && !doubt ? 'yes' : 'no';
}
