import type { EarshotConfig, SiteConfig } from '../config/schema.ts';
import { THREAD_CAP } from '../emails/thread-full-notice.ts';
import { addEntry, answerCheckIn, queueMail, staffAnswered } from './case-events.ts';
import { checkInAnswerFrom } from './check-in-reply.ts';
import { cleanText } from './clean-text.ts';
import type { Feedback, Person, ThreadEntry } from './feedback.ts';
import { answerIncident } from './incident-answer.ts';
import { parseIncidentReplyAddress } from './incident-links.ts';
import type { IncidentStore } from './incident-ports.ts';
import { scrubSecrets } from './mail-cut/index.ts';
import { mutate } from './mutate.ts';
import type { Clock, FeedbackStore } from './ports.ts';
import { secretRules, withinRelayLimit } from './relay-guard.ts';
import { parseReplyAddress, type ReplyParty, type Signer } from './reply-address.ts';
import { findPerson } from './routing.ts';
import { findSite } from './submit-feedback.ts';

/** An inbound email, already parsed and cut down to its new words. */
export interface InboundReply {
  recipients: string[];
  from: string;
  messageId?: string;
  /** The new words only: quoted history and signature cut away. */
  text: string;
  /** The whole text as received, when the cutting took something out. */
  original?: string;
  /** What the cutting took out (`quoted`, `signature`, `header-block`…). */
  cut?: string[];
  attachments: number;
  /** Why no person wrote this (an out-of-office, a delivery report), if so. */
  automatic?: string;
  /**
   * The receiving side's verdict on the sender (SES receipt verdicts in AWS). Absent locally,
   * where there are no verdicts and staff replies are accepted as they come.
   */
  authentication?: { passed: boolean; reason: string };
}

export type InboundOutcome = 'relayed' | 'rejected' | 'duplicate' | 'unknown';

export interface InboundDeps {
  config: EarshotConfig;
  store: FeedbackStore;
  clock: Clock;
  signer: Signer;
  /** Replies to an incident alert answer everyone in it. */
  incidents?: IncidentStore;
}

/** Each entry is bounded (its text and the email as received): a thread grows by entries, not by size. */
const MAX_TEXT = 10_000;
export const AUTOMATIC_NOTE = 'automatic reply, not forwarded';

/** Whether an address is a genuine reply address: mail to anything else is refused unread. */
export function isReplyAddress(signer: Signer, address: string): boolean {
  return (
    parseReplyAddress(signer, address) !== undefined ||
    parseIncidentReplyAddress(signer, address) !== undefined
  );
}

/**
 * A reply to a per-feedback address: stored on the thread, and relayed to the other party only
 * when a person from the party the address belongs to wrote it, and only its new words without
 * any of Earshot's secrets. Anything else is kept, marked with the reason it was not relayed.
 */
export async function receiveReply(reply: InboundReply, deps: InboundDeps): Promise<InboundOutcome> {
  const incidentId = reply.recipients
    .map((address) => parseIncidentReplyAddress(deps.signer, address))
    .find(Boolean);
  if (incidentId && deps.incidents)
    return answerIncident(incidentId, reply, { ...deps, incidents: deps.incidents });
  const target = reply.recipients.map((address) => parseReplyAddress(deps.signer, address)).find(Boolean);
  if (!target) return 'unknown';
  const now = deps.clock.now().toISOString();
  let outcome: InboundOutcome = 'unknown';
  await mutate(deps.store, target.feedbackId, (current) => {
    if (reply.messageId && current.thread.some((entry) => entry.messageId === reply.messageId)) {
      outcome = 'duplicate';
      return undefined;
    }
    if (current.thread.length >= THREAD_CAP) {
      outcome = 'rejected';
      return threadFull(current, reply, target.party, now, deps.config);
    }
    const next = receive(current, reply, target.party, now, deps.config);
    outcome = next.thread.at(-1)?.rejected ? 'rejected' : 'relayed';
    return next;
  });
  return outcome;
}

/**
 * The case is full: the writer is told once (per party, per case) instead of hearing nothing.
 * Automatic replies get no answer (two auto-responders must not talk forever), and on the staff
 * side only a configured staff member does.
 */
function threadFull(
  current: Feedback,
  reply: InboundReply,
  party: ReplyParty,
  now: string,
  config: EarshotConfig,
): Feedback | undefined {
  if (reply.automatic) return undefined;
  if (party === 'customer') {
    const fromCustomer = current.email && reply.from.trim().toLowerCase() === current.email.toLowerCase();
    return fromCustomer
      ? noChange(current, queueMail(current, 'notice:thread-full-customer', now))
      : undefined;
  }
  const staff = findPerson(findSite(config, current.siteId), reply.from);
  return staff
    ? noChange(current, queueMail(current, 'notice:thread-full-staff', now, staff.email))
    : undefined;
}

/** `undefined` when nothing changed, so the store is not written for nothing. */
const noChange = (before: Feedback, after: Feedback) => (after === before ? undefined : after);

function receive(
  current: Feedback,
  reply: InboundReply,
  party: ReplyParty,
  now: string,
  config: EarshotConfig,
): Feedback {
  const site = findSite(config, current.siteId);
  const sender = reply.from.trim().toLowerCase();
  const staff = party === 'staff' ? findPerson(site, sender) : undefined;
  // Stored text is clean text, whichever door it came in by (see clean-text.ts).
  const text = cleanText(reply.text);
  const scrubbed = scrubSecrets(text.slice(0, MAX_TEXT), secretRules(config, site, current));
  // Staff see every word that was not relayed: the email as received, or the uncut text it had.
  const received = reply.original ?? (scrubbed.removed.length ? reply.text : undefined);
  const original = received === undefined ? undefined : cleanText(received).slice(0, MAX_TEXT);
  const removed = [...(reply.cut ?? []), ...scrubbed.removed.map((secret) => secret.kind)];
  const entry: Omit<ThreadEntry, 'id'> = {
    at: now,
    kind: party,
    ...(staff ? { by: staff.name } : {}),
    text: scrubbed.text,
    ...(reply.messageId ? { messageId: reply.messageId } : {}),
    ...(reply.attachments ? { attachments: reply.attachments } : {}),
    ...(original ? { original } : {}),
    ...(removed.length ? { removed: [...new Set(removed)] } : {}),
  };
  const rejected = reply.automatic
    ? `${AUTOMATIC_NOTE} (${reply.automatic})`
    : whyRejected(current, party, sender, staff !== undefined, scrubbed.text);
  if (rejected) return addEntry(current, { ...entry, rejected });
  if (staff && reply.authentication && !reply.authentication.passed) {
    const reason = `sender not authenticated: ${reply.authentication.reason}`;
    const stored = addEntry(current, { ...entry, rejected: reason });
    return queueMail(stored, 'notice:unauthenticated', now, staff.email);
  }
  if (!withinRelayLimit(current, party, now)) {
    const stored = addEntry(current, { ...entry, rejected: 'relay limit reached: kept, not relayed' });
    return queueMail(stored, `notice:relay-limit-${party}`, now, current.owner.email);
  }
  if (party === 'customer' && current.followUp?.state === 'fired' && !current.followUp.answer) {
    return answeredByEmail(current, entry, scrubbed.text, now, site);
  }
  return relay(current, entry, party, staff, now, site);
}

function relay(
  current: Feedback,
  entry: Omit<ThreadEntry, 'id'>,
  party: ReplyParty,
  staff: Person | undefined,
  now: string,
  site: SiteConfig,
): Feedback {
  let next = addEntry(current, entry);
  const recipient = party === 'customer' ? current.owner.email : undefined;
  next = queueMail(next, `relay:${next.thread.length}`, now, recipient);
  return staff ? staffAnswered(next, staff, now, site) : next;
}

/**
 * A reply while the check-in waits is its answer. A clear yes closes the case and still reaches
 * the owner; anything else reopens it, and the reopened alert carries the customer's words.
 */
function answeredByEmail(
  current: Feedback,
  entry: Omit<ThreadEntry, 'id'>,
  text: string,
  now: string,
  site: SiteConfig,
): Feedback {
  const answer = checkInAnswerFrom(text);
  if (answer === 'yes') {
    const relayed = relay(current, entry, 'customer', undefined, now, site);
    return answerCheckIn(relayed, 'yes', undefined, now, site) ?? relayed;
  }
  const stored = addEntry(current, entry);
  return answerCheckIn(stored, 'no', text.slice(0, 2000), now, site) ?? stored;
}

function whyRejected(
  feedback: Feedback,
  party: ReplyParty,
  sender: string,
  isStaff: boolean,
  text: string,
): string | undefined {
  if (party === 'staff' && !isStaff) return 'sender is not staff of this site';
  if (party === 'customer' && sender !== feedback.email) return 'sender is not the customer';
  if (!text.trim()) return 'no text in the message';
  if (party === 'staff' && !feedback.email) return 'the customer left no email address';
  return undefined;
}
