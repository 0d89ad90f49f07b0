import { describe, expect, it } from 'vitest';
import { hmacSigner } from '../../functions/adapters/crypto.ts';
import { loadConfig } from '../../functions/config/load.ts';
import type { Locale } from '../../functions/config/schema.ts';
import { renderAcknowledgement } from '../../functions/emails/acknowledgement.ts';
import { composeEmail } from '../../functions/emails/compose.ts';
import { headerSafe } from '../../functions/emails/format.ts';
import { escapeHtml } from '../../functions/emails/html.ts';
import { renderStaffAlert } from '../../functions/emails/staff-alert.ts';
import { aFeedback, demoSite } from '../fixtures/feedback.ts';

const LOCALES: Locale[] = ['nb', 'da', 'sv', 'en'];
/** Words of empathy and of apology in each language, in the order the customer must meet them. */
const EMPATHY: Record<Locale, string> = {
  nb: 'frustrerende',
  da: 'frustrerende',
  sv: 'frustrerande',
  en: 'frustrating',
};
const APOLOGY: Record<Locale, string> = { nb: 'beklager', da: 'beklager', sv: 'ber om ursäkt', en: 'sorry' };

describe('acknowledgement', () => {
  it.each(LOCALES)(
    'in %s: thanks, empathy before apology, the owner by first name and the promise',
    (locale) => {
      const { text, html } = renderAcknowledgement(aFeedback({ locale }), demoSite);
      expect(text).toMatch(/\nKari\nFjordkaffe$/);
      expect(text.indexOf(EMPATHY[locale])).toBeGreaterThan(0);
      expect(text.indexOf(APOLOGY[locale])).toBeGreaterThan(text.indexOf(EMPATHY[locale]));
      expect(text).toMatch(/4 (timer|hours|timmar)/);
      expect(html).toContain(`lang="${locale}"`);
    },
  );

  it.each(LOCALES)('in %s: never repeats the customer’s words or name', (locale) => {
    const feedback = aFeedback({ locale, message: 'Buy cheap pills at spam.example', name: 'Spammy McSpam' });
    const { subject, text, html } = renderAcknowledgement(feedback, demoSite);
    for (const part of [subject, text, html]) {
      expect(part).not.toContain('spam.example');
      expect(part).not.toContain('Spammy');
    }
  });

  it('thanks a happy customer and, with a review page, invites a review like everyone else', () => {
    const invitation = { reviewUrl: demoSite.reviewUrl ?? 'https://reviews.example/x' };
    const { text, html } = renderAcknowledgement(
      aFeedback({ rating: 5, locale: 'en' }),
      demoSite,
      invitation,
    );
    expect(text).toContain('Thank you');
    expect(text).toContain(invitation.reviewUrl);
    expect(html).toContain(`href="${invitation.reviewUrl}"`);
    const noReview = renderAcknowledgement(aFeedback({ rating: 5 }), demoSite);
    expect(noReview.text).not.toContain('http');
  });
});

describe('staff alert', () => {
  const history = {
    count: 4,
    recent: [
      {
        id: 'a',
        createdAt: '2026-10-01T10:00:00Z',
        rating: 1,
        status: 'resolved' as const,
        message: 'Late again',
      },
      { id: 'b', createdAt: '2026-09-01T10:00:00Z', rating: 3, status: 'closed' as const, message: 'Meh' },
    ],
  };

  it('shows the message verbatim, the wish, the contact, the history and the next step', () => {
    const feedback = aFeedback({ pageUrl: 'https://shop.example/grinder' });
    const { subject, text } = renderStaffAlert({ feedback, site: demoSite, history });
    expect(subject).toMatch(/2\/5 · Fjordkaffe · «The grinder broke/);
    expect(text).toContain(feedback.message);
    expect(text).toContain('A replacement.');
    expect(text).toContain('nora@example.org');
    expect(text).toContain('https://shop.example/grinder');
    expect(text).toContain(': 4');
    expect(text).toContain('Late again');
    expect(text).toContain('4 timer');
  });

  it('escapes every customer string in the HTML and links only http(s) pages', () => {
    const feedback = aFeedback({
      message: '<img src=x onerror=alert(1)>',
      desiredOutcome: '"><script>x</script>',
      name: '<b>Nora</b>',
      category: '<i>c</i>',
      pageUrl: 'javascript:alert(1)',
    });
    const { html } = renderStaffAlert({ feedback, site: demoSite, history });
    expect(html).not.toMatch(/<img|<script|<b>Nora|<i>c|href="javascript/);
    expect(html).toContain(escapeHtml('<img src=x onerror=alert(1)>'));
  });

  it('keeps line breaks and control characters out of the subject', () => {
    const { subject } = renderStaffAlert({
      feedback: aFeedback({ message: 'Hi\r\nBcc: x@y.z\u0000' }),
      site: demoSite,
    });
    expect(subject).not.toMatch(/[\r\n\u0000]/);
    expect(headerSafe('a'.repeat(100), 60)).toHaveLength(60);
  });

  it.each(LOCALES)('is written in the site language %s', (defaultLocale) => {
    const { text } = renderStaffAlert({ feedback: aFeedback(), site: { ...demoSite, defaultLocale } });
    const heading = {
      nb: 'Ny tilbakemelding',
      da: 'Ny tilbagemelding',
      sv: 'Ny återkoppling',
      en: 'New feedback',
    };
    expect(text).toContain(heading[defaultLocale]);
  });
});

describe('review invitations', () => {
  const config = loadConfig({});
  const signer = hmacSigner('s'.repeat(40));
  const invitation = (rating: number, optedOut = false, site = demoSite) => {
    const email = composeEmail('ack', aFeedback({ rating }), {
      config: { ...config, sites: [site] },
      signer,
      optedOut,
    });
    return email.text.split('\n').find((line) => line.includes('anmeldelse'));
  };

  it('go to a customer who rated 1 exactly as to one who rated 5, or to neither', () => {
    expect(invitation(1)).toBeDefined();
    expect(invitation(1)).toBe(invitation(5));
    expect(invitation(3)).toBe(invitation(5));
    expect(invitation(1, false, { ...demoSite, reviewUrl: undefined })).toBeUndefined();
    expect(invitation(5, false, { ...demoSite, reviewUrl: undefined })).toBeUndefined();
  });

  it('are left out for a customer who unsubscribed, who still gets the acknowledgement', () => {
    expect(invitation(5, true)).toBeUndefined();
    expect(invitation(1, true)).toBeUndefined();
  });
});

describe('category labels', () => {
  it('name the category in the staff language, not by its key', () => {
    const { text } = renderStaffAlert({ feedback: aFeedback({ category: 'delivery' }), site: demoSite });
    expect(text).toContain('Kategori: Levering');
    const sv = renderStaffAlert({
      feedback: aFeedback({ category: 'Delivery' }),
      site: { ...demoSite, defaultLocale: 'sv' },
    });
    expect(sv.text).toContain('Kategori: Leverans');
  });
});
