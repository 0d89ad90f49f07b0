import type { SiteConfig } from '../config/schema.ts';
import { addDuration, parseDuration } from './duration.ts';
import type { Feedback, MailKind, Person, ThreadEntry } from './feedback.ts';
import { trimLedger } from './mail-ledger.ts';
import { owedMail } from './owed-mail.ts';
import { customerKnows, renewPromise } from './promise.ts';
import { escalateAfter } from './submit-feedback.ts';

/**
 * Pure state changes of a case. Each returns the new record, or undefined when there is nothing
 * to change, which is what makes repeating an action (or racing it) harmless.
 */

export function queueMail(feedback: Feedback, kind: MailKind, at: string, recipient?: string): Feedback {
  if (feedback.mail[kind]) return feedback;
  return { ...feedback, mail: { ...feedback.mail, [kind]: owedMail(at, recipient) } };
}

/** Appends to the thread; the delivery ledger drops what a long thread no longer needs (mail-ledger.ts). */
export function addEntry(feedback: Feedback, entry: Omit<ThreadEntry, 'id'>): Feedback {
  const id = String(feedback.thread.length + 1);
  return trimLedger({ ...feedback, thread: [...feedback.thread, { ...entry, id }] });
}

function stopEscalation(feedback: Feedback): Feedback {
  return feedback.escalation?.state === 'waiting'
    ? { ...feedback, escalation: { ...feedback.escalation, state: 'stopped' } }
    : feedback;
}

/**
 * The customer hears of a claim only when it tells them something new: a person they have not
 * been introduced to, or a fresh time because the first promise was missed. The owner named in
 * the acknowledgement taking her own case in time would only repeat it. Praise promised nothing,
 * so its claim is never news.
 */
export function claim(feedback: Feedback, by: Person, now: string, site: SiteConfig): Feedback | undefined {
  if (feedback.status !== 'open') return undefined;
  const late = !feedback.firstRespondedAt && Date.parse(feedback.respondBy) <= Date.parse(now);
  const news = !customerKnows(feedback, by) || late;
  let next: Feedback = {
    ...renewPromise(stopEscalation(feedback), now, site),
    status: 'claimed',
    claimedBy: by,
  };
  next = addEntry(next, { at: now, kind: 'event', event: 'claimed', by: by.name });
  return next.email && news && feedback.rating <= 3
    ? queueMail(next, `claimed:${next.thread.length}`, now)
    : next;
}

export function resolve(
  feedback: Feedback,
  by: Person,
  now: string,
  site: SiteConfig,
  note?: string,
): Feedback | undefined {
  if (feedback.status === 'resolved' || feedback.status === 'closed') return undefined;
  let next: Feedback = {
    ...stopEscalation(feedback),
    status: 'resolved',
    resolvedAt: now,
    claimedBy: feedback.claimedBy ?? by,
  };
  next = addEntry(next, {
    at: now,
    kind: 'event',
    event: 'resolved',
    by: by.name,
    ...(note ? { text: note } : {}),
  });
  // Every resolution earns its own check-in, also after a reopen or an unanswered earlier one.
  return scheduleFollowUp(next, now, site, { renew: true });
}

/**
 * The check-in goes out `followUpAfter` after the resolution, or after the last staff answer
 * when nobody marks the case resolved; a staff answer does not re-ask once a check-in went out.
 */
export function scheduleFollowUp(
  feedback: Feedback,
  from: string,
  site: SiteConfig,
  options: { renew?: boolean } = {},
): Feedback {
  if (!feedback.email || (feedback.followUp?.state === 'fired' && !options.renew)) return feedback;
  const at = addDuration(from, parseDuration(site.followUpAfter) ?? 0);
  return { ...feedback, followUp: { at, state: 'waiting' } };
}

/** A staff member answered by email: the promise is kept, so the escalation clock stops. */
export function staffAnswered(feedback: Feedback, staff: Person, now: string, site: SiteConfig): Feedback {
  let next: Feedback = {
    ...stopEscalation(feedback),
    firstRespondedAt: feedback.firstRespondedAt ?? now,
    status: feedback.status === 'open' ? 'claimed' : feedback.status,
    claimedBy: feedback.claimedBy ?? staff,
  };
  if (next.status !== 'resolved' && next.status !== 'closed') next = scheduleFollowUp(next, now, site);
  return next;
}

export function reassign(
  feedback: Feedback,
  to: Person,
  by: Person,
  now: string,
  site: SiteConfig,
): Feedback | undefined {
  if (feedback.owner.email.toLowerCase() === to.email.toLowerCase()) return undefined;
  if (feedback.status === 'closed') return undefined;
  // The new owner inherits the customer's promise, or a fresh one if it has already run out.
  let next: Feedback = { ...renewPromise(feedback, now, site), owner: to };
  next = addEntry(next, { at: now, kind: 'event', event: 'reassigned', by: by.name, to: to.name });
  next = queueMail(next, `alert:${next.thread.length}`, now, to.email);
  // The new owner gets a fresh clock; the customer's wait has not been answered yet.
  if (!next.firstRespondedAt && next.status === 'open') {
    next = {
      ...next,
      escalation: { at: addDuration(now, escalateAfter(site, next.triage)), state: 'waiting' },
    };
  }
  return next;
}

/** Nobody answered in time: the backup is told and the owner reminded, once. */
export function escalate(feedback: Feedback, now: string, site: SiteConfig): Feedback | undefined {
  const timer = feedback.escalation;
  if (timer?.state !== 'waiting' || Date.parse(timer.at) > Date.parse(now)) return undefined;
  // Claiming or answering stops the timer directly; a case that moved on needs no escalation.
  if (feedback.status !== 'open') return stopEscalation(feedback);
  let next: Feedback = { ...feedback, escalation: { ...timer, state: 'fired' } };
  next = addEntry(next, { at: now, kind: 'event', event: 'escalated', by: site.backup.name });
  // Keyed by thread position: a clock restarted by a reassignment or a "no" can fire again.
  next = queueMail(next, `escalation:${next.thread.length}`, now, site.backup.email);
  return queueMail(next, `reminder:${next.thread.length}`, now, feedback.owner.email);
}

/** Days the customer has to answer the check-in before the case closes as "no reply". */
const CHECK_IN_DAYS = 7;

/** Time for "Did we make it right?": one check-in per resolution (keyed by thread position). */
export function fireFollowUp(feedback: Feedback, now: string): Feedback | undefined {
  const timer = feedback.followUp;
  if (timer?.state !== 'waiting' || Date.parse(timer.at) > Date.parse(now)) return undefined;
  if (feedback.status === 'closed' || !feedback.email) {
    return { ...feedback, followUp: { ...timer, state: 'stopped' } };
  }
  const closeAt = addDuration(now, CHECK_IN_DAYS * 86_400_000);
  const next: Feedback = { ...feedback, followUp: { at: timer.at, state: 'fired', closeAt } };
  return queueMail(next, `checkin:${feedback.thread.length}`, now);
}

/** No answer to the check-in within a week: the case closes quietly as "no reply". */
export function closeWithoutReply(feedback: Feedback, now: string): Feedback | undefined {
  const timer = feedback.followUp;
  if (
    timer?.state !== 'fired' ||
    timer.answer ||
    !timer.closeAt ||
    Date.parse(timer.closeAt) > Date.parse(now)
  ) {
    return undefined;
  }
  if (feedback.status === 'closed') return { ...feedback, followUp: { ...timer, closeAt: undefined } };
  const next: Feedback = {
    ...feedback,
    status: 'closed',
    outcome: 'no-reply',
    closedAt: now,
    followUp: { ...timer, closeAt: undefined },
  };
  return addEntry(next, { at: now, kind: 'event', event: 'no-reply' });
}

/** The customer's answer to "Did we make it right?". */
export function answerCheckIn(
  feedback: Feedback,
  answer: 'yes' | 'no',
  comment: string | undefined,
  now: string,
  site: SiteConfig,
): Feedback | undefined {
  const timer = feedback.followUp;
  if (timer?.state !== 'fired' || timer.answer) return undefined;
  const answered: Feedback = {
    ...feedback,
    followUp: { ...timer, answer, closeAt: undefined, ...(comment ? { comment } : {}) },
  };
  if (answer === 'yes') {
    const closed: Feedback = { ...answered, status: 'closed', outcome: 'recovered', closedAt: now };
    return addEntry(closed, {
      at: now,
      kind: 'event',
      event: 'recovered',
      ...(comment ? { text: comment } : {}),
    });
  }
  // Not made right: back to the owner at once, with a fresh escalation clock.
  let next: Feedback = {
    ...answered,
    status: 'open',
    outcome: 'not-recovered',
    escalation: { at: addDuration(now, escalateAfter(site, feedback.triage)), state: 'waiting' },
  };
  next = addEntry(next, { at: now, kind: 'event', event: 'reopened', ...(comment ? { text: comment } : {}) });
  return queueMail(next, `reopened:${next.thread.length}`, now, next.owner.email);
}

/** Every timer that has come due, applied in one write. */
export function applyTimers(feedback: Feedback, now: string, site: SiteConfig): Feedback | undefined {
  let next = feedback;
  for (const step of [
    (current: Feedback) => escalate(current, now, site),
    (current: Feedback) => fireFollowUp(current, now),
    (current: Feedback) => closeWithoutReply(current, now),
  ]) {
    next = step(next) ?? next;
  }
  return next === feedback ? undefined : next;
}
