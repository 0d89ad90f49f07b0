import type { Feedback, MailDelivery } from './feedback.ts';

/** When this record next needs attention, or undefined when nothing is waiting on it. */
export function nextDueAt(feedback: Feedback): string | undefined {
  const times = Object.values(feedback.mail).flatMap((delivery) => dueTime(delivery));
  return times.sort()[0];
}

function dueTime(delivery: MailDelivery | undefined): string[] {
  if (delivery?.state === 'pending') return [delivery.notBefore];
  if (delivery?.state === 'sending' && delivery.leaseUntil) return [delivery.leaseUntil];
  return [];
}

export function isMailDue(delivery: MailDelivery | undefined, now: Date): delivery is MailDelivery {
  const due = delivery ? dueTime(delivery)[0] : undefined;
  return due !== undefined && Date.parse(due) <= now.getTime();
}
