import { reportStandalone, verdictOf } from './lib/standalone.ts';
import { measureInbound } from './measure/inbound.ts';
import { inboundBudgets, inboundRows } from './measure/inbound-report.ts';

/**
 * `npm run bench:inbound`: only the hostile-mail figures (issue 13), in about 20 seconds, written
 * to bench/inbound-results.json. The full `npm run bench` includes them too.
 */
const figures = await measureInbound(5, 7);
const budgets = inboundBudgets(figures);
const rows = inboundRows(figures, verdictOf(budgets));
reportStandalone({ name: 'inbound', title: 'Hostile inbound mail', figures, budgets, rows });
