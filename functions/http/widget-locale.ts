import { LOCALES, type Locale } from '../config/schema.ts';

/** A BCP 47 tag as one of ours. Norwegian in any form (no, nb, nn) reads bokmål; regions are ignored. */
export function toLocale(tag: string | null | undefined): Locale | undefined {
  const base = tag?.trim().toLowerCase().split(/[-_]/)[0];
  return base === 'no' || base === 'nn' ? 'nb' : LOCALES.find((locale) => locale === base);
}

/**
 * The widget's `?locale=`: the language tags it knows of, best first (data-locale, `<html lang>`,
 * then `navigator.languages`), comma-separated. The first that is ours wins, else the site's default.
 * Chosen here rather than in the browser, which keeps the widget smaller.
 */
export function chooseLocale(requested: string | undefined, siteDefault: Locale): Locale {
  return (requested ?? '').split(',', 12).map(toLocale).find(Boolean) ?? siteDefault;
}
