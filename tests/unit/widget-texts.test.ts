import { describe, expect, it } from 'vitest';
import { widgetConfig } from '../../functions/http/widget-config.ts';
import { capitalise, fill } from '../../web-widget/src/i18n.ts';
import { type TextKey, widgetTexts } from '../../web-widget/src/texts.ts';
import { demoSite } from '../fixtures/feedback.ts';

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
    }
  });

  it('reads naturally once who, when and kept are filled in', () => {
    const texts = widgetTexts('nb');
    expect(fill(texts.why, { who: 'Kari', when: 'innen 4 timer' })).toBe(
      'Legg igjen e-postadressen din, så kan Kari svare deg innen 4 timer.',
    );
    expect(capitalise(fill(texts.thanksReply, { who: texts.we, when: 'så fort som mulig' }))).toBe(
      'Vi svarer deg så fort som mulig.',
    );
    expect(fill(texts.privacy, { kept: ' i 1 år' })).toContain('navn og e-post i 1 år, og bruker');
  });

  it('keeps an unknown placeholder visible instead of dropping it', () => {
    expect(fill('Hei {name}, {who}', { who: 'Kari' })).toBe('Hei {name}, Kari');
  });

  it("answers widget-config in the visitor's language, or the site's when it is not one of ours", () => {
    expect(widgetConfig(demoSite, { locale: 'sv-SE,en' }).locale).toBe('sv');
    expect(widgetConfig(demoSite, { locale: 'de' })).toMatchObject({
      locale: 'nb',
      strings: widgetTexts('nb'),
    });
    expect(widgetConfig({ ...demoSite, defaultLocale: 'da' }, {}).strings.launcher).toBe(
      'Giv tilbagemelding',
    );
  });
});
