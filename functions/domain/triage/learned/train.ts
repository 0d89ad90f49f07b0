import { normalise } from '../normalise.ts';
import { featuresOf } from './features.ts';

/** One labelled message, reduced to what training needs. */
export interface TrainingExample {
  message: string;
  atRisk: boolean;
}

/** A feature must occur in this many messages to be learned: one-off words are noise. */
const MIN_MESSAGES = 2;
/** Words in more than this share of messages ("har", "my") are grammar, not intent. */
const MAX_SHARE = 0.04;
/** Weights closer to zero than this say too little to ship. */
const MIN_WEIGHT = 0.2;

/**
 * Naive Bayes over word and word-pair presence (Bernoulli, add-½ smoothing), as log-likelihood
 * ratios per feature: positive reads like a message about to spread, negative like an ordinary
 * one. Returns the weights as data, sorted, so the shipped file is stable under re-training.
 */
export function trainWeights(examples: readonly TrainingExample[]): string {
  const counts = new Map<string, [number, number]>();
  let atRisk = 0;
  for (const example of examples) {
    if (example.atRisk) atRisk++;
    for (const feature of featuresOf(normalise(example.message).text)) {
      const pair = counts.get(feature) ?? [0, 0];
      pair[example.atRisk ? 1 : 0]++;
      counts.set(feature, pair);
    }
  }
  const ordinary = examples.length - atRisk;
  const lines: string[] = [];
  for (const [feature, [inOrdinary, inAtRisk]] of [...counts].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (inOrdinary + inAtRisk < MIN_MESSAGES || inOrdinary + inAtRisk > MAX_SHARE * examples.length) continue;
    const weight = Math.log((inAtRisk + 0.5) / (atRisk + 1) / ((inOrdinary + 0.5) / (ordinary + 1)));
    if (Math.abs(weight) >= MIN_WEIGHT) lines.push(`${feature}\t${weight.toFixed(2)}`);
  }
  return lines.join('\n');
}
