import { writeFileSync } from 'node:fs';
import { measureTriage } from './measure/triage.ts';
import { triageBudgets, triageRows } from './measure/triage-report.ts';

/**
 * `npm run bench:triage`: only the spread-risk scoring figures (issue 19), in a few seconds,
 * written to bench/triage-results.json. The full `npm run bench` includes them too.
 */
const figures = measureTriage();
const budgets = triageBudgets(figures);
const verdict = (name: string) => {
  const found = budgets.find((b) => b.name === name);
  return found ? (found.pass ? 'pass' : '**FAIL**') : '';
};
const rows = triageRows(figures, verdict).map((row) => `| ${row.join(' | ')} |`);
const table = [
  '| figure | Earshot | reference (same run) | ratio | budget | |',
  '|---|---|---|---|---|---|',
  ...rows,
].join('\n');
const context = `${new Date().toISOString().slice(0, 16)}Z, Node ${process.version}`;
writeFileSync(
  new URL('./triage-results.json', import.meta.url),
  `${JSON.stringify({ context, figures, budgets, markdown: table }, null, 2)}\n`,
);
console.log(`### Spread-risk triage: ${context}\n\n${table}`);
if (budgets.some((item) => !item.pass)) process.exitCode = 1;
