import type { Budget } from '../report.ts';
import type { InboundFigures } from './inbound.ts';

const PARSE_BUDGET_MS = 50;
const HEALTH_BUDGET_MS = 100;

/** Issue 13's budgets: each adversarial body parsed within 50 ms, /health p99 within 100 ms meanwhile. */
export function inboundBudgets(f: InboundFigures | undefined): Budget[] {
  if (!f) return [];
  const check = (name: string, value: number, limit: number): Budget => ({
    name,
    value,
    unit: 'ms',
    limit,
    atMost: true,
    pass: value <= limit,
  });
  return [
    ...f.bodies.map((body) => check(`inbound parse, median: ${body.name}`, body.medianMs, PARSE_BUDGET_MS)),
    check('/health p99 while hostile mail is parsed', f.health.loadedP99, HEALTH_BUDGET_MS),
  ];
}

export function inboundRows(f: InboundFigures | undefined, verdict: (name: string) => string): string[][] {
  if (!f) return [];
  const ratio = (a: number, b: number) => (b > 0 ? String(Math.round((a / b) * 10) / 10) : '');
  return [
    ...f.bodies.map((body) => [
      `Inbound parse: ${body.name} (${Math.round(body.bytes / 1024)} KB), median / max`,
      `${body.medianMs} / ${body.maxMs} ms`,
      `an ordinary reply: ${f.reference.medianMs} / ${f.reference.maxMs} ms`,
      ratio(body.medianMs, f.reference.medianMs),
      `≤ ${PARSE_BUDGET_MS} ms`,
      verdict(`inbound parse, median: ${body.name}`),
    ]),
    [
      `/health p99 while hostile mail arrives over SMTP (${f.health.mailsParsed} messages)`,
      `${f.health.loadedP99} ms`,
      `idle: ${f.health.idleP99} ms`,
      ratio(f.health.loadedP99, f.health.idleP99),
      `≤ ${HEALTH_BUDGET_MS} ms`,
      verdict('/health p99 while hostile mail is parsed'),
    ],
  ];
}
