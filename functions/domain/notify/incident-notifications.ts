import type { NotifyTarget } from '../../config/notify-schema.ts';
import type { SiteConfig } from '../../config/schema.ts';
import { incidentChatContent } from '../../notify/incident-content.ts';
import { targetRequest } from '../../notify/request.ts';
import type { Incident } from '../incident.ts';
import { incidentLinks } from '../incident-links.ts';
import type { IncidentStore } from '../incident-ports.ts';
import { mutate } from '../mutate.ts';
import { deliverLedger, type NotifyDeps } from './deliver.ts';
import { eventId, type IncidentEventData, incidentEvents } from './events.ts';
import { type NotifyDelivery, queueEvents } from './ledger.ts';
import type { NotifyRequest } from './ports.ts';

/**
 * An incident's Slack, Teams and webhook deliveries: opened, each paced update, resolved. Its
 * events are queued in the claiming write. A 410 here turns off only this delivery; the target
 * is switched off for the site (and the owner told) by the next case delivery that meets it.
 */
export function deliverIncidentNotifications(
  id: string,
  deps: NotifyDeps & { incidents: IncidentStore },
): Promise<void> {
  return deliverLedger<Incident>(
    {
      log: { incidentId: id },
      load: () => deps.incidents.get(id),
      mutate: (change, known) => mutate(deps.incidents, id, change, known),
      queue: (incident, site, now) =>
        queueEvents(incident, incidentEvents(incident), site?.notify ?? [], now),
      request: (incident, delivery, key, target, site) =>
        incidentRequest(incident, delivery, key, target, site, deps),
    },
    deps,
  );
}

function incidentRequest(
  incident: Incident,
  delivery: NotifyDelivery,
  key: string,
  target: NotifyTarget,
  site: SiteConfig,
  deps: Pick<NotifyDeps, 'config' | 'signer' | 'clock' | 'notify'>,
): NotifyRequest {
  const event = incidentEvents(incident).find((candidate) => candidate.key === delivery.event);
  if (!event) throw new Error(`Incident ${incident.id} no longer shows event ${delivery.event}.`);
  const links = incidentLinks(
    { publicUrl: deps.config.publicUrl, signer: deps.signer },
    incident.id,
    site.owner.email,
    `notify:${key}`,
    delivery.queuedAt,
  );
  const { notify: _ledger, usedTokens: _nonces, mail: _mail, fanOut: _work, ...record } = incident;
  const data: IncidentEventData = {
    event: event.details as IncidentEventData['event'],
    incident: record,
    incidentUrl: links.page,
  };
  return targetRequest(
    target,
    {
      id: eventId(incident.id, event.key),
      webhookBody: () => JSON.stringify({ type: event.type, timestamp: event.at, data }),
      chat: () => incidentChatContent(event, incident, site, links),
    },
    deps.clock.now(),
    deps.notify.signWebhook,
  );
}
