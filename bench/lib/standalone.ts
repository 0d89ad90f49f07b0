import { writeFileSync } from 'node:fs';
import type { Budget } from '../report.ts';

/** 'pass', '**FAIL**' or '' for a budget by name, as the bench tables print it. */
export function verdictOf(budgets: Budget[]): (name: string) => string {
  return (name) => {
    const found = budgets.find((budget) => budget.name === name);
    return found ? (found.pass ? 'pass' : '**FAIL**') : '';
  };
}

/**
 * What a bench module run on its own (`npm run bench:<name>`) prints and keeps: its table, and
 * its figures and budgets in `bench/<name>-results.json`; a missed budget fails the command.
 */
export function reportStandalone(options: {
  name: string;
  title: string;
  figures: unknown;
  budgets: Budget[];
  rows: string[][];
}): void {
  const table = [
    '| figure | Earshot | reference (same run) | ratio | budget | |',
    '|---|---|---|---|---|---|',
    ...options.rows.map((row) => `| ${row.join(' | ')} |`),
  ].join('\n');
  const context = `${new Date().toISOString().slice(0, 16)}Z, Node ${process.version}`;
  const { figures, budgets } = options;
  writeFileSync(
    new URL(`../${options.name}-results.json`, import.meta.url),
    `${JSON.stringify({ context, figures, budgets, markdown: table }, null, 2)}\n`,
  );
  console.log(`### ${options.title}: ${context}\n\n${table}`);
  if (budgets.some((budget) => !budget.pass)) process.exitCode = 1;
}
