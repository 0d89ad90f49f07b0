import { scoreFeedback } from './score.ts';
import type { Triage, TriageLevel, TriageLocale } from './types.ts';

/** One hand-labelled message from `tests/fixtures/triage/`. */
export interface LabelledMessage {
  message: string;
  rating: number;
  expected: TriageLevel;
  /** Which kind of message it is ("churn", "defused"…); fixtures without one are `legacy`. */
  family?: string;
}

export interface Metric {
  /** Of the messages the scorer put here, the share a human put here too. */
  precision: number | undefined;
  /** Of the messages a human put here, the share the scorer found. */
  recall: number | undefined;
  predicted: number;
  actual: number;
}

export interface Miss extends LabelledMessage {
  locale: TriageLocale;
  got: TriageLevel;
  reasons: Triage['reasons'];
}

/** What a row of the report measures: each level, and "at risk" (high or urgent) as one. */
export type Measure = TriageLevel | 'atRisk';

export type Row = Record<Measure, Metric>;
/** Rows by language or family, always with `all`. */
export type Rows = Record<string, Row> & { all: Row };

export interface Evaluation {
  /** Rows per language plus `all`. */
  rows: Rows;
  /** Rows per family plus `all`. */
  families: Rows;
  /** confusion[expected][got] = how many messages. */
  confusion: Record<TriageLevel, Record<TriageLevel, number>>;
  misses: Miss[];
  /** Messages put at risk by the learned component alone (it speaks only where no frame did). */
  learned: { found: number; falseAlarms: number };
}

export const LEVELS: readonly TriageLevel[] = ['urgent', 'high', 'normal'];
const MEASURES: readonly Measure[] = ['atRisk', 'urgent', 'high', 'normal'];

interface Outcome {
  locale: TriageLocale;
  family: string;
  expected: TriageLevel;
  got: TriageLevel;
}

/** Precision and recall per level and for "at risk", per language and per family. */
export function evaluate(sets: Partial<Record<TriageLocale, readonly LabelledMessage[]>>): Evaluation {
  const outcomes: Outcome[] = [];
  const misses: Miss[] = [];
  const learned = { found: 0, falseAlarms: 0 };
  for (const [locale, cases] of Object.entries(sets) as [TriageLocale, readonly LabelledMessage[]][]) {
    for (const item of cases) {
      const triage = scoreFeedback({ message: item.message, rating: item.rating, locale });
      const family = item.family ?? 'legacy';
      outcomes.push({ locale, family, expected: item.expected, got: triage.level });
      if (triage.level !== 'normal' && triage.reasons.some((reason) => reason.frame === 'learned'))
        learned[item.expected === 'normal' ? 'falseAlarms' : 'found']++;
      if (triage.level !== item.expected)
        misses.push({ ...item, family, locale, got: triage.level, reasons: triage.reasons });
    }
  }
  const confusion = Object.fromEntries(
    LEVELS.map((expected) => [
      expected,
      Object.fromEntries(
        LEVELS.map((got) => [
          got,
          outcomes.filter((outcome) => outcome.expected === expected && outcome.got === got).length,
        ]),
      ),
    ]),
  ) as Evaluation['confusion'];
  return {
    rows: rowsBy(outcomes, (outcome) => outcome.locale),
    families: rowsBy(outcomes, (outcome) => outcome.family),
    confusion,
    misses,
    learned,
  };
}

function rowsBy(outcomes: readonly Outcome[], key: (outcome: Outcome) => string): Rows {
  const keys = [...new Set(outcomes.map(key))];
  return Object.fromEntries(
    [...keys, 'all'].map((row) => {
      const subset = outcomes.filter((outcome) => row === 'all' || key(outcome) === row);
      return [row, Object.fromEntries(MEASURES.map((measure) => [measure, metric(subset, measure)]))];
    }),
  ) as Rows;
}

function inMeasure(level: TriageLevel, measure: Measure): boolean {
  return measure === 'atRisk' ? level !== 'normal' : level === measure;
}

function metric(outcomes: readonly Outcome[], measure: Measure): Metric {
  const predicted = outcomes.filter((outcome) => inMeasure(outcome.got, measure)).length;
  const actual = outcomes.filter((outcome) => inMeasure(outcome.expected, measure)).length;
  const hits = outcomes.filter(
    (outcome) => inMeasure(outcome.got, measure) && inMeasure(outcome.expected, measure),
  ).length;
  return {
    precision: predicted === 0 ? undefined : hits / predicted,
    recall: actual === 0 ? undefined : hits / actual,
    predicted,
    actual,
  };
}

/** One table: a row per language or family, precision and recall for each measure. */
export function markdownTable(rows: Record<string, Row>, first = 'language'): string {
  const head = [first, ...MEASURES.flatMap((measure) => [`${label(measure)} P`, `${label(measure)} R`]), 'n'];
  const lines = [`| ${head.join(' | ')} |`, `|${head.map(() => ' --- ').join('|')}|`];
  for (const [row, metrics] of Object.entries(rows)) {
    const cells = MEASURES.flatMap((measure) => [
      format(metrics[measure].precision),
      format(metrics[measure].recall),
    ]);
    const n = LEVELS.reduce((sum, level) => sum + metrics[level].actual, 0);
    lines.push(`| ${row} | ${cells.join(' | ')} | ${n} |`);
  }
  return lines.join('\n');
}

export function confusionTable(confusion: Evaluation['confusion']): string {
  const lines = [
    `| expected ↓ / got → | ${LEVELS.join(' | ')} |`,
    `| --- |${LEVELS.map(() => ' --- ').join('|')}|`,
  ];
  for (const expected of LEVELS)
    lines.push(`| ${expected} | ${LEVELS.map((got) => confusion[expected][got]).join(' | ')} |`);
  return lines.join('\n');
}

export function missesTable(misses: readonly Miss[]): string {
  const lines = [
    '| language | family | rating | expected | got | message | why |',
    '| --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const miss of misses) {
    const why = miss.reasons.map((reason) => `${reason.frame}: «${reason.phrase}»`).join('; ') || '–';
    const message = miss.message.replace(/\s+/gu, ' ').replaceAll('|', '\\|');
    lines.push(
      `| ${miss.locale} | ${miss.family} | ${miss.rating} | ${miss.expected} | ${miss.got} | ${message} | ${why} |`,
    );
  }
  return lines.join('\n');
}

function label(measure: Measure): string {
  return measure === 'atRisk' ? 'at risk' : measure;
}

function format(value: number | undefined): string {
  return value === undefined ? '–' : value.toFixed(2);
}
