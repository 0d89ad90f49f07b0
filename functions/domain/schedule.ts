import type { Feedback, MailDelivery, Timer } from './feedback.ts';
import { notifyDueTimes } from './notify/ledger.ts';

/** When this record next needs attention, or undefined when nothing is waiting on it. */
export function nextDueAt(feedback: Feedback): string | undefined {
  const times = [
    // Every new record is looked at once, to score its spread risk, even with nothing to send.
    ...(feedback.triage ? [] : [feedback.createdAt]),
    ...Object.values(feedback.mail).flatMap((delivery) => dueTime(delivery)),
    ...timerTime(feedback.escalation),
    ...timerTime(feedback.followUp),
    ...(feedback.followUp?.state === 'fired' && !feedback.followUp.answer && feedback.followUp.closeAt
      ? [feedback.followUp.closeAt]
      : []),
    ...notifyDueTimes(feedback),
  ];
  return times.sort()[0];
}

function timerTime(timer: Timer | undefined): string[] {
  return timer?.state === 'waiting' ? [timer.at] : [];
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
