import type { EarshotConfig, SiteConfig } from '../config/schema.ts';
import {
  baseKind,
  type CustomerHistory,
  type Feedback,
  type MailDelivery,
  type MailKind,
} from '../domain/feedback.ts';
import { actionUrl, staffLinks } from '../domain/links.ts';
import { REPLY_MARKER } from '../domain/mail-cut/phrases.ts';
import type { OutgoingEmail } from '../domain/ports.ts';
import { replyAddress, type Signer } from '../domain/reply-address.ts';
import { reviewInvitationUrl } from '../domain/review-invitation.ts';
import { findPerson, firstName } from '../domain/routing.ts';
import { findSite } from '../domain/submit-feedback.ts';
import { renderAcknowledgement } from './acknowledgement.ts';
import { renderCheckIn } from './check-in.ts';
import { automationHeaders, conversationOf, threadOf } from './conversation.ts';
import { renderClaimed, renderStaffReply } from './customer-notices.ts';
import { escapeHtml } from './html.ts';
import { type InboundNotice, renderInboundNotice } from './inbound-notices.ts';
import { renderIncidentAcknowledgement } from './incident-acknowledgement.ts';
import { composeNotifyOff } from './notify-off.ts';
import { renderStaffAlert } from './staff-alert.ts';
import { renderStaffNotice } from './staff-notices.ts';
import { renderThreadFullToCustomer, renderThreadFullToStaff } from './thread-full-notice.ts';

export interface ComposeContext {
  config: EarshotConfig;
  signer: Signer;
  history?: CustomerHistory;
  /** The customer unsubscribed from optional email: no review invitation. */
  optedOut?: boolean;
}

/** Customer links (check-in answers, unsubscribe) stay usable for two weeks after they are sent. */
const CUSTOMER_LINK_SECONDS = 14 * 86_400;

/**
 * Emails a customer may opt out of entirely: they carry List-Unsubscribe (RFC 8058) and a visible
 * link. The acknowledgement is not one of them (it is the receipt for what they wrote); its review
 * invitation is, and is left out for a customer who opted out.
 */
export function isOptional(kind: MailKind): boolean {
  return baseKind(kind) === 'checkin';
}

/**
 * Addresses one email: who it is from, to and where answers go, the reply marker on top and the
 * headers that keep auto-responders quiet. Templates only write the words.
 */
export function composeEmail(
  kind: MailKind,
  feedback: Feedback,
  context: ComposeContext,
  delivery?: MailDelivery,
): OutgoingEmail {
  const email = composeParts(kind, feedback, context, delivery);
  const site = findSite(context.config, feedback.siteId);
  const conversation = conversationOf(kind, feedback);
  const locale = conversation === 'customer' ? feedback.locale : site.defaultLocale;
  // The notice that a chat target was turned off has no reply address: nothing to write above.
  const marked = baseKind(kind) === 'notify-off' ? email : withMarker(email, REPLY_MARKER[locale]);
  const thread = threadOf(kind, feedback);
  return {
    ...marked,
    ...(thread.subject ? { subject: thread.subject } : {}),
    headers: [...(email.headers ?? []), ...automationHeaders(kind)],
    ...(thread.references.length ? { references: thread.references } : {}),
  };
}

function composeParts(
  kind: MailKind,
  feedback: Feedback,
  context: ComposeContext,
  delivery?: MailDelivery,
): OutgoingEmail {
  const site = findSite(context.config, feedback.siteId);
  const from = { name: site.displayName, address: site.sender };
  const link = { publicUrl: context.config.publicUrl, signer: context.signer };
  const reply = (party: 'staff' | 'customer') =>
    replyAddress(context.signer, context.config.inboundDomain, feedback.id, party);
  const toStaff = (to: string) => ({ from, to: [to], replyTo: [reply('staff')] });
  const toCustomer = () => {
    if (!feedback.email) throw new Error(`Feedback ${feedback.id} has no customer address.`);
    return { from, to: [feedback.email], replyTo: [reply('customer')] };
  };
  const customerLink = (action: 'checkin-yes' | 'checkin-no' | 'unsubscribe') =>
    actionUrl(link, feedback.id, action, 'customer', kind, linkExpiry(feedback, delivery, action));
  const unsubscribe = (): Pick<OutgoingEmail, 'headers'> => ({
    headers: [
      { name: 'List-Unsubscribe', value: `<${customerLink('unsubscribe')}>` },
      { name: 'List-Unsubscribe-Post', value: 'List-Unsubscribe=One-Click' },
    ],
  });

  switch (baseKind(kind)) {
    case 'alert': {
      const to = delivery?.recipient ?? feedback.owner.email;
      const links = staffLinks(link, feedback, to, kind, delivery?.queuedAt);
      return { ...toStaff(to), ...renderStaffAlert({ feedback, site, history: context.history, links }) };
    }
    case 'ack': {
      // One more report of a problem the business already knows: the customer may hear that.
      if (feedback.incident && feedback.rating < 4)
        return { ...toCustomer(), ...renderIncidentAcknowledgement(feedback, site) };
      const reviewUrl = reviewInvitationUrl(site, { optedOut: context.optedOut ?? false });
      const rendered = renderAcknowledgement(
        feedback,
        site,
        reviewUrl ? { reviewUrl, unsubscribeUrl: customerLink('unsubscribe') } : undefined,
      );
      return { ...toCustomer(), ...rendered, ...(reviewUrl ? unsubscribe() : {}) };
    }
    case 'claimed':
      return { ...toCustomer(), ...renderClaimed(feedback, site, kind) };
    case 'checkin':
      return {
        ...toCustomer(),
        ...renderCheckIn(feedback, site, {
          yes: customerLink('checkin-yes'),
          no: customerLink('checkin-no'),
          unsubscribe: customerLink('unsubscribe'),
        }),
        ...unsubscribe(),
      };
    case 'relay':
      return relay(kind, feedback, site, context, { toStaff, toCustomer, delivery });
    case 'escalation':
    case 'reminder':
    case 'reopened': {
      const to = delivery?.recipient ?? feedback.owner.email;
      const notice = baseKind(kind) as 'escalation' | 'reminder' | 'reopened';
      const quote = notice === 'reopened' ? feedback.followUp?.comment : undefined;
      const rendered = renderStaffNotice(notice, feedback, site, {
        links: staffLinks(link, feedback, to, kind, delivery?.queuedAt),
        quote,
      });
      return { ...toStaff(to), ...rendered };
    }
    case 'notice': {
      const to = delivery?.recipient ?? feedback.owner.email;
      const viewUrl = staffLinks(link, feedback, to, kind, delivery?.queuedAt).thread;
      const staffName = firstName(findPerson(site, to) ?? feedback.owner);
      const notice = kind.slice('notice:'.length) as
        | InboundNotice
        | 'thread-full-customer'
        | 'thread-full-staff';
      if (notice === 'thread-full-customer')
        return { ...toCustomer(), ...renderThreadFullToCustomer(feedback, site) };
      if (notice === 'thread-full-staff')
        return { ...toStaff(to), ...renderThreadFullToStaff(feedback, site, { staffName, viewUrl }) };
      return { ...toStaff(to), ...renderInboundNotice(notice, feedback, site, { staffName, viewUrl }) };
    }
    case 'notify-off':
      return composeNotifyOff(kind, site, delivery);
  }
}

/** The marker line first, in text and HTML: the reply parser cuts there before anything else. */
function withMarker(email: OutgoingEmail, marker: string): OutgoingEmail {
  const body = email.html.indexOf('<body');
  const open = body < 0 ? -1 : email.html.indexOf('>', body);
  const line = `<p style="margin:0 0 12px;font-size:12px;color:#6b6b6b">${escapeHtml(marker)}</p>`;
  const html =
    open < 0
      ? `${line}${email.html}`
      : `${email.html.slice(0, open + 1)}${line}${email.html.slice(open + 1)}`;
  return { ...email, text: `${marker}\n\n${email.text}`, html };
}

/** A thread entry relayed to the other party: staff words to the customer, the customer's to the owner. */
function relay(
  kind: MailKind,
  feedback: Feedback,
  site: SiteConfig,
  context: ComposeContext,
  parts: {
    toStaff: (to: string) => Pick<OutgoingEmail, 'from' | 'to' | 'replyTo'>;
    toCustomer: () => Pick<OutgoingEmail, 'from' | 'to' | 'replyTo'>;
    delivery?: MailDelivery;
  },
): OutgoingEmail {
  const entry = feedback.thread.find((candidate) => candidate.id === kind.split(':')[1]);
  if (!entry?.text) throw new Error(`Feedback ${feedback.id} has no thread entry for ${kind}.`);
  if (entry.kind === 'staff') {
    const staff = firstName({ name: entry.by ?? site.displayName, email: '' });
    const addressed = parts.toCustomer();
    return {
      ...addressed,
      from: { name: `${staff} – ${site.displayName}`, address: site.sender },
      ...renderStaffReply(feedback, site, staff, entry.text),
    };
  }
  const to = parts.delivery?.recipient ?? feedback.owner.email;
  const links = staffLinks(
    { publicUrl: context.config.publicUrl, signer: context.signer },
    feedback,
    to,
    kind,
    parts.delivery?.queuedAt,
  );
  return {
    ...parts.toStaff(to),
    ...renderStaffNotice('customerReply', feedback, site, { links, quote: entry.text }),
  };
}

function linkExpiry(feedback: Feedback, delivery: MailDelivery | undefined, action: string): number {
  // Opting out must keep working as long as we keep the address at all.
  if (action === 'unsubscribe') return feedback.expiresAt;
  const from = Date.parse(feedback.followUp?.at ?? delivery?.notBefore ?? feedback.createdAt);
  return Math.floor(from / 1000) + CUSTOMER_LINK_SECONDS;
}
