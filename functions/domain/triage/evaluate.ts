import { scoreFeedback } from './score.ts';
import type { TriageLevel, TriageLocale } from './types.ts';

/** One hand-labelled message from `tests/fixtures/triage/`. */
export interface LabelledMessage {
  message: string;
  rating: number;
  expected: TriageLevel;
}

export interface Metric {
  /** Of the messages the scorer put at this level, the share a human put there too. */
  precision: number | undefined;
  /** Of the messages a human put at this level, the share the scorer found. */
  recall: number | undefined;
  predicted: number;
  actual: number;
}

export interface Miss extends LabelledMessage {
  locale: TriageLocale;
  got: TriageLevel;
}

export interface Evaluation {
  /** Rows per language plus `all`, columns per level. */
  rows: Record<TriageLocale | 'all', Record<TriageLevel, Metric>>;
  misses: Miss[];
}

const LEVELS: readonly TriageLevel[] = ['urgent', 'high', 'normal'];

/** Precision and recall per level, per language and overall, over labelled fixtures. */
export function evaluate(sets: Partial<Record<TriageLocale, readonly LabelledMessage[]>>): Evaluation {
  const outcomes: { locale: TriageLocale; expected: TriageLevel; got: TriageLevel }[] = [];
  const misses: Miss[] = [];
  for (const [locale, cases] of Object.entries(sets) as [TriageLocale, readonly LabelledMessage[]][]) {
    for (const item of cases) {
      const got = scoreFeedback({ message: item.message, rating: item.rating, locale }).level;
      outcomes.push({ locale, expected: item.expected, got });
      if (got !== item.expected) misses.push({ ...item, locale, got });
    }
  }
  const locales = [...new Set(outcomes.map((outcome) => outcome.locale))];
  const rows = Object.fromEntries(
    [...locales, 'all' as const].map((row) => {
      const subset = outcomes.filter((outcome) => row === 'all' || outcome.locale === row);
      return [row, Object.fromEntries(LEVELS.map((level) => [level, metric(subset, level)]))];
    }),
  ) as Evaluation['rows'];
  return { rows, misses };
}

function metric(
  outcomes: readonly { expected: TriageLevel; got: TriageLevel }[],
  level: TriageLevel,
): Metric {
  const predicted = outcomes.filter((outcome) => outcome.got === level).length;
  const actual = outcomes.filter((outcome) => outcome.expected === level).length;
  const hits = outcomes.filter((outcome) => outcome.got === level && outcome.expected === level).length;
  return {
    precision: predicted === 0 ? undefined : hits / predicted,
    recall: actual === 0 ? undefined : hits / actual,
    predicted,
    actual,
  };
}

export function markdownTable(evaluation: Evaluation): string {
  const head = ['language', ...LEVELS.flatMap((level) => [`${level} P`, `${level} R`]), 'n'];
  const lines = [`| ${head.join(' | ')} |`, `|${head.map(() => ' --- ').join('|')}|`];
  for (const [row, metrics] of Object.entries(evaluation.rows)) {
    const cells = LEVELS.flatMap((level) => [
      format(metrics[level].precision),
      format(metrics[level].recall),
    ]);
    const n = LEVELS.reduce((sum, level) => sum + metrics[level].actual, 0);
    lines.push(`| ${row} | ${cells.join(' | ')} | ${n} |`);
  }
  return lines.join('\n');
}

function format(value: number | undefined): string {
  return value === undefined ? '–' : value.toFixed(2);
}
