import { describe, expect, it } from 'vitest';
import { amount, capitalise, fill, keptText, withinText } from '../../web-widget/src/i18n.ts';
import { type TextKey, widgetConfigTexts, widgetTexts } from '../../web-widget/src/texts.ts';

const LOCALES = ['nb', 'da', 'sv', 'en'] as const;
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe('widget texts', () => {
  it('has every string in every language, with the same placeholders', () => {
    const english = widgetTexts('en');
    for (const locale of LOCALES) {
      const texts = widgetTexts(locale);
      expect(Object.keys(texts)).toEqual(Object.keys(english));
      for (const key of Object.keys(english) as TextKey[]) {
        expect(texts[key].trim(), `${locale}.${key}`).not.toBe('');
        expect(placeholders(texts[key]), `${locale}.${key}`).toEqual(placeholders(english[key]));
      }
      expect(texts.ratings.split('|')).toHaveLength(5);
      expect(texts.units.split('|')).toHaveLength(10);
    }
  });

  it.each([
    ['nb', 'PT4H', 'innen 4 timer'],
    ['nb', 'PT1H', 'innen 1 time'],
    ['da', 'PT30M', 'inden for 30 minutter'],
    ['sv', 'P1D', 'inom 1 dag'],
    ['sv', 'P2D', 'inom 2 dagar'],
    ['en', 'PT90M', 'within 90 minutes'],
    ['en', 'P1DT12H', 'within 36 hours'],
    ['da', 'P1W', 'inden for 1 uge'],
    ['nb', 'P14D', 'innen 2 uker'],
  ] as const)('says the promise %s %s as “%s”', (locale, iso, text) => {
    expect(withinText(iso, widgetTexts(locale))).toBe(text);
  });

  it('promises nothing specific when there is no usable promise', () => {
    expect(withinText(undefined, widgetTexts('nb'))).toBe('så fort som mulig');
    expect(withinText('4 hours', widgetTexts('en'))).toBe('as soon as possible');
  });

  it.each([
    ['nb', 365, ' i 1 år'],
    ['en', 365, ' for 1 year'],
    ['en', 730, ' for 2 years'],
    ['sv', 90, ' i 90 dagar'],
    ['da', 1, ' i 1 dag'],
  ] as const)('says how long %s keeps %i days', (locale, days, text) => {
    expect(keptText(days, widgetTexts(locale))).toBe(text);
  });

  it('reads naturally once the owner and the promise are filled in', () => {
    const texts = widgetTexts('nb');
    expect(fill(texts.why, { who: 'Kari', when: withinText('PT4H', texts) })).toBe(
      'Legg igjen e-postadressen din, så kan Kari svare deg innen 4 timer.',
    );
    expect(capitalise(fill(texts.thanksReply, { who: texts.we, when: texts.soon }))).toBe(
      'Vi svarer deg så fort som mulig.',
    );
    expect(fill(texts.privacy, { kept: keptText(365, texts) })).toContain('navn og e-post i 1 år, og bruker');
  });

  it('keeps an unknown placeholder visible instead of dropping it', () => {
    expect(fill('Hei {name}, {who}', { who: 'Kari' })).toBe('Hei {name}, Kari');
  });

  it('uses the largest unit that is exact', () => {
    expect(amount(60 * 24 * 7 * 3, widgetTexts('sv'))).toBe('3 veckor');
    expect(amount(61, widgetTexts('en'))).toBe('61 minutes');
  });

  it("answers widget-config in the visitor's language, or the site's when it is not one of ours", () => {
    expect(widgetConfigTexts('sv', 'nb').locale).toBe('sv');
    expect(widgetConfigTexts('de', 'nb')).toEqual({ locale: 'nb', strings: widgetTexts('nb') });
    expect(widgetConfigTexts(undefined, 'da').strings.launcher).toBe('Giv feedback');
  });
});
