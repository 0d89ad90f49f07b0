import type { Feedback, MailDelivery, MailKind } from '../domain/feedback.ts';
import { isSuspectedSpam } from '../domain/spam.ts';

/** The operator's special views of `earshot list`; without one, suspected spam stays out of sight. */
export const VIEWS = ['spam', 'held', 'dead'] as const;
export type View = (typeof VIEWS)[number];

const inState = (feedback: Feedback, state: MailDelivery['state']) =>
  (Object.values(feedback.mail) as MailDelivery[]).some((delivery) => delivery?.state === state);

const matches: Record<View, (feedback: Feedback) => boolean> = {
  // Kept as a bot's (sent faster than a person fills the form): stored, never mailed.
  spam: isSuspectedSpam,
  // An acknowledgement held back by the site's hourly budget, waiting for the owner's release.
  held: (feedback) => inState(feedback, 'held'),
  // An email given up on: it will not be tried again by itself.
  dead: (feedback) => inState(feedback, 'dead'),
};

export function inView(feedback: Feedback, views: readonly View[]): boolean {
  if (views.length === 0) return !isSuspectedSpam(feedback);
  return views.some((view) => matches[view](feedback));
}

/** `ack: held · alert: dead (SES said no)`: the emails that put a record in the chosen views. */
export function mailNotes(feedback: Feedback, views: readonly View[]): string {
  const states = new Set<string>(views.filter((view) => view !== 'spam'));
  return (Object.entries(feedback.mail) as [MailKind, MailDelivery][])
    .filter(([, delivery]) => states.has(delivery.state))
    .map(
      ([kind, delivery]) =>
        `${kind}: ${delivery.state}${delivery.lastError ? ` (${delivery.lastError})` : ''}`,
    )
    .join(' · ');
}
