import { parseDuration } from '../../functions/domain/duration.ts';
import type { Texts } from './texts.ts';

/** Fills `{name}` placeholders; an unknown placeholder stays visible rather than vanishing silently. */
export function fill(template: string, vars: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

// minute, hour, day, week and year, in minutes; `units` names them in the same order.
const UNITS = [1, 60, 1440, 10_080, 525_600];

/** "4 timer", "1 dag", "90 minutter", "1 år": the largest unit that says the length exactly. */
export function amount(minutes: number, t: Texts): string {
  let unit = 4;
  while (unit && minutes % (UNITS[unit] ?? 1)) unit--;
  const n = Math.max(1, Math.round(minutes / (UNITS[unit] ?? 1)));
  return `${n} ${t.units.split('|')[unit * 2 + (n === 1 ? 0 : 1)]}`;
}

/** The response promise as a phrase, "innen 4 timer"; without a usable promise, "så fort som mulig". */
export function withinText(respondWithin: string | undefined, t: Texts): string {
  const ms = parseDuration(respondWithin ?? '');
  return ms ? fill(t.within, { n: amount(ms / 60_000, t) }) : t.soon;
}

/** " i 1 år" / " for 90 days", ready to drop into the privacy line; empty when unknown. */
export function keptText(retentionDays: number | undefined, t: Texts): string {
  return retentionDays ? fill(t.keptFor, { n: amount(retentionDays * 1440, t) }) : '';
}
