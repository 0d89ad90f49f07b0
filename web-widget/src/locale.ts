import type { Locale } from './types.ts';

export type { Locale };

const SUPPORTED: readonly Locale[] = ['nb', 'da', 'sv', 'en'];

/** A BCP 47 tag as one of ours. Norwegian in any form (no, nb, nn) reads bokmål; regions are ignored. */
export function toLocale(tag: string | null | undefined): Locale | undefined {
  const base = tag?.trim().toLowerCase().split(/[-_]/)[0];
  return base === 'no' || base === 'nn' ? 'nb' : SUPPORTED.find((locale) => locale === base);
}

export interface LocaleSources {
  /** The script tag's `data-locale`: the site's explicit choice wins. */
  attribute?: string | null | undefined;
  /** `<html lang>`: the language the page around the widget is written in. */
  htmlLang?: string | null | undefined;
  /** `navigator.languages`: what the visitor reads, best first. */
  languages?: readonly string[] | undefined;
  /** The site's `defaultLocale` from widget-config. */
  siteDefault?: string | null | undefined;
}

/** The visitor's language as far as the page and the browser tell; undefined leaves it to the site. */
export function preferredLocale(sources: LocaleSources): Locale | undefined {
  return [sources.attribute, sources.htmlLang, ...(sources.languages ?? [])].map(toLocale).find(Boolean);
}

/** data-locale, else <html lang>, else navigator.languages, else the site's default, else English. */
export function chooseLocale(sources: LocaleSources): Locale {
  return preferredLocale(sources) ?? toLocale(sources.siteDefault) ?? 'en';
}
