import type { SiteConfig } from '../config/schema.ts';
import { addDuration } from './duration.ts';
import type { Feedback, Timer } from './feedback.ts';
import type { Incident } from './incident.ts';
import { owedMail } from './owed-mail.ts';
import { escalateAfter } from './submit-feedback.ts';
import type { TriageLevel } from './triage/types.ts';

/**
 * An incident's own escalation clock. Its reports' clocks stop when they join (one answer to all
 * replaces their answers), so the incident keeps the earliest of them: joining an incident never
 * gives a customer a later escalation than their case alone would have had. Answering everyone or
 * resolving stops it; when it fires, the site's backup gets one email about the whole incident.
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

/** A report that joins later with an earlier clock (an urgent one) brings the incident's forward. */
export function bringForward(incident: Incident, at: string | undefined): Incident | undefined {
  const timer = incident.escalation;
  if (!at || timer?.state !== 'waiting' || at >= timer.at) return undefined;
  return { ...incident, escalation: { ...timer, at } };
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
 * Nobody answered everyone in time: the backup is told once (the clock fires once, and the email
 * is one delivery on the record). An incident with no report left in it needs nobody.
 */
export function escalateIncident(
  incident: Incident,
  activeReports: number,
  now: string,
  site: SiteConfig,
): Incident | undefined {
  const timer = incident.escalation;
  if (!timer || !escalationDue(incident, now)) return undefined;
  if (incident.status !== 'open' || incident.firstAnsweredAt || activeReports === 0)
    return stopIncidentClock(incident);
  if (incident.mail.escalation) return { ...incident, escalation: { ...timer, state: 'fired' } };
  return {
    ...incident,
    escalation: { ...timer, state: 'fired', reports: activeReports },
    mail: {
      ...incident.mail,
      escalation: owedMail(now, site.backup.email),
    },
  };
}
