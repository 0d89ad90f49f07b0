import type { SiteConfig } from '../config/schema.ts';
import { addDuration } from './duration.ts';
import type { Feedback, Timer } from './feedback.ts';
import type { Incident, IncidentMember } from './incident.ts';
import { owedMail } from './owed-mail.ts';
import { escalateAfter } from './submit-feedback.ts';
import type { TriageLevel } from './triage/types.ts';

/**
 * An incident's own escalation clock. Its reports' clocks stop when they join (one answer to all
 * replaces their answers), so the incident keeps the earliest of them: joining an incident never
 * gives a customer a later escalation than their case alone would have had. Answering everyone or
 * resolving stops it; when it fires, the site's backup gets one email about the whole incident.
 * A report that joins after an answer has had none: its clock starts the incident's again.
 */

/** When a report's own clock would fire: as on its case, the shorter clock if it is urgent. */
export function reportClock(feedback: Feedback, site: SiteConfig, level: TriageLevel): string | undefined {
  const timer = feedback.escalation;
  // A clock that already fired told the backup about that report; stopped only by the joining.
  if (!timer || timer.state === 'fired') return undefined;
  const own = addDuration(feedback.createdAt, escalateAfter(site, { level }));
  return [own, timer.at].sort()[0];
}

/** The clock an incident opens with: its earliest report's, or a fresh one from the opening. */
export function openingClock(clocks: (string | undefined)[], openedAt: string, site: SiteConfig): Timer {
  const known = clocks.filter((at): at is string => at !== undefined).sort();
  return { at: known[0] ?? addDuration(openedAt, escalateAfter(site, undefined)), state: 'waiting' };
}

/**
 * A report joins with its own clock: an earlier one (an urgent report) brings the incident's
 * forward; after an answer to everyone, which this customer never got, it starts the clock again.
 * A clock that fired with no answer since stays fired: the backup already knows.
 */
export function clockForJoiner(incident: Incident, at: string | undefined): Incident | undefined {
  const timer = incident.escalation;
  if (!at || incident.status !== 'open') return undefined;
  if (timer?.state === 'waiting')
    return at < timer.at ? { ...incident, escalation: { ...timer, at } } : undefined;
  const answers = incident.answers.length;
  if (answers === 0 || answers <= (timer?.answers ?? 0)) return undefined;
  return { ...incident, escalation: { at, state: 'waiting', answers } };
}

/** Answered or resolved: nobody needs to be told that nobody answered. */
export function stopIncidentClock(incident: Incident): Incident {
  return incident.escalation?.state === 'waiting'
    ? { ...incident, escalation: { ...incident.escalation, state: 'stopped' } }
    : incident;
}

export function escalationDue(incident: Incident, now: string): boolean {
  return incident.escalation?.state === 'waiting' && incident.escalation.at <= now;
}

/**
 * Nobody answered everyone in time: the backup is told once per clock (it fires once, and the
 * email is one delivery on the record). An incident with no report waiting needs nobody.
 */
export function escalateIncident(
  incident: Incident,
  active: Pick<IncidentMember, 'joinedAt'>[],
  now: string,
  site: SiteConfig,
): Incident | undefined {
  const timer = incident.escalation;
  if (!timer || !escalationDue(incident, now)) return undefined;
  // The answer that came before this clock started: who joined after it has had none.
  const since = timer.answers ? incident.answers[timer.answers - 1]?.at : undefined;
  const waiting = active.filter((member) => !since || member.joinedAt > since).length;
  if (incident.status !== 'open' || incident.answers.length > (timer.answers ?? 0) || waiting === 0)
    return stopIncidentClock(incident);
  const n = (incident.escalations?.length ?? 0) + 1;
  const kind = escalationKind(n);
  if (incident.mail[kind]) return { ...incident, escalation: { ...timer, state: 'fired' } };
  return {
    ...incident,
    escalation: { ...timer, state: 'fired' },
    escalations: [
      ...(incident.escalations ?? []),
      { n, at: now, reports: waiting, ...(since ? { since } : {}) },
    ],
    mail: { ...incident.mail, [kind]: owedMail(now, site.backup.email) },
  };
}

/** The email of the n-th escalation: `escalation`, then `escalation:2`… */
export function escalationKind(n: number): string {
  return n === 1 ? 'escalation' : `escalation:${n}`;
}
