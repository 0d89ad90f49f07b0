import type { NotifyEventType } from '../../config/notify-schema.ts';
import type { Feedback } from '../feedback.ts';
import type { Incident } from '../incident.ts';
import { isSuspectedSpam } from '../spam.ts';
import type { TriageLevel } from '../triage/types.ts';

export type { NotifyEventType };

/**
 * What happened to a case, as a chat channel or webhook hears it. Read off the record itself
 * (its triage and its thread), never announced separately, so nothing that changes a case has to
 * remember to notify, and each event has a key that is the same every time it is read.
 */
export interface CaseEvent {
  type: NotifyEventType;
  /** Unique within the feedback: `received`, `urgent`, `claimed:3` (thread entry 3)… */
  key: string;
  at: string;
  details: CaseEventDetails;
}

export type CaseEventDetails =
  | { level: TriageLevel }
  | { level: TriageLevel; reasons: string[] }
  | { by?: string; to?: string; note?: string }
  | { answer: 'yes' | 'no'; comment?: string }
  | IncidentEventDetails;

/** `escalated`: nobody answered everyone in time, and the site's backup was told (an update too). */
export type IncidentEventDetails = { count: number; status: 'open' | 'resolved'; escalated?: true };

/**
 * An incident (a storm of similar complaints), as a webhook hears it: the incident itself, what
 * its reports share, and its signed page, where the owner answers everyone at once.
 */
export interface IncidentEventData {
  event: IncidentEventDetails;
  incident: Omit<Incident, 'notify' | 'usedTokens' | 'mail' | 'fanOut'>;
  /** The incident's signed page (see it, answer everyone, resolve all). */
  incidentUrl: string;
}

/**
 * An incident's events: opened (its alert), each paced update while it grows, its escalation to
 * the backup and its resolution, which are updates too. Keys follow its own `updates` list, so they never change.
 */
export function incidentEvents(incident: Incident): CaseEvent[] {
  const events = incident.updates.map(
    (update): CaseEvent => ({
      type: update.n === 0 ? 'incident.opened' : 'incident.updated',
      key: update.n === 0 ? 'opened' : `updated:${update.n}`,
      at: update.at,
      details: { count: update.total, status: 'open' },
    }),
  );
  const last = incident.updates[incident.updates.length - 1];
  // The backup was told: chat hears it as the incident's own update, never as one per report.
  for (const escalation of incident.escalations ?? []) {
    events.push({
      type: 'incident.updated',
      key: escalation.n === 1 ? 'escalated' : `escalated:${escalation.n}`,
      at: escalation.at,
      details: { count: escalation.reports, status: 'open', escalated: true },
    });
  }
  if (incident.status === 'resolved' && incident.resolvedAt) {
    events.push({
      type: 'incident.updated',
      key: 'resolved',
      at: incident.resolvedAt,
      details: { count: last?.total ?? 0, status: 'resolved' },
    });
  }
  return events;
}

/** The stable id of one event: also the Standard Webhooks `webhook-id`, so receivers can dedupe. */
export function eventId(recordId: string, key: string): string {
  return `evt_${recordId}_${key.replace(/[^A-Za-z0-9]/g, '_')}`;
}

const THREAD_EVENTS = {
  claimed: 'case.claimed',
  escalated: 'case.escalated',
  resolved: 'case.resolved',
  recovered: 'checkin.answered',
  reopened: 'checkin.answered',
} as const;

/** Every event the record shows so far, oldest first; nothing before the spread risk is scored. */
export function caseEvents(feedback: Feedback): CaseEvent[] {
  const triage = feedback.triage;
  // Suspected spam is kept for review but sent to nobody: no channel hears of it either.
  if (!triage || isSuspectedSpam(feedback)) return [];
  const events: CaseEvent[] = [
    { type: 'feedback.received', key: 'received', at: feedback.createdAt, details: { level: triage.level } },
  ];
  if (triage.level === 'high' || triage.level === 'urgent') {
    events.push({
      type: 'feedback.urgent',
      key: 'urgent',
      at: feedback.createdAt,
      details: { level: triage.level, reasons: triage.reasons.map((reason) => reason.label) },
    });
  }
  for (const entry of feedback.thread) {
    if (entry.kind !== 'event' || !entry.event || !(entry.event in THREAD_EVENTS)) continue;
    const event = entry.event as keyof typeof THREAD_EVENTS;
    const details: CaseEventDetails =
      event === 'recovered' || event === 'reopened'
        ? { answer: event === 'recovered' ? 'yes' : 'no', ...(entry.text ? { comment: entry.text } : {}) }
        : {
            ...(entry.by ? { by: entry.by } : {}),
            ...(entry.to ? { to: entry.to } : {}),
            ...(entry.text ? { note: entry.text } : {}),
          };
    events.push({ type: THREAD_EVENTS[event], key: `${event}:${entry.id}`, at: entry.at, details });
  }
  return events;
}
