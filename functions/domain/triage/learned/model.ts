import { featuresOf } from './features.ts';
import { WEIGHTS } from './weights.ts';

/** What the learned component found in one message. */
export interface LearnedEvidence {
  /** Sum of the features' log-likelihood ratios; above zero reads like the at-risk messages. */
  logOdds: number;
  /** The features that pushed it up most, for the staff alert's "why". */
  strongest: string[];
}

let table: ReadonlyMap<string, number> | undefined;

/** The weights are parsed on first use, in the dispatcher, never in the API's cold start. */
function weights(): ReadonlyMap<string, number> {
  table ??= new Map(
    WEIGHTS.split('\n').map((line) => {
      const [feature = '', weight = '0'] = line.split('\t');
      return [feature, Number(weight)] as const;
    }),
  );
  return table;
}

export function learnedEvidence(normalisedText: string): LearnedEvidence {
  const known = weights();
  let logOdds = 0;
  const fired: [string, number][] = [];
  for (const feature of featuresOf(normalisedText)) {
    const weight = known.get(feature);
    if (weight === undefined) continue;
    logOdds += weight;
    if (weight > 0) fired.push([feature, weight]);
  }
  fired.sort((a, b) => b[1] - a[1]);
  return { logOdds, strongest: fired.slice(0, 4).map(([feature]) => feature) };
}
