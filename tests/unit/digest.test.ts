import { describe, expect, it } from 'vitest';
import type { Locale } from '../../functions/config/schema.ts';
import { computeDigest, digestRecipients, median, plainCaseLink } from '../../functions/domain/digest.ts';
import { elapsed, renderDigest } from '../../functions/emails/digest.ts';
import { allFeedback, NOW, PUBLIC_URL } from '../fixtures/digest/two-weeks.ts';
import { aFeedback, demoSite } from '../fixtures/feedback.ts';

const site = { ...demoSite, respondWithin: 'PT4H' };
const HOUR = 3_600_000;
const digest = computeDigest(allFeedback, { site, now: NOW, linkFor: plainCaseLink(PUBLIC_URL) });

describe('computeDigest on the two-week fixture', () => {
  it('counts this week against the previous one, for this site only', () => {
    expect(digest.volume).toEqual({ thisWeek: 7, previousWeek: 3 });
    expect(digest.from).toBe('2026-11-23T07:00:00.000Z');
    expect(digest.to).toBe('2026-11-30T07:00:00.000Z');
  });

  it('spreads the ratings and averages them per week', () => {
    expect(digest.ratings.thisWeek).toEqual({ 1: 2, 2: 2, 3: 1, 4: 1, 5: 1 });
    expect(digest.ratings.previousWeek).toEqual({ 1: 1, 2: 1, 3: 0, 4: 1, 5: 0 });
    expect(digest.ratings.average).toBe(2.6);
    expect(digest.ratings.previousAverage).toBe(2.3);
  });

  it('measures time to first response against the 4-hour promise', () => {
    // 30 min, 1 h, 2 h, 6 h: the median is halfway between 1 h and 2 h; 6 h broke the promise.
    expect(digest.response).toEqual({
      promiseMs: 4 * HOUR,
      answered: 4,
      withinPromise: 3,
      medianMs: 1.5 * HOUR,
      worst: { id: 'a2', ms: 6 * HOUR },
    });
  });

  it('counts a check-in "yes" as recovered and a resolved case without an answer as unknown', () => {
    // a1 and p1 said yes, a2 said no, a3 was resolved and has not answered; open cases are left out.
    expect(digest.recovery).toEqual({ recovered: 2, notRecovered: 1, unknown: 1 });
  });

  it('lists unhappy customers waiting past their promise, most overdue first, each with a link', () => {
    expect(digest.overdue.map((item) => item.id)).toEqual(['o1', 'p3', 'a4']);
    expect(digest.overdue[1]).toMatchObject({ owner: 'Sven Svensson', rating: 1 });
    expect(digest.overdue[2]).toMatchObject({ level: 'high', link: `${PUBLIC_URL}/f/a4` });
  });

  it('names the categories and the pages unhappy customers keep coming back to', () => {
    expect(digest.categories).toEqual([
      { label: 'delivery', thisWeek: 3, previousWeek: 1 },
      { label: 'grinder', thisWeek: 1, previousWeek: 1 },
    ]);
    // The query string and the trailing slash do not make it another page; /basket came up once.
    expect(digest.pages).toEqual([{ label: 'shop.example/checkout', thisWeek: 2, previousWeek: 1 }]);
  });

  it('counts the spread-risk levels of the week, unscored as normal', () => {
    expect(digest.risk).toEqual({ normal: 4, high: 2, urgent: 1 });
  });

  it('is empty but whole for a quiet site', () => {
    const quiet = computeDigest([], { site, now: NOW });
    expect(quiet.volume).toEqual({ thisWeek: 0, previousWeek: 0 });
    expect(quiet.response.medianMs).toBeUndefined();
    expect(quiet.overdue).toEqual([]);
  });

  it('takes the median of an odd and an even count', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeUndefined();
  });

  it('goes to the site owner and every routing owner, once each', () => {
    expect(digestRecipients(demoSite).map((person) => person.email)).toEqual([
      'kari@example.com',
      'sven@example.com',
    ]);
  });
});

const LOCALES: Locale[] = ['nb', 'da', 'sv', 'en'];
const WAITING: Record<Locale, string> = {
  nb: '3 venter på svar',
  da: '3 venter på svar',
  sv: '3 väntar på svar',
  en: '3 waiting for an answer',
};

describe('the digest email', () => {
  it.each(LOCALES)('in %s: the numbers in the subject, bar charts without images or scripts', (locale) => {
    const { subject, text, html } = renderDigest(digest, { ...site, defaultLocale: locale });
    expect(subject).toContain('Fjordkaffe');
    expect(subject).toContain('7');
    expect(subject).toContain(WAITING[locale]);
    expect(html).toContain(`lang="${locale}"`);
    expect(html).toMatch(/<td width="\d+%" style="width:\d+%;background:#/);
    expect(html).not.toMatch(/<img|<script|url\(/i);
    expect(text).toContain('█');
    expect(text).toContain(`${PUBLIC_URL}/f/o1`);
    expect(html).toContain(`href="${PUBLIC_URL}/f/a4"`);
  });

  it('escapes what customers wrote, in the overdue list and in categories', () => {
    const hostile = computeDigest(
      [
        aFeedback({
          id: 'h1',
          createdAt: '2026-11-28T09:00:00.000Z',
          respondBy: '2026-11-28T13:00:00.000Z',
          category: '<b onmouseover=x>',
          message: 'Still no parcel. <script>alert(1)</script>',
          thread: [],
        }),
      ],
      { site, now: NOW, linkFor: plainCaseLink(PUBLIC_URL) },
    );
    const { html, text } = renderDigest(hostile, { ...site, defaultLocale: 'en' });
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<b onmouseover');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&lt;b onmouseover=x&gt;');
    expect(text).toContain('<script>alert(1)</script>');
  });

  it('says so plainly when the week was quiet', () => {
    const { subject, text } = renderDigest(computeDigest([], { site, now: NOW }), site);
    expect(subject).toBe('Uka hos Fjordkaffe: 0 tilbakemeldinger');
    expect(text).toContain('Det kom ingen nye tilbakemeldinger denne uka.');
    expect(text).toContain('Ingen kunder venter på svar etter fristen.');
  });

  it('writes wait times in words, two units at most', () => {
    expect(elapsed(1.5 * HOUR, 'en')).toBe('1 hour 30 minutes');
    expect(elapsed(6 * HOUR, 'en')).toBe('6 hours');
    expect(elapsed(50 * HOUR, 'en')).toBe('2 days 2 hours');
    expect(elapsed(20_000, 'en')).toBe('1 minute');
    expect(elapsed(1.5 * HOUR, 'nb')).toBe('1 time 30 minutter');
  });
});
