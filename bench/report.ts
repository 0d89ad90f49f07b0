import { BUDGET_GZIP } from '../web-widget/size.ts';
import { ratio, round } from './lib/stats.ts';
import type { AlertFigures } from './measure/alert.ts';
import type { GrowthFigures } from './measure/growth.ts';
import type { InboundFigures } from './measure/inbound.ts';
import { inboundBudgets, inboundRows } from './measure/inbound-report.ts';
import type { IntakeFigures } from './measure/intake.ts';
import type { BundleFigures } from './measure/lambda.ts';
import type { StormFigures } from './measure/storm.ts';
import { stormBudgets, stormRows } from './measure/storm-report.ts';
import type { TriageFigures } from './measure/triage.ts';
import { triageBudgets, triageRows } from './measure/triage-report.ts';
import type { WidgetFigures } from './measure/widget.ts';

export interface Figures {
  widget: WidgetFigures;
  lambdas: BundleFigures[];
  intake: IntakeFigures;
  alert: AlertFigures;
  growth: GrowthFigures;
  inbound?: InboundFigures;
  triage?: TriageFigures;
  storm?: StormFigures;
}

export interface Budget {
  name: string;
  value: number;
  unit: string;
  /** The limit, and which side of it passes. */
  limit: number;
  atMost: boolean;
  aim?: number;
  pass: boolean;
}

const kb = (bytes: number) => `${round(bytes / 1024, 1)} KB`;
const ms = (value: number) => `${value} ms`;

function budget(
  name: string,
  value: number,
  unit: string,
  limit: number,
  atMost: boolean,
  aim?: number,
): Budget {
  return { name, value, unit, limit, atMost, aim, pass: atMost ? value <= limit : value >= limit };
}

/** The budgets, checked against this run's figures. */
export function checkBudgets(f: Figures): Budget[] {
  const api = f.lambdas.find((bundle) => bundle.name === 'api');
  const at = (connections: number) => ({
    earshot: f.intake.earshot.find((run) => run.connections === connections),
    floor: f.intake.floor.find((run) => run.connections === connections),
  });
  const budgets = [
    budget('widget gzip -9 (widget.js + widget-config)', f.widget.totalGzip, 'B', BUDGET_GZIP, true),
  ];
  for (const connections of [20, 100]) {
    const { earshot, floor } = at(connections);
    if (earshot && floor) {
      budgets.push(
        budget(
          `intake req/s ÷ floor, ${connections} in flight`,
          ratio(earshot.requestsPerSecond, floor.requestsPerSecond),
          '×',
          0.5,
          false,
          0.8,
        ),
      );
    }
  }
  const twenty = at(20).earshot;
  if (twenty) budgets.push(budget('intake p99, 20 in flight', twenty.p99, 'ms', 50, true));
  budgets.push(budget('submit → staff alert p50', f.alert.p50, 'ms', 1000, true, 300));
  if (api) {
    budgets.push(budget('api bundle, minified', api.bytes, 'B', 150 * 1024, true));
    budgets.push(budget('api cold init, median of runs', api.initMs, 'ms', 80, true));
  }
  const [first, ...rest] = f.growth.points;
  const last = rest.at(-1);
  if (first && last) {
    // "Flat": the largest table's median history lookup within twice the smallest one's.
    budgets.push(
      budget(
        `history lookup p50 at ${last.stored} ÷ at ${first.stored} items`,
        ratio(last.history.p50, first.history.p50),
        '×',
        2,
        true,
      ),
    );
  }
  budgets.push(...inboundBudgets(f.inbound));
  budgets.push(...triageBudgets(f.triage));
  budgets.push(...stormBudgets(f.storm));
  return budgets;
}

/** Every figure of the run as markdown: one table for the budgets' figures, one for growth. */
export function markdown(f: Figures, budgets: Budget[], context: string): string {
  const verdict = (name: string) => {
    const found = budgets.find((b) => b.name === name);
    return found ? (found.pass ? 'pass' : '**FAIL**') : '';
  };
  const rows: string[][] = [];
  rows.push([
    'Widget, gzip -9: widget.js + widget-config',
    kb(f.widget.totalGzip),
    `Sentry feedbackIntegration: ${kb(f.widget.sentryGzip)}`,
    String(ratio(f.widget.totalGzip, f.widget.sentryGzip)),
    '≤ 6 KB',
    verdict('widget gzip -9 (widget.js + widget-config)'),
  ]);
  rows.push([
    'Widget, gzip -9: widget.js alone',
    kb(f.widget.widgetGzip),
    `Sentry: ${kb(f.widget.sentryGzip)}`,
    String(ratio(f.widget.widgetGzip, f.widget.sentryGzip)),
    '',
    '',
  ]);
  for (const earshot of f.intake.earshot) {
    const floor = f.intake.floor.find((run) => run.connections === earshot.connections);
    if (!floor) continue;
    const n = earshot.connections;
    rows.push([
      `Intake, ${n} in flight: req/s`,
      String(earshot.requestsPerSecond),
      `floor: ${floor.requestsPerSecond}`,
      String(ratio(earshot.requestsPerSecond, floor.requestsPerSecond)),
      '≥ 0.5 × floor (aim ≥ 0.8)',
      verdict(`intake req/s ÷ floor, ${n} in flight`),
    ]);
    rows.push([
      `Intake, ${n} in flight: p50 / p99`,
      `${earshot.p50} / ${earshot.p99} ms`,
      `floor: ${floor.p50} / ${floor.p99} ms`,
      `${ratio(earshot.p50, floor.p50)} / ${ratio(earshot.p99, floor.p99)}`,
      n === 20 ? 'p99 ≤ 50 ms' : '',
      n === 20 ? verdict('intake p99, 20 in flight') : '',
    ]);
  }
  rows.push([
    `Submit → staff alert, n=${f.alert.submissions}: p50 / p99`,
    `${f.alert.p50} / ${f.alert.p99} ms`,
    `PutItem + SendEmail: ${f.alert.reference.p50} / ${f.alert.reference.p99} ms`,
    `${ratio(f.alert.p50, f.alert.reference.p50)} / ${ratio(f.alert.p99, f.alert.reference.p99)}`,
    'p50 ≤ 1 s (aim ≤ 300 ms)',
    verdict('submit → staff alert p50'),
  ]);
  const floor = f.lambdas.find((bundle) => bundle.name === 'sdk-floor');
  for (const bundle of f.lambdas.filter((b) => b.name !== 'sdk-floor')) {
    const isApi = bundle.name === 'api';
    // The budgets are the intake's, the cold start a customer waits for; the signed pages are `pages`.
    const label = isApi ? 'api (intake)' : bundle.name;
    rows.push([
      `Lambda ${label}: minified (gzip)`,
      `${kb(bundle.bytes)} (${kb(bundle.gzipBytes)})`,
      '',
      '',
      isApi ? '≤ 150 KB' : '',
      isApi ? verdict('api bundle, minified') : '',
    ]);
    rows.push([
      `Lambda ${label}: cold init / module graph only`,
      `${ms(bundle.initMs)} / ${ms(bundle.graphMs)}`,
      floor ? `SDK alone: ${ms(floor.initMs)} / ${ms(floor.graphMs)}` : '',
      floor ? `${ratio(bundle.initMs, floor.initMs)} / ${ratio(bundle.graphMs, floor.graphMs)}` : '',
      isApi ? '≤ 80 ms' : '',
      isApi ? verdict('api cold init, median of runs') : '',
    ]);
  }
  rows.push(...inboundRows(f.inbound, verdict));
  rows.push(...triageRows(f.triage, verdict));
  rows.push(...stormRows(f.storm, verdict));
  const table = (head: string[], body: string[][]) =>
    [
      `| ${head.join(' | ')} |`,
      `|${head.map(() => '---').join('|')}|`,
      ...body.map((r) => `| ${r.join(' | ')} |`),
    ].join('\n');
  const main = table(['figure', 'Earshot', 'reference (same run)', 'ratio', 'budget', ''], rows);

  const [base] = f.growth.points;
  const growthRows = f.growth.points.map((point) => [
    String(point.stored),
    `${point.intake.requestsPerSecond} req/s, p99 ${point.intake.p99} ms`,
    base ? String(ratio(point.intake.p99, base.intake.p99)) : '',
    `${point.history.p50} / ${point.history.p99} ms`,
    base ? String(ratio(point.history.p50, base.history.p50)) : '',
    ms(point.due.p50),
    `${point.itemBytes} B item, ${kb(point.bytesPerFeedback)} billed`,
  ]);
  const growth = table(
    [
      'feedback stored',
      'intake, 20 in flight',
      'p99 ÷ smallest',
      'history lookup p50 / p99',
      'p50 ÷ smallest',
      'due query p50',
      'storage per feedback',
    ],
    growthRows,
  );
  const skipped = f.growth.skipped.length
    ? `\nNot reached within the seeding time limit: ${f.growth.skipped.join(', ')} items (seeding ran at ${f.growth.seedItemsPerSecond} items/s).\n`
    : '';
  const flat = verdict(budgets.find((b) => b.name.startsWith('history lookup'))?.name ?? '');
  return [
    `### Earshot bench: ${context}`,
    '',
    main,
    '',
    `#### How cost grows (history lookups flat: ${flat || 'n/a'})`,
    '',
    growth,
    skipped,
    `Budgets: ${budgets.filter((b) => b.pass).length} of ${budgets.length} met.`,
  ].join('\n');
}
