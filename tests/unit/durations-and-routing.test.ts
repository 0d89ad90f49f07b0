import { describe, expect, it } from 'vitest';
import { parseDuration } from '../../functions/domain/duration.ts';
import { chooseOwner, firstName } from '../../functions/domain/routing.ts';
import { formatDuration } from '../../functions/emails/format.ts';
import { demoSite } from '../fixtures/feedback.ts';

describe('ISO-8601 durations', () => {
  it.each([
    ['PT4H', 4 * 3_600_000],
    ['P3D', 3 * 86_400_000],
    ['PT30M', 30 * 60_000],
    ['P1DT12H', 36 * 3_600_000],
    ['PT0.5S', 500],
  ])('%s is %d ms', (text, ms) => expect(parseDuration(text)).toBe(ms));

  it.each(['', 'P', 'PT', '4H', 'P1H', 'PT-1H'])('%j is not a duration', (text) => {
    expect(parseDuration(text)).toBeUndefined();
  });

  it.each([
    ['PT4H', 'nb', '4 timer'],
    ['PT1H', 'da', '1 time'],
    ['P1D', 'sv', '1 dag'],
    ['P3D', 'sv', '3 dagar'],
    ['PT30M', 'en', '30 minutes'],
  ] as const)('%s reads as %s: %s', (iso, locale, words) => expect(formatDuration(iso, locale)).toBe(words));
});

describe('owner routing', () => {
  const site = {
    ...demoSite,
    routing: [
      { category: 'delivery', owner: { name: 'Sven Svensson', email: 'sven@example.com' } },
      { pageUrlPrefix: 'https://shop.example/b2b/', owner: { name: 'Berit B', email: 'berit@example.com' } },
    ],
  };

  it('sends a matching category to the rule owner, ignoring case', () => {
    expect(chooseOwner(site, { category: 'Delivery' }).email).toBe('sven@example.com');
  });

  it('sends a matching page prefix to the rule owner', () => {
    expect(chooseOwner(site, { pageUrl: 'https://shop.example/b2b/orders' }).email).toBe('berit@example.com');
  });

  it('falls back to the site owner', () => {
    expect(chooseOwner(site, { category: 'taste', pageUrl: 'https://shop.example/' }).email).toBe(
      'kari@example.com',
    );
  });

  it('addresses people by first name', () => {
    expect(firstName({ name: 'Kari Nordmann', email: 'k@example.com' })).toBe('Kari');
  });
});
