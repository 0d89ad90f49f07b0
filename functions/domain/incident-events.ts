import { addDuration, parseDuration } from './duration.ts';
import type { Feedback, Timer } from './feedback.ts';
import type { FanOut, Incident, IncidentMember } from './incident.ts';
import { stopIncidentClock } from './incident-escalation.ts';
import { incidentEvents } from './notify/events.ts';
import { ledgerDueTimes } from './notify/ledger.ts';
import { owedMail } from './owed-mail.ts';
import { type DueMoment, earliest } from './schedule.ts';
import { PRIORITY } from './send-priority.ts';

/** Pure state changes of incidents, and of a case joining or leaving one. */

/** A case taken into an incident: its own alert is not sent (the incident's is), its clock stops. */
export function joinIncident(feedback: Feedback, incidentId: string, now: string): Feedback | undefined {
  if (feedback.incident || feedback.status !== 'open' || feedback.firstRespondedAt) return undefined;
  const alert = feedback.mail.alert;
  const mail =
    alert?.state === 'pending'
      ? { ...feedback.mail, alert: { ...alert, state: 'skipped' as const, reason: `incident ${incidentId}` } }
      : feedback.mail;
  const escalation =
    feedback.escalation?.state === 'waiting'
      ? { ...feedback.escalation, state: 'stopped' as const }
      : feedback.escalation;
  return { ...feedback, incident: { id: incidentId, joinedAt: now }, mail, escalation };
}

/** "This is a different problem": out of the incident, and alerted on its own like any case. */
export function separateFromIncident(
  feedback: Feedback,
  now: string,
  escalateAfterMs: number,
): Feedback | undefined {
  if (!feedback.incident) return undefined;
  const { incident: _left, ...rest } = feedback;
  const kind = `alert:separate${feedback.thread.length}` as const;
  return {
    ...rest,
    mail: { ...feedback.mail, [kind]: owedMail(now) },
    ...(feedback.status === 'open' && !feedback.firstRespondedAt
      ? { escalation: { at: addDuration(now, escalateAfterMs), state: 'waiting' as const } }
      : {}),
  };
}

export function newIncident(input: {
  id: string;
  siteId: string;
  shares: Incident['shares'];
  now: string;
  updateEvery: string;
  expiresAt: number;
  total: number;
  escalation: Timer;
}): Incident {
  return {
    id: input.id,
    siteId: input.siteId,
    version: 1,
    openedAt: input.now,
    status: 'open',
    shares: input.shares,
    mail: { alert: owedMail(input.now) },
    updates: [{ n: 0, at: input.now, total: input.total, since: input.now }],
    nextCheckAt: addDuration(input.now, parseDuration(input.updateEvery) ?? 0),
    answers: [],
    escalation: input.escalation,
    fanOut: [],
    expiresAt: input.expiresAt,
  };
}

/** Whether it still takes in new reports: open, and not gone quiet for a whole window. */
export function takesReports(incident: Incident): boolean {
  return incident.status === 'open' && incident.nextCheckAt !== undefined;
}

/**
 * The paced update: at most one per `updateEvery`, and only when it grew. An incident that has
 * had no new report for a whole window stops looking: the storm is over.
 */
export function checkGrowth(
  incident: Incident,
  active: IncidentMember[],
  now: string,
  settings: { window: string; updateEvery: string },
): Incident | undefined {
  if (!incident.nextCheckAt || incident.nextCheckAt > now || incident.status !== 'open') return undefined;
  const last = incident.updates[incident.updates.length - 1];
  const grown = active.length > (last?.total ?? 0);
  const latest =
    active
      .map((member) => member.joinedAt)
      .sort()
      .pop() ?? '';
  const quiet = latest <= addDuration(now, -(parseDuration(settings.window) ?? 0));
  const next: Incident = {
    ...incident,
    nextCheckAt: quiet ? undefined : addDuration(now, parseDuration(settings.updateEvery) ?? 0),
  };
  if (!grown) return next;
  const n = incident.updates.length;
  return {
    ...next,
    updates: [
      ...incident.updates,
      { n, at: now, total: active.length, since: last?.at ?? incident.openedAt },
    ],
    mail: {
      ...incident.mail,
      [`update:${n}`]: owedMail(now),
    },
  };
}

/** One answer from the owner, to go to every customer in the incident. */
export function addAnswer(
  incident: Incident,
  answer: { n: number; at: string; by: string; messageId?: string },
): Incident | undefined {
  if (answer.messageId && incident.answers.some((known) => known.messageId === answer.messageId))
    return undefined;
  if (incident.answers.some((known) => known.n === answer.n)) return undefined;
  return {
    ...stopIncidentClock(incident),
    answers: [...incident.answers, answer],
    firstAnsweredAt: incident.firstAnsweredAt ?? answer.at,
    fanOut: [...incident.fanOut, { kind: 'answer', n: answer.n, by: answer.by }],
  };
}

/** Resolved once, for everyone: each case is then resolved in turn, by the fan-out. */
export function resolveIncident(incident: Incident, by: string, now: string): Incident | undefined {
  if (incident.status === 'resolved') return undefined;
  return {
    ...stopIncidentClock(incident),
    status: 'resolved',
    resolvedAt: now,
    resolvedBy: by,
    nextCheckAt: undefined,
    fanOut: [...incident.fanOut, { kind: 'resolve', n: 0, by }],
  };
}

/** The fan-out moved on by one page: the next starts after `last`, or the task is done. */
export function advanceFanOut(incident: Incident, task: FanOut, last: string | undefined): Incident {
  const [first, ...rest] = incident.fanOut;
  if (!first || first.kind !== task.kind || first.n !== task.n) return incident;
  return { ...incident, fanOut: last ? [{ ...first, after: last }, ...rest] : rest };
}

/** When the incident next needs the dispatcher: an email, a growth check, its escalation, fan-out. */
export function incidentNextDue(incident: Incident): DueMoment | undefined {
  return earliest([
    ...Object.values(incident.mail).flatMap((delivery) =>
      delivery?.state === 'pending'
        ? [{ at: delivery.notBefore, priority: PRIORITY.staff }]
        : delivery?.state === 'sending' && delivery.leaseUntil
          ? [{ at: delivery.leaseUntil, priority: PRIORITY.staff }]
          : [],
    ),
    ...(incident.nextCheckAt ? [{ at: incident.nextCheckAt, priority: PRIORITY.staff }] : []),
    ...(incident.escalation?.state === 'waiting'
      ? [{ at: incident.escalation.at, priority: PRIORITY.staff }]
      : []),
    ...(incident.fanOut.length ? [{ at: incident.openedAt, priority: PRIORITY.relay }] : []),
    // Chat and webhook deliveries of its events; an incident's ledger starts empty, not absent.
    ...ledgerDueTimes(
      { notify: incident.notify ?? { seen: [], deliveries: {} } },
      incidentEvents(incident),
    ).map((at) => ({ at, priority: PRIORITY.staff })),
  ]);
}
