import { column } from '../../web-widget/src/texts.ts';
import type { Locale } from '../config/schema.ts';
import { parseDuration } from '../domain/duration.ts';

// The words widget-config writes out for the widget, side by side as [nb, da, sv, en] like the
// widget's own strings (web-widget/src/texts.ts). They are composed here, not in the browser, so
// the widget carries no duration parser and no grammar of units (its size budget).
const PHRASES = {
  soon: ['så fort som mulig', 'hurtigst muligt', 'så snart som möjligt', 'as soon as possible'],
  within: ['innen {n}', 'inden for {n}', 'inom {n}', 'within {n}'],
  keptFor: [' i {n}', ' i {n}', ' i {n}', ' for {n}'],
  // minute, hour, day, week, year: singular|plural each.
  units: [
    'minutt|minutter|time|timer|dag|dager|uke|uker|år|år',
    'minut|minutter|time|timer|dag|dage|uge|uger|år|år',
    'minut|minuter|timme|timmar|dag|dagar|vecka|veckor|år|år',
    'minute|minutes|hour|hours|day|days|week|weeks|year|years',
  ],
} satisfies Record<string, readonly [string, string, string, string]>;

export type Phrases = Record<keyof typeof PHRASES, string>;

export function widgetPhrases(locale: Locale): Phrases {
  return column(PHRASES, locale);
}

const fillN = (template: string, n: string) => template.replace('{n}', n);

// minute, hour, day, week and year, in minutes; `units` names them in the same order.
const UNITS = [1, 60, 1440, 10_080, 525_600];

/** "4 timer", "1 dag", "90 minutter", "1 år": the largest unit that says the length exactly. */
export function amount(minutes: number, p: Phrases): string {
  let unit = 4;
  while (unit && minutes % (UNITS[unit] ?? 1)) unit--;
  const n = Math.max(1, Math.round(minutes / (UNITS[unit] ?? 1)));
  return `${n} ${p.units.split('|')[unit * 2 + (n === 1 ? 0 : 1)]}`;
}

/** The response promise as a phrase, "innen 4 timer"; without a usable promise, "så fort som mulig". */
export function withinText(respondWithin: string | undefined, p: Phrases): string {
  const ms = parseDuration(respondWithin ?? '');
  return ms ? fillN(p.within, amount(ms / 60_000, p)) : p.soon;
}

/** " i 1 år" / " for 90 days", ready to drop into the privacy line; empty when unknown. */
export function keptText(retentionDays: number | undefined, p: Phrases): string {
  return retentionDays ? fillN(p.keptFor, amount(retentionDays * 1440, p)) : '';
}
