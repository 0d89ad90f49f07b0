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
  if (CUSTOMER_KINDS.has(base)) return 'customer';
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
export function automationHeaders(kind: MailKind): { name: string; value: string }[] {
  const base = baseKind(kind);
  if (base === 'relay') return [];
  return [
    { name: 'Auto-Submitted', value: base === 'ack' ? 'auto-replied' : 'auto-generated' },
    { name: 'X-Auto-Response-Suppress', value: 'All' },
  ];
}
