import type { Feedback, MailDelivery, MailKind, Timer } from './feedback.ts';
import { notifyDueTimes } from './notify/ledger.ts';
import { mailPriority, PRIORITY, type Priority } from './send-priority.ts';

/** A moment a record needs attention, and how soon, in the send order, that attention comes. */
export interface DueMoment {
  at: string;
  priority: Priority;
}

/** When this record next needs attention, or undefined when nothing is waiting on it. */
export function nextDueAt(feedback: Feedback): string | undefined {
  return nextDue(feedback)?.at;
}

/** The earliest moment, and of the things due then, the most pressing one's priority. */
export function nextDue(feedback: Feedback): DueMoment | undefined {
  const moments: DueMoment[] = [
    // Every new record is looked at once, to score its spread risk, even with nothing to send.
    ...(feedback.triage ? [] : [{ at: feedback.createdAt, priority: PRIORITY.staff }]),
    ...(Object.keys(feedback.mail) as MailKind[]).flatMap((kind) =>
      dueTime(feedback.mail[kind]).map((at) => ({ at, priority: mailPriority(feedback, kind) })),
    ),
    ...timerTime(feedback.escalation).map((at) => ({ at, priority: PRIORITY.staff })),
    ...timerTime(feedback.followUp).map((at) => ({ at, priority: PRIORITY.checkIn })),
    ...(feedback.followUp?.state === 'fired' && !feedback.followUp.answer && feedback.followUp.closeAt
      ? [{ at: feedback.followUp.closeAt, priority: PRIORITY.checkIn }]
      : []),
    // Chat and webhook deliveries go out beside the staff emails.
    ...notifyDueTimes(feedback).map((at) => ({ at, priority: PRIORITY.staff })),
  ];
  return earliest(moments);
}

export function earliest(moments: DueMoment[]): DueMoment | undefined {
  return moments.reduce<DueMoment | undefined>(
    (best, moment) =>
      !best || moment.at < best.at || (moment.at === best.at && moment.priority < best.priority)
        ? moment
        : best,
    undefined,
  );
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
