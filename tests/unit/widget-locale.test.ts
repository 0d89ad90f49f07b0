import { describe, expect, it } from 'vitest';
import { chooseLocale, preferredLocale, toLocale } from '../../web-widget/src/locale.ts';

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

  it('takes data-locale before everything else', () => {
    expect(chooseLocale({ attribute: 'sv', htmlLang: 'da', languages: ['en'], siteDefault: 'nb' })).toBe(
      'sv',
    );
  });

  it('takes <html lang> when data-locale is absent or not one of ours', () => {
    expect(chooseLocale({ htmlLang: 'da-DK', languages: ['en'], siteDefault: 'nb' })).toBe('da');
    expect(chooseLocale({ attribute: 'fr', htmlLang: 'da', languages: ['en'] })).toBe('da');
  });

  it('takes the first of the browser languages that is ours', () => {
    expect(
      chooseLocale({ htmlLang: 'de', languages: ['de-AT', 'fr', 'sv-SE', 'en'], siteDefault: 'nb' }),
    ).toBe('sv');
  });

  it("falls back to the site's default, then English", () => {
    expect(chooseLocale({ htmlLang: '', languages: ['pl'], siteDefault: 'da' })).toBe('da');
    expect(chooseLocale({ languages: [] })).toBe('en');
  });

  it('leaves the choice to the site when nothing on the page says', () => {
    expect(preferredLocale({ attribute: null, htmlLang: 'fr', languages: ['pl', 'de'] })).toBeUndefined();
    expect(preferredLocale({ languages: ['pl', 'nn'] })).toBe('nb');
  });
});
