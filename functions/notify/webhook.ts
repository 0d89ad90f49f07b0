import type { Feedback } from '../domain/feedback.ts';
import type { CaseEvent } from '../domain/notify/events.ts';

export interface WebhookBody {
  type: CaseEvent['type'];
  /** When the event happened (not when this attempt was made: that is `webhook-timestamp`). */
  timestamp: string;
  data: {
    /** What this event adds: the triage level, who claimed, the check-in answer… */
    event: CaseEvent['details'];
    /** The case as `earshot show --json` prints it, without the delivery bookkeeping. */
    case: Omit<Feedback, 'notify' | 'usedTokens'>;
    /** The signed "see the whole case" page, as in the staff alert. */
    caseUrl: string;
  };
}

/** The Standard Webhooks body; it goes out byte for byte as signed. */
export function webhookBody(event: CaseEvent, feedback: Feedback, caseUrl: string): string {
  const { notify: _ledger, usedTokens: _nonces, ...record } = feedback;
  const body: WebhookBody = {
    type: event.type,
    timestamp: event.at,
    data: { event: event.details, case: record, caseUrl },
  };
  return JSON.stringify(body);
}

/**
 * Standard Webhooks headers: the id stays the same on every retry so a receiver can drop a
 * repeat; the timestamp is this attempt's, in Unix seconds, and is signed with the id and body.
 */
export function webhookHeaders(
  id: string,
  attemptAt: Date,
  body: string,
  sign: (content: string) => string,
): Record<string, string> {
  const timestamp = String(Math.floor(attemptAt.getTime() / 1000));
  return {
    'webhook-id': id,
    'webhook-timestamp': timestamp,
    'webhook-signature': `v1,${sign(`${id}.${timestamp}.${body}`)}`,
  };
}
