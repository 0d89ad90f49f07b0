import type { SiteConfig } from '../config/schema.ts';
import { addDuration, parseDuration } from './duration.ts';
import type { Feedback, Person } from './feedback.ts';

/**
 * The time promised to the customer for a first answer. It is set at submission, and looked at
 * again whenever someone new takes the case (a claim, a reassignment): a promise already broken
 * is replaced by a fresh one from now, so no email ever promises a time in the past.
 */
export function renewPromise(feedback: Feedback, now: string, site: SiteConfig): Feedback {
  if (feedback.firstRespondedAt || Date.parse(feedback.respondBy) > Date.parse(now)) return feedback;
  return { ...feedback, respondBy: addDuration(now, parseDuration(site.respondWithin) ?? 0) };
}

/** The first promise was broken and a later one made: the customer has waited longer than told. */
export function promiseWasRenewed(feedback: Feedback, site: SiteConfig): boolean {
  const first = Date.parse(addDuration(feedback.createdAt, parseDuration(site.respondWithin) ?? 0));
  return Date.parse(feedback.respondBy) > first;
}

/**
 * Whether the customer already knows this person as the one answering: the acknowledgement
 * named the owner chosen at submission, and nobody has been handed the case since.
 */
export function customerKnows(feedback: Feedback, person: Person, thread = feedback.thread): boolean {
  return (
    feedback.owner.email.toLowerCase() === person.email.toLowerCase() &&
    !thread.some((entry) => entry.event === 'reassigned')
  );
}
