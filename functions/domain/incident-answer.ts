import type { EarshotConfig } from '../config/schema.ts';
import { addAnswer, resolveIncident, separateFromIncident } from './incident-events.ts';
import type { IncidentStore } from './incident-ports.ts';
import { mutate } from './mutate.ts';
import type { Clock, FeedbackStore } from './ports.ts';
import { findPerson } from './routing.ts';
import { escalateAfter, findSite } from './submit-feedback.ts';

export interface IncidentActionDeps {
  config: EarshotConfig;
  store: FeedbackStore;
  incidents: IncidentStore;
  clock: Clock;
}

export type AnswerOutcome = 'relayed' | 'rejected' | 'duplicate' | 'unknown';

const MAX_TEXT = 10_000;

/**
 * One answer from staff to everyone in the incident, by email to its reply address or from its
 * page. Stored once as an item of its own; the dispatcher then gives every case its own copy.
 */
export async function answerIncident(
  incidentId: string,
  input: { from: string; text: string; messageId?: string },
  deps: IncidentActionDeps,
): Promise<AnswerOutcome> {
  const incident = await deps.incidents.get(incidentId);
  if (!incident) return 'unknown';
  const site = findSite(deps.config, incident.siteId);
  const staff = findPerson(site, input.from);
  const text = input.text.trim().slice(0, MAX_TEXT);
  if (!staff || !text) return 'rejected';
  const at = deps.clock.now().toISOString();
  let n = 0;
  let duplicate = false;
  const saved = await mutate(deps.incidents, incidentId, (current) => {
    n = current.answers.length + 1;
    const next = addAnswer(current, {
      n,
      at,
      by: staff.email,
      ...(input.messageId ? { messageId: input.messageId } : {}),
    });
    duplicate = next === undefined;
    return next;
  });
  if (!saved) return duplicate ? 'duplicate' : 'unknown';
  // The fan-out waits for this item, so the order of the two writes cannot lose the words.
  await deps.incidents.putAnswer({ incidentId, n, at, by: staff.name, text, expiresAt: incident.expiresAt });
  return 'relayed';
}

/** Resolved once: every case in it is then resolved, each customer gets the usual check-in. */
export async function resolveWholeIncident(
  incidentId: string,
  by: string,
  deps: IncidentActionDeps,
): Promise<boolean> {
  const at = deps.clock.now().toISOString();
  return (
    (await mutate(deps.incidents, incidentId, (current) => resolveIncident(current, by, at))) !== undefined
  );
}

/** "This is a different problem": the case leaves the incident and is alerted on its own. */
export async function separateReport(feedbackId: string, deps: IncidentActionDeps): Promise<boolean> {
  const at = deps.clock.now().toISOString();
  let incidentId: string | undefined;
  const saved = await mutate(deps.store, feedbackId, (current) => {
    incidentId = current.incident?.id;
    const site = findSite(deps.config, current.siteId);
    return separateFromIncident(current, at, escalateAfter(site, current.triage));
  });
  if (saved && incidentId) await deps.incidents.separate(incidentId, feedbackId, at);
  return saved !== undefined;
}
