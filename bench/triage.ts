import { reportStandalone, verdictOf } from './lib/standalone.ts';
import { measureTriage } from './measure/triage.ts';
import { triageBudgets, triageRows } from './measure/triage-report.ts';

/**
 * `npm run bench:triage`: only the spread-risk scoring figures (issue 19), in a few seconds,
 * written to bench/triage-results.json. The full `npm run bench` includes them too.
 */
const figures = measureTriage();
const budgets = triageBudgets(figures);
const rows = triageRows(figures, verdictOf(budgets));
reportStandalone({ name: 'triage', title: 'Spread-risk triage', figures, budgets, rows });
