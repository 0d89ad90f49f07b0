import type { EarshotConfig } from '../config/schema.ts';
import { addAnswer, resolveIncident, separateFromIncident } from './incident-events.ts';
import type { IncidentStore } from './incident-ports.ts';
import { scrubSecrets } from './mail-cut/secrets.ts';
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
  input: {
    from: string;
    text: string;
    messageId?: string;
    /** Set for mail no person wrote (an out-of-office): never sent to anyone. */
    automatic?: string;
    authentication?: { passed: boolean };
  },
  deps: IncidentActionDeps,
): Promise<AnswerOutcome> {
  const incident = await deps.incidents.get(incidentId);
  if (!incident) return 'unknown';
  const site = findSite(deps.config, incident.siteId);
  const staff = findPerson(site, input.from);
  // An out-of-office or a forged sender must never reach hundreds of customers.
  if (!staff || input.automatic || input.authentication?.passed === false) return 'rejected';
  const text = withoutSecrets(input.text.slice(0, MAX_TEXT), deps.config).trim();
  if (!text) return 'rejected';
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

/**
 * The owner's words only: a quoted copy of the incident alert must not hand every customer its
 * signed links (resolve all, release) or its reply address.
 */
function withoutSecrets(text: string, config: EarshotConfig): string {
  const scrubbed = scrubSecrets(text, {
    publicUrl: config.publicUrl,
    inboundDomain: config.inboundDomain,
    staffOnly: [],
  });
  const base = config.publicUrl.replace(/\/+$/, '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return scrubbed.text.replace(new RegExp(`${base}/held/\\S+`, 'gi'), '');
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
