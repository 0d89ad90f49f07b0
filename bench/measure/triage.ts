import { lexiconMatcher } from '../../functions/domain/triage/matchers.ts';
import { normalise } from '../../functions/domain/triage/normalise.ts';
import { scoreFeedback } from '../../functions/domain/triage/score.ts';

export interface TriageCase {
  name: string;
  chars: number;
  /** CPU milliseconds per scored message, best of the rounds. */
  scoreMs: number;
  /** Reading the same message once (normalising it): the floor any scorer pays. */
  normaliseMs: number;
}

export interface TriageFigures {
  /** CPU ms compiling the lexicons, once per dispatcher instance (0 when this process had done it already). */
  compileMs: number;
  cases: TriageCase[];
}

export const TRIAGE_MESSAGE_CHARS = 5000;

// Three shapes of a long message: what customers write, one made only of phrases that fire (the
// most work after matching), and decomposed accents throughout (the slow normalisation path).
const UNITS: readonly [string, string][] = [
  [
    'a long complaint',
    'Jeg bestilte en kaffemaskin for tre uker siden, og den har fortsatt ikke kommet. Kundeservice svarer ikke på e-post, og på telefonen er det kø. Alle jeg kjenner skal få vite om dette, og jeg går til Forbrukerrådet. ',
  ],
  [
    'only trigger phrases',
    'Alle jeg kjenner skal få vite. Har lagt det ut i nabolagsgruppa. Dere har mistet en kunde. Jeg går til Forbrukerrådet og reklamerer via kortselskapet. Everyone will hear about this, my followers too. Nå legger jeg ut hele historien på Facebook! Aldri igjen. Tredje gang jeg skriver. ',
  ],
  [
    'decomposed accents',
    'Jeg ga\u0308r til Forbrukerra\u030adet og la\u030ar alle fa\u030a vite. Det var sa\u030a da\u030arlig. ',
  ],
];

/** CPU time, not wall time: the box is shared, and a busy neighbour should not count against us. */
function cpuMsPer(run: () => unknown, rounds: number, perRound: number): number {
  for (let i = 0; i < perRound; i++) run();
  let best = Number.POSITIVE_INFINITY;
  for (let round = 0; round < rounds; round++) {
    const start = process.cpuUsage();
    for (let i = 0; i < perRound; i++) run();
    const used = process.cpuUsage(start);
    best = Math.min(best, (used.user + used.system) / 1000 / perRound);
  }
  return Math.round(best * 1000) / 1000;
}

/** Issue 19's budget: scoring a 5000-character message within 1 ms. */
export function measureTriage(rounds = 5, perRound = 200): TriageFigures {
  const compileStart = process.cpuUsage();
  lexiconMatcher();
  const compiled = process.cpuUsage(compileStart);
  const compileMs = Math.round((compiled.user + compiled.system) / 1000);
  const cases = UNITS.map(([name, unit]) => {
    const message = unit.repeat(Math.ceil(TRIAGE_MESSAGE_CHARS / unit.length)).slice(0, TRIAGE_MESSAGE_CHARS);
    return {
      name,
      chars: message.length,
      scoreMs: cpuMsPer(() => scoreFeedback({ message, rating: 1, locale: 'nb' }), rounds, perRound),
      normaliseMs: cpuMsPer(() => normalise(message), rounds, perRound),
    };
  });
  return { compileMs, cases };
}
