// Measures the spread-risk triage against the hand-labelled fixtures and fails when urgent
// precision or recall drops below what the issue asks for. `--misses` lists what it got wrong.
import { readFileSync } from 'node:fs';
import { evaluate, type LabelledMessage, markdownTable } from '../functions/domain/triage/evaluate.ts';
import type { TriageLocale } from '../functions/domain/triage/index.ts';

const LOCALES: readonly TriageLocale[] = ['nb', 'da', 'sv', 'en'];
const MIN_URGENT_PRECISION = 0.9;
const MIN_URGENT_RECALL = 0.8;

function load(locale: TriageLocale): LabelledMessage[] {
  const url = new URL(`../tests/fixtures/triage/${locale}.json`, import.meta.url);
  return JSON.parse(readFileSync(url, 'utf8')) as LabelledMessage[];
}

const evaluation = evaluate(Object.fromEntries(LOCALES.map((locale) => [locale, load(locale)])));
console.log(markdownTable(evaluation));

if (process.argv.includes('--misses')) {
  console.log('\n| language | rating | expected | got | message |\n| --- | --- | --- | --- | --- |');
  for (const miss of evaluation.misses) {
    console.log(`| ${miss.locale} | ${miss.rating} | ${miss.expected} | ${miss.got} | ${miss.message} |`);
  }
}

const urgent = evaluation.rows.all.urgent;
const precision = urgent.precision ?? 0;
const recall = urgent.recall ?? 0;
if (precision < MIN_URGENT_PRECISION || recall < MIN_URGENT_RECALL) {
  console.error(
    `\nUrgent precision ${precision.toFixed(2)} (needs ${MIN_URGENT_PRECISION}) / recall ${recall.toFixed(2)} (needs ${MIN_URGENT_RECALL}).`,
  );
  process.exitCode = 1;
}
