import type { Budget } from '../report.ts';
import type { StormFigures } from './storm.ts';

const DRAIN_RATIO = 1.1;
const URGENT_P50_MS = 2000;

/** Issue 15's budgets: no submission refused, a drain near what the rate allows, urgent alerts fast. */
export function stormBudgets(f: StormFigures | undefined): Budget[] {
  if (!f) return [];
  const ratio = f.idealSeconds > 0 ? Math.round((f.drainSeconds / f.idealSeconds) * 100) / 100 : 0;
  const check = (name: string, value: number, unit: string, limit: number): Budget => ({
    name,
    value,
    unit,
    limit,
    atMost: true,
    pass: value <= limit,
  });
  return [
    check('storm: non-2xx answers', f.non2xx, '', 0),
    check('storm: owner emails about the storm', f.ownerEmailsAboutStorm, '', 7),
    check('storm: drain time ÷ ideal', ratio, '×', DRAIN_RATIO),
    check('storm: unrelated urgent alert p50', f.urgentAlertP50, 'ms', URGENT_P50_MS),
  ];
}

export function stormRows(f: StormFigures | undefined, verdict: (name: string) => string): string[][] {
  if (!f) return [];
  const ratio = f.idealSeconds > 0 ? Math.round((f.drainSeconds / f.idealSeconds) * 100) / 100 : 0;
  const scenario = `${f.similar} similar in ${f.seconds} s + ${f.unrelated} unrelated urgent, ${f.sendRate}/s`;
  return [
    [
      `Storm (${scenario}): non-2xx answers`,
      String(f.non2xx),
      '',
      '',
      '0',
      verdict('storm: non-2xx answers'),
    ],
    [
      'Storm: owner emails (about the storm / all)',
      `${f.ownerEmailsAboutStorm} / ${f.ownerEmails}`,
      `one alert each: ${f.similar + f.unrelated}`,
      '',
      '≤ 7 about the storm',
      verdict('storm: owner emails about the storm'),
    ],
    [
      `Storm: drain, ${f.emails} emails`,
      `${f.drainSeconds} s`,
      `ideal (emails ÷ rate): ${f.idealSeconds} s`,
      `${ratio}`,
      `≤ ${DRAIN_RATIO}×`,
      verdict('storm: drain time ÷ ideal'),
    ],
    [
      `Storm: unrelated urgent alert, p50 / max (${f.urgentAlerted} of ${f.unrelated})`,
      `${f.urgentAlertP50} / ${f.urgentAlertMax} ms`,
      '',
      '',
      `p50 ≤ ${URGENT_P50_MS} ms`,
      verdict('storm: unrelated urgent alert p50'),
    ],
  ];
}
