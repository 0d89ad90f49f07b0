import type { Budget } from '../report.ts';
import { TRIAGE_MESSAGE_CHARS, type TriageFigures } from './triage.ts';

const SCORE_BUDGET_MS = 1;

const name = (shape: string) => `triage score, ${TRIAGE_MESSAGE_CHARS} chars: ${shape}`;

export function triageBudgets(f: TriageFigures | undefined): Budget[] {
  if (!f) return [];
  return f.cases.map((item) => ({
    name: name(item.name),
    value: item.scoreMs,
    unit: 'ms',
    limit: SCORE_BUDGET_MS,
    atMost: true,
    pass: item.scoreMs <= SCORE_BUDGET_MS,
  }));
}

export function triageRows(f: TriageFigures | undefined, verdict: (name: string) => string): string[][] {
  if (!f) return [];
  return [
    ...f.cases.map((item) => [
      `Triage, ${item.chars}-char message, CPU per score: ${item.name}`,
      `${item.scoreMs} ms`,
      `normalising it once: ${item.normaliseMs} ms`,
      item.normaliseMs > 0 ? String(Math.round((item.scoreMs / item.normaliseMs) * 10) / 10) : '',
      `≤ ${SCORE_BUDGET_MS} ms`,
      verdict(name(item.name)),
    ]),
    ['Triage lexicon compile, once per dispatcher (not in the API)', `${f.compileMs} ms`, '', '', '', ''],
  ];
}
