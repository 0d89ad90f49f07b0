import { existsSync, readFileSync } from 'node:fs';
import type { Evaluation, LabelledMessage, Metric } from '../functions/domain/triage/evaluate.ts';
import type { TriageLocale } from '../functions/domain/triage/index.ts';

export const LOCALES: readonly TriageLocale[] = ['nb', 'da', 'sv', 'en'];

/** A labelled batch under `tests/fixtures/triage/` and the bar it must hold. */
export interface Batch {
  name: string;
  about: string;
  /** Folder under tests/fixtures/triage/, '' or ending in '/'. */
  dir: string;
  /** Missing fixtures fail the run instead of being skipped. */
  required: boolean;
  gate: Gate;
  /** False for a blind batch scored once: the learned weights must never have seen it. */
  learnFrom?: false;
}

/** Minimums; a metric with nothing to measure (no such message) does not fail. */
export interface Gate {
  urgentPrecision?: number;
  urgentRecall?: number;
  atRiskPrecision?: number;
  atRiskRecall?: number;
  /** No single language's at-risk recall below this. */
  atRiskRecallPerLanguage?: number;
}

/** Issue 19's bar for messages the lexicon's author never saw ("at risk" = high or urgent). */
const STRANGERS: Gate = { atRiskPrecision: 0.9, atRiskRecall: 0.85, atRiskRecallPerLanguage: 0.8 };

export const BATCHES: readonly Batch[] = [
  {
    name: 'fixtures',
    about: 'the original hand-labelled fixtures, same author as the lexicons',
    dir: '',
    required: true,
    gate: { urgentPrecision: 0.9, urgentRecall: 0.8 },
  },
  {
    name: 'families',
    about: 'development examples of the issue-19 families, same author as the frames',
    dir: 'families/',
    required: true,
    gate: STRANGERS,
  },
  {
    name: 'holdout',
    about: 'written by another hand that never saw the lexicons; first scored frozen at e22da0b',
    dir: 'holdout/',
    required: true,
    gate: STRANGERS,
  },
  {
    name: 'holdout2',
    about:
      'a second batch by yet another hand, written after the scorer learned from the first; first scored frozen at 172411a (at-risk P 0.96, R 0.72)',
    dir: 'holdout2/',
    required: true,
    gate: STRANGERS,
  },
  {
    name: 'holdout3',
    about: 'a third blind batch by another hand, scored once with the scorer frozen at 63ff89f',
    dir: 'holdout3/',
    required: true,
    gate: STRANGERS,
    learnFrom: false,
  },
];

export function gateFailures(batch: Batch, evaluation: Evaluation): string[] {
  const { gate } = batch;
  const all = evaluation.rows.all;
  const failures = [
    check('urgent precision', all.urgent, 'precision', gate.urgentPrecision),
    check('urgent recall', all.urgent, 'recall', gate.urgentRecall),
    check('at-risk precision', all.atRisk, 'precision', gate.atRiskPrecision),
    check('at-risk recall', all.atRisk, 'recall', gate.atRiskRecall),
  ];
  for (const [row, metrics] of Object.entries(evaluation.rows))
    if (row !== 'all')
      failures.push(check(`${row} at-risk recall`, metrics.atRisk, 'recall', gate.atRiskRecallPerLanguage));
  return failures.filter((failure): failure is string => failure !== undefined);
}

function check(
  name: string,
  metric: Metric,
  which: 'precision' | 'recall',
  minimum: number | undefined,
): string | undefined {
  const value = metric[which];
  if (minimum === undefined || value === undefined || value >= minimum) return undefined;
  return `${name} ${value.toFixed(2)} (needs ${minimum})`;
}

/** The batch's messages per language; languages without a file are left out. */
export function loadBatch(batch: Batch): Partial<Record<TriageLocale, LabelledMessage[]>> {
  return Object.fromEntries(
    LOCALES.flatMap((locale) => {
      const url = new URL(`../tests/fixtures/triage/${batch.dir}${locale}.json`, import.meta.url);
      return existsSync(url) ? [[locale, JSON.parse(readFileSync(url, 'utf8')) as LabelledMessage[]]] : [];
    }),
  );
}
