import { describe, expect, it } from 'vitest';
import { addEntry, queueMail } from '../../functions/domain/case-events.ts';
import type { Feedback, MailDelivery } from '../../functions/domain/feedback.ts';
import { threadOf } from '../../functions/emails/conversation.ts';
import { aFeedback } from '../fixtures/feedback.ts';

const sent = (n: number): MailDelivery => ({
  state: 'sent',
  attempts: 1,
  notBefore: '2026-12-01T08:00:00.000Z',
  sentAt: `2026-12-01T08:${String(n % 60).padStart(2, '0')}:00.000Z`.replace(
    '08:',
    `${String(8 + Math.floor(n / 60)).padStart(2, '0')}:`,
  ),
  messageId: `ses-${n}`,
  subject: n === 0 ? 'Thanks for telling us' : 'Re: Thanks for telling us',
});

/** A case that relayed `count` messages each way, each one settled. */
function longCase(count: number): Feedback {
  let feedback = aFeedback({
    mail: { ack: sent(0), alert: sent(0), 'notice:relay-limit-customer': sent(1) },
  });
  for (let i = 0; i < count; i += 1) {
    const kind = i % 2 ? 'staff' : 'customer';
    feedback = addEntry(feedback, { at: '2026-12-01T08:00:00.000Z', kind, text: `message ${i}` });
    feedback = queueMail(feedback, `relay:${feedback.thread.length}`, '2026-12-01T08:00:00.000Z');
    feedback = { ...feedback, mail: { ...feedback.mail, [`relay:${feedback.thread.length}`]: sent(i + 2) } };
  }
  return feedback;
}

describe('the delivery ledger of a long case', () => {
  it('keeps a bounded number of settled relay deliveries however long the thread grows', () => {
    const long = longCase(600);
    expect(long.thread).toHaveLength(600);
    // Three unkeyed ones; per conversation its first and newest ten; the one just queued.
    expect(Object.keys(long.mail).length).toBeLessThanOrEqual(3 + 2 * 11 + 1);
    // The newest of each conversation stay: what the next email's References are made of.
    expect(long.mail['relay:600']).toBeDefined();
    expect(long.mail['relay:599']).toBeDefined();
    expect(long.mail['relay:3']).toBeUndefined();
    // A notice is known once, whatever the thread: it must never be owed a second time.
    expect(long.mail['notice:relay-limit-customer']).toBeDefined();
  });

  it('never drops a delivery still owed, held or given up on', () => {
    let feedback = longCase(40);
    feedback = { ...feedback, mail: { ...feedback.mail, 'relay:3': { ...sent(3), state: 'dead' } } };
    feedback = addEntry(feedback, { at: '2026-12-01T09:00:00.000Z', kind: 'customer', text: 'one more' });
    feedback = queueMail(feedback, `relay:${feedback.thread.length}`, '2026-12-01T09:00:00.000Z');
    feedback = addEntry(feedback, { at: '2026-12-01T09:00:00.000Z', kind: 'event', event: 'claimed' });
    expect(feedback.mail['relay:3']?.state).toBe('dead');
    expect(feedback.mail['relay:41']?.state).toBe('pending');
  });

  it('threads the next email as before: the first email and the newest ones', () => {
    const feedback = longCase(200);
    const { references, subject } = threadOf('relay:201', {
      ...addEntry(feedback, { at: '2026-12-01T12:00:00.000Z', kind: 'staff', text: 'next' }),
    });
    expect(subject).toBe('Re: Thanks for telling us');
    expect(references).toHaveLength(10);
    expect(references[0]).toBe('ses-0');
  });
});
