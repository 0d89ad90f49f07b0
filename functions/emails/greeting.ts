import type { Locale } from '../config/schema.ts';

const HELLO: Record<Locale, { named: string; alone: string }> = {
  nb: { named: 'Hei {name},', alone: 'Hei!' },
  da: { named: 'Hej {name},', alone: 'Hej!' },
  sv: { named: 'Hej {name},', alone: 'Hej!' },
  // An English letter may open "Hello," on its own; the Nordic ones open "Hei!" without a comma.
  en: { named: 'Hi {name},', alone: 'Hello,' },
};

/** A first name a person could have: letters, with inner hyphens or apostrophes, not too long. */
const PLAUSIBLE_NAME = /^\p{L}+(?:['’-]\p{L}+)*$/u;

/**
 * The opening line, on a line of its own: "Hei Nora," or "Hei!". A customer's name is only a
 * claim they typed, so only its first word is used, and only when it looks like a name: a URL or
 * a sentence typed into the name field never reaches the greeting.
 */
export function greeting(locale: Locale, name?: string): string {
  const first = name?.trim().split(/\s+/)[0] ?? '';
  const usable = first.length <= 30 && PLAUSIBLE_NAME.test(first);
  return usable ? HELLO[locale].named.replace('{name}', first) : HELLO[locale].alone;
}
