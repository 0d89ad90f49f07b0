import type { SiteConfig } from '../config/schema.ts';
import type { Incident } from '../domain/incident.ts';
import type { CaseEvent, IncidentEventDetails } from '../domain/notify/events.ts';
import { fill } from '../emails/format.ts';
import { describeShares } from '../emails/incident-shares.ts';
import type { ChatContent } from './content.ts';
import { CHAT_COPY } from './texts.ts';

/**
 * A chat message about an incident: how many similar complaints, what they share, and the
 * incident page where the owner answers everyone at once. No customer's words: a channel needs
 * the size of the storm, the owner's email has the samples.
 */
export function incidentChatContent(
  event: CaseEvent,
  incident: Incident,
  site: SiteConfig,
  links: { page: string; resolve: string },
): ChatContent {
  const locale = site.defaultLocale;
  const copy = CHAT_COPY[locale];
  const details = event.details as Partial<IncidentEventDetails>;
  const resolved = details.status === 'resolved';
  const key = resolved
    ? 'incident.resolved'
    : details.escalated
      ? 'incident.escalated'
      : event.type === 'incident.opened'
        ? 'incident.opened'
        : 'incident.updated';
  const headline = fill(copy.headline[key], { site: site.displayName, to: site.backup.name });
  return {
    headline,
    excerpt: describeShares(incident, locale),
    facts: [
      { label: copy.complaints, value: String(details.count ?? 0) },
      { label: copy.owner, value: site.owner.name },
    ],
    buttons: [
      { label: copy.incidentPage, url: links.page },
      ...(resolved ? [] : [{ label: copy.resolveAll, url: links.resolve }]),
    ],
  };
}
