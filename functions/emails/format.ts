import type { Locale } from '../config/schema.ts';
import { parseDuration } from '../domain/duration.ts';

/** Singular and plural of each unit of time, in each language. */
export const UNITS: Record<Locale, Record<'day' | 'hour' | 'minute', [one: string, many: string]>> = {
  nb: { day: ['dag', 'dager'], hour: ['time', 'timer'], minute: ['minutt', 'minutter'] },
  da: { day: ['dag', 'dage'], hour: ['time', 'timer'], minute: ['minut', 'minutter'] },
  sv: { day: ['dag', 'dagar'], hour: ['timme', 'timmar'], minute: ['minut', 'minuter'] },
  en: { day: ['day', 'days'], hour: ['hour', 'hours'], minute: ['minute', 'minutes'] },
};

/** "4 timer", "1 dag", "30 minutes": the promise in words, rounded to its largest whole unit. */
export function formatDuration(iso: string, locale: Locale): string {
  const minutes = Math.round((parseDuration(iso) ?? 0) / 60_000);
  const [amount, unit] =
    minutes % 1440 === 0
      ? [minutes / 1440, 'day']
      : minutes % 60 === 0
        ? [minutes / 60, 'hour']
        : [minutes, 'minute'];
  const [one, many] = UNITS[locale][unit as 'day' | 'hour' | 'minute'];
  return `${amount} ${amount === 1 ? one : many}`;
}

export const INTL_LOCALE: Record<Locale, string> = { nb: 'nb-NO', da: 'da-DK', sv: 'sv-SE', en: 'en-GB' };

export function formatDateTime(iso: string, locale: Locale, timeZone: string): string {
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone,
  }).format(new Date(iso));
}

/**
 * A point in time the way people write it in a letter: "onsdag 25. november kl. 14.00" (da "onsdag
 * den 25. november kl. 14.00", sv "onsdag 25 november kl. 14.00", en "14:00 on Wednesday 25 November").
 * Intl's own long forms put "14:00" in nb and sv, which the language councils write "14.00".
 */
export function formatWhen(iso: string, locale: Locale, timeZone: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat(INTL_LOCALE[locale], {
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      timeZone,
    })
      .formatToParts(new Date(iso))
      .map((part) => [part.type, part.value]),
  ) as Record<'weekday' | 'day' | 'month' | 'hour' | 'minute', string>;
  const { weekday, day, month, hour, minute } = parts;
  switch (locale) {
    case 'nb':
      return `${weekday} ${day}. ${month} kl. ${hour}.${minute}`;
    case 'da':
      return `${weekday} den ${day}. ${month} kl. ${hour}.${minute}`;
    case 'sv':
      return `${weekday} ${day} ${month} kl. ${hour}.${minute}`;
    case 'en':
      return `${hour}:${minute} on ${weekday} ${day} ${month}`;
  }
}

export function formatDate(iso: string, locale: Locale, timeZone: string): string {
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], { dateStyle: 'medium', timeZone }).format(
    new Date(iso),
  );
}

/**
 * Customer text bound for a mail header (the alert's subject): control characters and line
 * breaks are gone, so nothing can start a header of its own, and it is cut short.
 */
export function headerSafe(text: string, maxLength: number): string {
  const flat = text
    .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return flat.length > maxLength ? `${flat.slice(0, maxLength - 1).trimEnd()}…` : flat;
}

const QUOTES: Record<Locale, [open: string, close: string]> = {
  nb: ['«', '»'],
  da: ['»', '«'],
  sv: ['”', '”'],
  en: ['“', '”'],
};

/** Someone's words in quotation marks as each language prints them: «nb», »da«, ”sv”, “en”. */
export function quoted(text: string, locale: Locale): string {
  const [open, close] = QUOTES[locale];
  return `${open}${text}${close}`;
}

/** A phrase for exactly one, and for any other count: `[one, other]`. */
export type Plural = readonly [one: string, other: string];

/** The form of `forms` that `count` takes: "1 kunde", "2 kunder". */
export function byCount(count: number, forms: Plural): string {
  return forms[count === 1 ? 0 : 1];
}

/** Fills `{name}` placeholders; values are inserted as they are, so escape first for HTML. */
export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
}
