import { conversationOf, MAX_REFERENCES } from '../emails/conversation.ts';
import type { Feedback, MailDelivery, MailKind } from './feedback.ts';

/**
 * Keeps a case's delivery ledger from growing with its thread. Every relayed message and every
 * event email adds a delivery keyed by its thread position (`relay:41`, `claimed:7`); a long
 * conversation would otherwise carry thousands of them on the case item. Such a key is queued
 * once, in the write that adds its entry, so a settled one that is dropped is never owed again.
 *
 * What stays: everything not settled (pending, sending, held, and dead, which operators and the
 * undelivered notice look at), every kind that is not positional (a notice must stay known to
 * stay once-only), and of the settled positional ones the newest `MAX_REFERENCES` of each
 * conversation and its first sent email: all that threading headers use (conversation.ts).
 */
const POSITIONAL = /^[a-z-]+:\d+$/;
const SETTLED = new Set<MailDelivery['state']>(['sent', 'skipped']);

export function trimLedger(feedback: Feedback): Feedback {
  const entries = Object.entries(feedback.mail) as [MailKind, MailDelivery][];
  const settled = entries.filter(([kind, delivery]) => POSITIONAL.test(kind) && SETTLED.has(delivery.state));
  if (settled.length <= 2 * MAX_REFERENCES) return feedback;
  const keep = new Set<MailKind>();
  for (const conversation of ['customer', 'staff'] as const) {
    const mine = settled
      .filter(([kind]) => conversationOf(kind, feedback) === conversation)
      .sort(([a], [b]) => position(b) - position(a));
    for (const [kind] of mine.slice(0, MAX_REFERENCES)) keep.add(kind);
    const first = mine.filter(([, delivery]) => delivery.state === 'sent').at(-1);
    if (first) keep.add(first[0]);
  }
  const dropped = new Set(settled.map(([kind]) => kind).filter((kind) => !keep.has(kind)));
  if (dropped.size === 0) return feedback;
  return {
    ...feedback,
    mail: Object.fromEntries(entries.filter(([kind]) => !dropped.has(kind))) as Feedback['mail'],
  };
}

const position = (kind: MailKind) => Number(kind.split(':')[1]);
