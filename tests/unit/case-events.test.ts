import { describe, expect, it } from 'vitest';
import { queueMail } from '../../functions/domain/case-events.ts';
import { aFeedback } from '../fixtures/feedback.ts';

describe('queueMail', () => {
  // Retries give up 24 hours after this, and the email's one-click links live from it: a mail
  // queued later in a case (an escalation, a reopened case) must not count from `notBefore`,
  // which each retry moves, nor from when the feedback came in.
  it('records when the email was owed', () => {
    const at = '2026-12-01T08:00:00.000Z';
    const next = queueMail(aFeedback(), 'escalation:3', at, 'backup@example.com');
    expect(next.mail['escalation:3']).toEqual({
      state: 'pending',
      attempts: 0,
      queuedAt: at,
      notBefore: at,
      recipient: 'backup@example.com',
    });
  });

  it('leaves an email already queued as it is', () => {
    const once = queueMail(aFeedback(), 'reminder:2', '2026-12-01T08:00:00.000Z');
    expect(queueMail(once, 'reminder:2', '2026-12-02T08:00:00.000Z')).toBe(once);
  });
});
