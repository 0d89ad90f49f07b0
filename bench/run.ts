import { writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { measureAlertLatency } from './measure/alert.ts';
import { measureGrowth } from './measure/growth.ts';
import { measureInbound } from './measure/inbound.ts';
import { measureIntake } from './measure/intake.ts';
import { measureLambdas } from './measure/lambda.ts';
import { measureStorm } from './measure/storm.ts';
import { measureTriage } from './measure/triage.ts';
import { measureWidgetSize } from './measure/widget.ts';
import { checkBudgets, type Figures, markdown } from './report.ts';

/**
 * `npm run bench`: every figure of issue 8 in one run, each next to a reference measured in the
 * same run, because the machine is shared and its absolute speed varies from minute to minute.
 * `--quick` shortens every phase (a smoke test of the bench itself, not figures to quote).
 */
// The AWS SDK's notice that it will soon want Node 22 says nothing about speed; keep the output clean.
const emitWarning = process.emitWarning.bind(process);
process.emitWarning = ((warning: string | Error, ...rest: never[]) => {
  if (
    String((warning as Error).name ?? '').includes('NodeVersionSupport') ||
    String(warning).includes('node >=22')
  )
    return;
  emitWarning(warning, ...rest);
}) as typeof process.emitWarning;

const quick = process.argv.includes('--quick');
const settings = {
  loadSeconds: quick ? 2 : 5,
  loadRounds: quick ? 1 : 2,
  growthLoadSeconds: quick ? 1 : 3,
  importSamples: quick ? 2 : 10,
  alertSubmissions: quick ? 20 : 100,
  checkpoints: quick ? [1_000, 5_000] : [1_000, 10_000, 100_000],
  seedBudgetMs: Number(process.env.BENCH_SEED_BUDGET_S ?? 300) * 1000,
};

const started = Date.now();
const step = async <T>(label: string, run: () => Promise<T>): Promise<T> => {
  const at = Date.now();
  process.stderr.write(`bench: ${label}…`);
  const result = await run();
  process.stderr.write(` ${((Date.now() - at) / 1000).toFixed(1)} s\n`);
  return result;
};

const loadBefore = loadavg()[0] ?? 0;
const figures: Figures = {
  widget: await step('widget size', measureWidgetSize),
  lambdas: await step('Lambda bundles and cold imports', () => measureLambdas(settings.importSamples)),
  intake: await step('intake vs floor', () => measureIntake(settings.loadSeconds, settings.loadRounds)),
  alert: await step('submit → staff alert', () => measureAlertLatency(settings.alertSubmissions)),
  growth: await step('cost growth', () =>
    measureGrowth(settings.checkpoints, settings.seedBudgetMs, settings.growthLoadSeconds),
  ),
  inbound: await step('hostile inbound mail', () => measureInbound(quick ? 2 : 5, quick ? 3 : 7)),
  triage: await step('spread-risk triage scoring', async () =>
    measureTriage(quick ? 2 : 5, quick ? 50 : 200),
  ),
  storm: await step('complaint storm', () =>
    measureStorm(
      quick
        ? { similar: 200, unrelated: 4, seconds: 10, sendRate: 14 }
        : { similar: 2000, unrelated: 20, seconds: 60, sendRate: 14 },
    ),
  ),
};
const budgets = checkBudgets(figures);
const context = `${new Date().toISOString().slice(0, 16)}Z, Node ${process.version}, ${availableParallelism()} cores, load average ${loadBefore.toFixed(1)} → ${(loadavg()[0] ?? 0).toFixed(1)}${quick ? ', --quick' : ''}`;
const table = markdown(figures, budgets, context);
writeFileSync(
  new URL('./results.json', import.meta.url),
  `${JSON.stringify({ context, settings, figures, budgets, markdown: table }, null, 2)}\n`,
);
console.log(table);
process.stderr.write(
  `bench: done in ${((Date.now() - started) / 1000).toFixed(0)} s, wrote bench/results.json\n`,
);
