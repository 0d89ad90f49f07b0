import { baseKind, type Feedback, type MailKind } from './feedback.ts';

/**
 * The order in which due work is sent when the send rate cannot take it all at once: whatever
 * gets a person answered sooner goes first. Lower is sooner.
 */
export const PRIORITY = {
  urgentAlert: 0,
  /** Staff alerts and notices, incident alerts and their updates. */
  staff: 1,
  /** Staff answers on their way to a customer. */
  relay: 2,
  acknowledgement: 3,
  checkIn: 4,
  digest: 5,
} as const;

export type Priority = (typeof PRIORITY)[keyof typeof PRIORITY];

/** Where one email of a case stands in that order. */
export function mailPriority(feedback: Feedback, kind: MailKind): Priority {
  switch (baseKind(kind)) {
    case 'alert':
      return feedback.triage?.level === 'urgent' ? PRIORITY.urgentAlert : PRIORITY.staff;
    case 'escalation':
    case 'reminder':
    case 'reopened':
      return PRIORITY.staff;
    case 'relay': {
      const entry = feedback.thread.find((candidate) => `relay:${candidate.id}` === kind);
      if (entry?.kind !== 'staff') return PRIORITY.staff;
      // A conversation keeps its order: the customer hears "we have it" before the answer.
      const ack = feedback.mail.ack?.state;
      return ack === 'pending' || ack === 'sending' ? PRIORITY.acknowledgement : PRIORITY.relay;
    }
    case 'ack':
    case 'claimed':
      return PRIORITY.acknowledgement;
    case 'checkin':
      return PRIORITY.checkIn;
    default:
      // Notices to the owner about the case itself (an undelivered answer, a chat target off).
      return PRIORITY.staff;
  }
}
