import type { EarshotConfig } from '../config/schema.ts';
import type { MailDelivery } from '../domain/feedback.ts';
import type { Incident, IncidentMember } from '../domain/incident.ts';
import { incidentLinks, incidentReplyAddress } from '../domain/incident-links.ts';
import type { OutgoingEmail } from '../domain/ports.ts';
import type { Signer } from '../domain/reply-address.ts';
import { findSite } from '../domain/submit-feedback.ts';
import { formatDuration } from './format.ts';
import { renderIncidentEmail } from './incident-alert.ts';

/** Addresses an incident email: to the site's owner, answers to the incident's own address. */
export function composeIncidentEmail(
  kind: string,
  incident: Incident,
  members: IncidentMember[],
  context: { config: EarshotConfig; signer: Signer },
  delivery?: MailDelivery,
  held?: { count: number; releaseUrl: string },
): OutgoingEmail {
  const site = findSite(context.config, incident.siteId);
  const n = kind === 'alert' ? 0 : Number(kind.split(':')[1]);
  const update = incident.updates.find((candidate) => candidate.n === n) ?? incident.updates[0];
  if (!update) throw new Error(`Incident ${incident.id} has no update ${n}.`);
  const to = site.owner.email;
  const links = incidentLinks(
    { publicUrl: context.config.publicUrl, signer: context.signer },
    incident.id,
    to,
    kind,
    delivery?.queuedAt ?? incident.openedAt,
  );
  const rendered = renderIncidentEmail({
    incident,
    site,
    members,
    update,
    links,
    every: formatDuration(site.incident.updateEvery, site.defaultLocale),
    held,
  });
  return {
    from: { name: site.displayName, address: site.sender },
    to: [to],
    replyTo: [incidentReplyAddress(context.signer, context.config.inboundDomain, incident.id)],
    ...rendered,
  };
}
