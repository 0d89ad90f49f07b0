import type { NotifyTarget } from '../config/notify-schema.ts';
import type { SiteConfig } from '../config/schema.ts';
import type { Feedback } from '../domain/feedback.ts';
import type { CaseEvent } from '../domain/notify/events.ts';
import { triageHeadline } from '../domain/triage/headline.ts';
import { actionLinks } from '../emails/action-labels.ts';
import { fill, formatDateTime } from '../emails/format.ts';
import type { AlertLinks } from '../emails/staff-alert.ts';
import { CHAT_COPY } from './texts.ts';

/** What a chat message says about a case, before Slack or Teams shapes it. All of it plain text. */
export interface ChatContent {
  headline: string;
  /** The spread-risk line, when the triage found something. */
  triage?: string;
  excerpt: string;
  facts: { label: string; value: string }[];
  buttons: { label: string; url: string }[];
}

const EXCERPT_LENGTH = 300;
const ADDRESS = /[^\s@<>()]+@[^\s@<>()]+\.[^\s@<>()]+/g;

/**
 * The same facts and buttons as the staff alert. The customer's name and address appear only
 * when the site opts in (`include: "contact"`), and an address typed into the message itself
 * is masked too: a chat channel is read by more people than the owner's inbox.
 */
export function chatContent(
  event: CaseEvent,
  feedback: Feedback,
  site: SiteConfig,
  target: NotifyTarget,
  links: AlertLinks,
): ChatContent {
  const locale = site.defaultLocale;
  const copy = CHAT_COPY[locale];
  const details = event.details as { by?: string; to?: string; note?: string; answer?: 'yes' | 'no' };
  const key =
    event.type === 'checkin.answered' ? (`checkin.${details.answer ?? 'yes'}` as const) : event.type;
  const headline = fill(copy.headline[key], {
    site: site.displayName,
    by: details.by ?? feedback.claimedBy?.name ?? feedback.owner.name,
    to: details.to ?? site.backup.name,
  });
  const contact = target.include === 'contact';
  const text = contact ? feedback.message : feedback.message.replace(ADDRESS, '…@…');
  const flat = text.replace(/\s+/g, ' ').trim();
  const excerpt = flat.length > EXCERPT_LENGTH ? `${flat.slice(0, EXCERPT_LENGTH - 1)}…` : flat;
  const customer = [feedback.name, feedback.email].filter(Boolean).join(' · ');
  const note = details.note ?? (event.type === 'checkin.answered' ? feedback.followUp?.comment : undefined);
  const facts = [
    {
      label: copy.rating,
      value: `${'★'.repeat(feedback.rating)}${'☆'.repeat(5 - feedback.rating)} ${feedback.rating}/5`,
    },
    { label: copy.owner, value: (feedback.claimedBy ?? feedback.owner).name },
    { label: copy.promise, value: formatDateTime(feedback.respondBy, locale, site.timeZone) },
    ...(contact && customer ? [{ label: copy.customer, value: customer }] : []),
    ...(note ? [{ label: copy.note, value: contact ? note : note.replace(ADDRESS, '…@…') }] : []),
  ];
  const triage =
    feedback.triage && feedback.triage.level !== 'normal'
      ? triageHeadline(feedback.triage, locale)
      : undefined;
  return { headline, ...(triage ? { triage } : {}), excerpt, facts, buttons: actionLinks(links, locale) };
}
