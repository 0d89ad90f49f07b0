import { baseKind, type Feedback, type MailKind } from '../domain/feedback.ts';

/**
 * Each case has two conversations: the customer's (acknowledgement, claimed notice, relayed
 * answers, check-in) and the staff's (alert, relayed customer answers, escalation, reminder,
 * notices). Threading headers and the marker's language follow from which one an email is in.
 */
export type Conversation = 'customer' | 'staff';

const CUSTOMER_KINDS = new Set(['ack', 'claimed', 'checkin']);

export function conversationOf(kind: MailKind, feedback: Feedback): Conversation {
  const base = baseKind(kind);
  if (CUSTOMER_KINDS.has(base) || kind === 'notice:thread-full-customer') return 'customer';
  if (base === 'relay') {
    const entry = feedback.thread.find((candidate) => `relay:${candidate.id}` === kind);
    return entry?.kind === 'staff' ? 'customer' : 'staff';
  }
  return 'staff';
}

/**
 * RFC 3834: Earshot's own mail says it is automatic, so auto-responders stay quiet, and Exchange
 * is asked not to answer it at all; a relayed answer is a person's words and says nothing.
 */
export function automationHeaders(kind: MailKind | 'digest'): { name: string; value: string }[] {
  const base = kind === 'digest' ? kind : baseKind(kind);
  if (base === 'relay') return [];
  return [
    { name: 'Auto-Submitted', value: base === 'ack' ? 'auto-replied' : 'auto-generated' },
    { name: 'X-Auto-Response-Suppress', value: 'All' },
  ];
}

/**
 * The emails that make up the two conversations. Side notices (a held acknowledgement, a relay
 * limit, a chat target turned off) keep their own subject and stand apart from them.
 */
const THREADED = new Set([
  'ack',
  'claimed',
  'checkin',
  'relay',
  'alert',
  'escalation',
  'reminder',
  'reopened',
]);

/** References kept: the first email and the latest ones (RFC 5322 suggests trimming the middle). */
export const MAX_REFERENCES = 10;

/**
 * Where an email sits in its conversation: the ids of the earlier emails already sent in it
 * (oldest first) and the subject of the first one, which every later one answers to.
 */
export function threadOf(kind: MailKind, feedback: Feedback): { references: string[]; subject?: string } {
  if (!THREADED.has(baseKind(kind))) return { references: [] };
  const conversation = conversationOf(kind, feedback);
  const earlier = (Object.entries(feedback.mail) as [MailKind, Feedback['mail'][MailKind]][])
    .filter(
      ([other, delivery]) =>
        other !== kind &&
        THREADED.has(baseKind(other)) &&
        delivery?.state === 'sent' &&
        delivery.messageId &&
        conversationOf(other, feedback) === conversation,
    )
    .map(([, delivery]) => delivery as NonNullable<typeof delivery>)
    .sort((a, b) => (a.sentAt ?? '').localeCompare(b.sentAt ?? ''));
  const ids = earlier.map((delivery) => delivery.messageId as string);
  const references =
    ids.length > MAX_REFERENCES ? [ids[0] as string, ...ids.slice(-(MAX_REFERENCES - 1))] : ids;
  const first = earlier[0]?.subject;
  return { references, ...(first ? { subject: answering(first) } : {}) };
}

/** `Re: <first subject>`, once: a first subject that already answers something is not prefixed again. */
function answering(subject: string): string {
  return /^re:/i.test(subject) ? subject : `Re: ${subject}`;
}
