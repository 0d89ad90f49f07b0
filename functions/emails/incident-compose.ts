import type { EarshotConfig } from '../config/schema.ts';
import type { MailDelivery } from '../domain/feedback.ts';
import type { Incident, IncidentMember } from '../domain/incident.ts';
import { incidentLinks, incidentReplyAddress } from '../domain/incident-links.ts';
import type { OutgoingEmail } from '../domain/ports.ts';
import type { Signer } from '../domain/reply-address.ts';
import { findSite } from '../domain/submit-feedback.ts';
import { automationHeaders } from './conversation.ts';
import { formatDuration } from './format.ts';
import { renderIncidentEmail } from './incident-alert.ts';
import { renderIncidentEscalation } from './incident-escalation.ts';
import { composeNotifyOff } from './notify-off.ts';

/**
 * Addresses an incident email: the alert and updates to the site's owner, the escalation to its
 * backup; answers go to the incident's own address.
 */
export function composeIncidentEmail(
  kind: string,
  incident: Incident,
  members: IncidentMember[],
  context: { config: EarshotConfig; signer: Signer },
  delivery?: MailDelivery,
  held?: { count: number; releaseUrl: string },
): OutgoingEmail {
  const site = findSite(context.config, incident.siteId);
  const from = { name: site.displayName, address: site.sender };
  const replyTo = [incidentReplyAddress(context.signer, context.config.inboundDomain, incident.id)];
  const linksFor = (to: string) =>
    incidentLinks(
      { publicUrl: context.config.publicUrl, signer: context.signer },
      incident.id,
      to,
      kind,
      delivery?.queuedAt ?? incident.openedAt,
    );
  // A chat target this incident's event met answered 410: the owner's notice, as for a case.
  if (kind.startsWith('notify-off:'))
    return { ...composeNotifyOff(kind, site, delivery), headers: automationHeaders('notify-off') };
  if (kind === 'escalation' || kind.startsWith('escalation:')) {
    // The backup answers everyone from here as the owner would: the same reply address and page.
    const to = delivery?.recipient ?? site.backup.email;
    const n = kind === 'escalation' ? 1 : Number(kind.split(':')[1]);
    const since = incident.escalations?.find((escalation) => escalation.n === n)?.since;
    const waiting = since ? members.filter((member) => member.joinedAt > since) : members;
    const rendered = renderIncidentEscalation({
      incident,
      site,
      members: waiting,
      afterAnswer: since !== undefined,
      links: linksFor(to),
    });
    return { from, to: [to], replyTo, ...rendered };
  }
  const n = kind === 'alert' ? 0 : Number(kind.split(':')[1]);
  const update = incident.updates.find((candidate) => candidate.n === n) ?? incident.updates[0];
  if (!update) throw new Error(`Incident ${incident.id} has no update ${n}.`);
  const to = site.owner.email;
  const rendered = renderIncidentEmail({
    incident,
    site,
    members,
    update,
    links: linksFor(to),
    every: formatDuration(site.incident.updateEvery, site.defaultLocale),
    held,
  });
  return { from, to: [to], replyTo, ...rendered };
}
