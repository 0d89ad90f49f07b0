import type { NotifyEventType } from '../../config/notify-schema.ts';
import type { Feedback } from '../feedback.ts';
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
  | { answer: 'yes' | 'no'; comment?: string };

/**
 * An incident (a storm of similar complaints), as the webhook hears it. Incidents are records of
 * their own; this is the payload shape their events carry, kept here beside the case events.
 */
export interface IncidentEventData {
  incident: { id: string; siteId: string; openedAt: string; status: string; count: number; summary: string };
  /** The signed page of the incident, when there is one. */
  url?: string;
}

/** The stable id of one event: also the Standard Webhooks `webhook-id`, so receivers can dedupe. */
export function eventId(feedbackId: string, key: string): string {
  return `evt_${feedbackId}_${key.replace(/[^A-Za-z0-9]/g, '_')}`;
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
