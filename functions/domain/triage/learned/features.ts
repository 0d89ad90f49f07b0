/**
 * The features the learned component reads: lowercased words and word pairs. Training
 * (scripts/triage-train.ts) and scoring share this function, so they always see the same ones.
 */
const WORD = /[\p{L}\p{N}']+/gu;

/**
 * Conditions are the frames' to read, with their negations: learned, "hvis" and "if" flag
 * "If you don't have it, can I get a refund?" because threats are so often conditional.
 */
const CONDITIONS = new Set([
  'if',
  'unless',
  'hvis',
  'dersom',
  'viss',
  'om',
  'ifall',
  'medmindre',
  'såfremt',
  'ellers',
  'annars',
  'otherwise',
]);

export function featuresOf(normalisedText: string): Set<string> {
  const words = (normalisedText.match(WORD) ?? []).filter((word) => !CONDITIONS.has(word));
  const features = new Set<string>(words);
  for (let i = 1; i < words.length; i++) features.add(`${words[i - 1]} ${words[i]}`);
  return features;
}
