import { reportStandalone, verdictOf } from './lib/standalone.ts';
import { measureStorm } from './measure/storm.ts';
import { stormBudgets, stormRows } from './measure/storm-report.ts';

/**
 * `npm run bench:storm`: issue 15's storm alone, written to bench/storm-results.json: 2,000
 * similar complaints in 60 s and 20 unrelated urgent ones, sent at SES's usual 14 a second, about
 * three minutes. `--quick` is a smoke test of the bench (200 in 10 s), not figures to quote.
 */
const quick = process.argv.includes('--quick');
const figures = await measureStorm(
  quick
    ? { similar: 200, unrelated: 4, seconds: 10, sendRate: 14 }
    : { similar: 2000, unrelated: 20, seconds: 60, sendRate: 14 },
);
const budgets = stormBudgets(figures);
reportStandalone({
  name: 'storm',
  title: 'Complaint storm',
  figures,
  budgets,
  rows: stormRows(figures, verdictOf(budgets)),
});
process.exit();
