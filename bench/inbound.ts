import { writeFileSync } from 'node:fs';
import { measureInbound } from './measure/inbound.ts';
import { inboundBudgets, inboundRows } from './measure/inbound-report.ts';

/**
 * `npm run bench:inbound`: only the hostile-mail figures (issue 13), in about 20 seconds, written
 * to bench/inbound-results.json. The full `npm run bench` includes them too.
 */
const figures = await measureInbound(5, 7);
const budgets = inboundBudgets(figures);
const verdict = (name: string) => {
  const found = budgets.find((b) => b.name === name);
  return found ? (found.pass ? 'pass' : '**FAIL**') : '';
};
const rows = inboundRows(figures, verdict).map((row) => `| ${row.join(' | ')} |`);
const table = [
  '| figure | Earshot | reference (same run) | ratio | budget | |',
  '|---|---|---|---|---|---|',
  ...rows,
].join('\n');
const context = `${new Date().toISOString().slice(0, 16)}Z, Node ${process.version}`;
writeFileSync(
  new URL('./inbound-results.json', import.meta.url),
  `${JSON.stringify({ context, figures, budgets, markdown: table }, null, 2)}\n`,
);
console.log(`### Hostile inbound mail: ${context}\n\n${table}`);
