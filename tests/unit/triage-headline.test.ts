import { describe, expect, it } from 'vitest';
import { scoreFeedback, type Triage, triageHeadline } from '../../functions/domain/triage/index.ts';

describe('triage: headline for the alert subject', () => {
  it('starts with a marker and says why, in English for staff by default', () => {
    // Prepare
    const triage = scoreFeedback({ message: 'Trustpilot next. Awful.', rating: 1, locale: 'en' });

    // Act
    const headline = triageHeadline(triage);

    // Assess
    expect(headline).toBe('[Urgent] Risk of going public: will write a bad review');
  });

  it('uses the issue’s wording for a bare mention', () => {
    const triage: Triage = {
      level: 'high',
      score: 4,
      reasons: [{ group: 'public', phrase: 'Trustpilot', label: 'mentions Trustpilot' }],
    };
    expect(triageHeadline(triage, 'en')).toBe('[High] Risk of going public: mentions Trustpilot');
  });

  it.each([
    ['nb', '[Haster] Varsler formell klage: «går jeg til Forbrukerrådet»'],
    ['da', '[Haster] Varsler formel klage: »går jeg til Forbrukerrådet«'],
    ['sv', '[Brådskande] Varslar formell anmälan: ”går jeg til Forbrukerrådet”'],
  ] as const)('in %s quotes the customer’s own words: %s', (locale, expected) => {
    const triage = scoreFeedback({ message: 'Da går jeg til Forbrukerrådet.', rating: 1, locale: 'nb' });
    expect(triageHeadline(triage, locale)).toBe(expected);
  });

  it('shortens a long quoted phrase so the subject stays readable', () => {
    // Prepare
    const triage: Triage = {
      level: 'urgent',
      score: 7,
      reasons: [
        { group: 'public', phrase: `legger ut ${'veldig '.repeat(20)}lang tekst på Facebook`, label: 'x' },
      ],
    };

    // Act
    const headline = triageHeadline(triage, 'nb');

    // Assess
    expect(headline.length).toBeLessThan(90);
    expect(headline).toMatch(/…»$/u);
  });

  it('says there is nothing to see when there are no reasons', () => {
    expect(triageHeadline({ level: 'normal', score: 0, reasons: [] }, 'en')).toBe('No spread risk found');
  });

  it('leads with the strongest reason', () => {
    const triage = scoreFeedback({
      message: 'Aldri igjen!!! Advokaten min tar saken.',
      rating: 1,
      locale: 'nb',
    });
    expect(triageHeadline(triage, 'en')).toBe('[Urgent] Formal escalation: mentions a lawyer');
  });
});
