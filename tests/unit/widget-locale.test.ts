import { describe, expect, it } from 'vitest';
import { chooseLocale, toLocale } from '../../functions/http/widget-locale.ts';

describe('widget locale', () => {
  it.each([
    ['nb', 'nb'],
    ['nb-NO', 'nb'],
    ['no', 'nb'],
    ['nn-NO', 'nb'],
    ['NO_no', 'nb'],
    ['da-DK', 'da'],
    ['sv-FI', 'sv'],
    ['en-GB', 'en'],
    [' EN ', 'en'],
    ['de-DE', undefined],
    ['se', undefined],
    ['', undefined],
    [null, undefined],
  ])('reads the tag %j as %j', (tag, locale) => {
    expect(toLocale(tag)).toBe(locale);
  });

  it('takes the first tag that is ours: data-locale, then <html lang>, then the browser languages', () => {
    expect(chooseLocale('sv,da,en', 'nb')).toBe('sv');
    expect(chooseLocale('fr,da-DK,en', 'nb')).toBe('da');
    expect(chooseLocale('de,de-AT,fr,sv-SE,en', 'nb')).toBe('sv');
    expect(chooseLocale('pl,nn', 'da')).toBe('nb');
  });

  it("falls back to the site's default", () => {
    expect(chooseLocale('pl,de', 'da')).toBe('da');
    expect(chooseLocale('', 'sv')).toBe('sv');
    expect(chooseLocale(undefined, 'en')).toBe('en');
  });
});
