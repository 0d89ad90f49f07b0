/**
 * The features the learned component reads: lowercased words and word pairs. Training
 * (scripts/triage-train.ts) and scoring share this function, so they always see the same ones.
 */
const WORD = /[\p{L}\p{N}']+/gu;

export function featuresOf(normalisedText: string): Set<string> {
  const words = normalisedText.match(WORD) ?? [];
  const features = new Set<string>(words);
  for (let i = 1; i < words.length; i++) features.add(`${words[i - 1]} ${words[i]}`);
  return features;
}
