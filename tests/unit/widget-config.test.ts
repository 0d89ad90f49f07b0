import { describe, expect, it } from 'vitest';
import type { SiteConfig } from '../../functions/config/schema.ts';
import { pageOnSite, widgetConfig } from '../../functions/http/widget-config.ts';
import { amount, keptText, widgetPhrases, withinText } from '../../functions/http/widget-phrases.ts';
import { demoSite } from '../fixtures/feedback.ts';

/** The demo site with Sven owning deliveries and Lise the shop's /bedrift pages. */
const routed: SiteConfig = {
  ...demoSite,
  routing: [
    { category: 'delivery', owner: { name: 'Sven Svensson', email: 'sven@example.com' } },
    {
      pageUrlPrefix: 'http://localhost:3000/bedrift',
      owner: { name: 'Lise Berg', email: 'lise@example.com' },
    },
  ],
};

describe('widget-config', () => {
  it('names the site owner when no routing rule applies', () => {
    expect(widgetConfig(routed, { locale: 'nb', page: 'http://localhost:3000/kaffe' })).toMatchObject({
      siteId: 'demo',
      displayName: 'Fjordkaffe',
      locale: 'nb',
      who: 'Kari',
      when: 'innen 4 timer',
      kept: ' i 1 år',
    });
  });

  it('names the person routing gives the category or the page to, never the owner instead', () => {
    expect(widgetConfig(routed, { category: 'Delivery' }).who).toBe('Sven');
    expect(widgetConfig(routed, { page: 'http://localhost:3000/bedrift/avtale' }).who).toBe('Lise');
    expect(widgetConfig(routed, { page: 'http://localhost:3000/bedrift', category: 'delivery' }).who).toBe(
      'Sven',
    );
  });

  it('does not route by a page that is not on the site', () => {
    expect(pageOnSite(routed, 'https://evil.example/bedrift')).toBeUndefined();
    expect(pageOnSite(routed, 'http://localhost:3000@evil.example/bedrift')).toBeUndefined();
    expect(pageOnSite(routed, 'http://user@localhost:3000/bedrift')).toBeUndefined();
    expect(pageOnSite(routed, 'not a url')).toBeUndefined();
    expect(widgetConfig(routed, { page: 'https://evil.example/bedrift' }).who).toBe('Kari');
  });

  it('has no private details in it', () => {
    expect(JSON.stringify(widgetConfig(routed, { category: 'delivery' }))).not.toContain('@');
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
    expect(withinText(iso, widgetPhrases(locale))).toBe(text);
  });

  it('promises nothing specific when there is no usable promise', () => {
    expect(withinText(undefined, widgetPhrases('nb'))).toBe('så fort som mulig');
    expect(withinText('4 hours', widgetPhrases('en'))).toBe('as soon as possible');
  });

  it.each([
    ['nb', 365, ' i 1 år'],
    ['en', 365, ' for 1 year'],
    ['en', 730, ' for 2 years'],
    ['sv', 90, ' i 90 dagar'],
    ['da', 1, ' i 1 dag'],
  ] as const)('says how long %s keeps %i days', (locale, days, text) => {
    expect(keptText(days, widgetPhrases(locale))).toBe(text);
  });

  it('uses the largest unit that is exact, and names every unit in every language', () => {
    expect(amount(60 * 24 * 7 * 3, widgetPhrases('sv'))).toBe('3 veckor');
    expect(amount(61, widgetPhrases('en'))).toBe('61 minutes');
    for (const locale of ['nb', 'da', 'sv', 'en'] as const) {
      expect(widgetPhrases(locale).units.split('|')).toHaveLength(10);
    }
  });
});
