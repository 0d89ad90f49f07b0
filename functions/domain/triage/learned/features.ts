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

/**
 * Numbers are not words: "avvist 1" and "avvist 5" are the same complaint, but the training
 * batches gave "1" a weight of its own (+1.64, "5" −1.6), enough to flag one of two identical
 * reports as spreading. A number still separates the words around it, so no pair joins across it.
 */
const NUMBER = /^\p{N}+$/u;

export function featuresOf(normalisedText: string): Set<string> {
  const words = (normalisedText.match(WORD) ?? []).filter((word) => !CONDITIONS.has(word));
  const features = new Set<string>(words.filter((word) => !NUMBER.test(word)));
  for (let i = 1; i < words.length; i++) {
    const [before = '', after = ''] = [words[i - 1], words[i]];
    if (!NUMBER.test(before) && !NUMBER.test(after)) features.add(`${before} ${after}`);
  }
  return features;
}
