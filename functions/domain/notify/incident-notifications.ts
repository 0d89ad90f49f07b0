import { incidentChatContent } from '../../notify/incident-content.ts';
import type { Incident } from '../incident.ts';
import { incidentLinks } from '../incident-links.ts';
import type { IncidentStore } from '../incident-ports.ts';
import { mutate } from '../mutate.ts';
import type { NotifyDeps } from './deliver.ts';
import { type IncidentEventData, incidentEvents } from './events.ts';
import { queueEvents } from './ledger.ts';
import { deliverRecordNotifications } from './record-notifications.ts';

/**
 * An incident's Slack, Teams and webhook deliveries: opened, each paced update, resolved. Its
 * events are queued in the claiming write. A 410 turns the target off for the site and tells the
 * owner, as a case's would: whichever of the two meets it first.
 */
export function deliverIncidentNotifications(
  id: string,
  deps: NotifyDeps & { incidents: IncidentStore },
): Promise<void> {
  return deliverRecordNotifications<Incident>(
    {
      log: { incidentId: id },
      load: () => deps.incidents.get(id),
      mutate: (change, known) => mutate(deps.incidents, id, change, known),
      queue: (incident, site, now) =>
        queueEvents(incident, incidentEvents(incident), site?.notify ?? [], now),
      events: incidentEvents,
      render(incident, event, _target, site, link) {
        const links = incidentLinks(
          { publicUrl: deps.config.publicUrl, signer: deps.signer },
          incident.id,
          site.owner.email,
          link.carrier,
          link.issuedAt,
        );
        const { notify: _ledger, usedTokens: _nonces, mail: _mail, fanOut: _work, ...record } = incident;
        const data: IncidentEventData = {
          event: event.details as IncidentEventData['event'],
          incident: record,
          incidentUrl: links.page,
        };
        return {
          webhookBody: () => JSON.stringify({ type: event.type, timestamp: event.at, data }),
          chat: () => incidentChatContent(event, incident, site, links),
        };
      },
    },
    deps,
  );
}
