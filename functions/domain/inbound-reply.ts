import type { EarshotConfig } from '../config/schema.ts';
import { addEntry, queueMail, staffAnswered } from './case-events.ts';
import type { Feedback } from './feedback.ts';
import { mutate } from './mutate.ts';
import type { Clock, FeedbackStore } from './ports.ts';
import { parseReplyAddress, type Signer } from './reply-address.ts';
import { findPerson } from './routing.ts';
import { findSite } from './submit-feedback.ts';

/** An inbound email, already parsed and stripped of quoted history and signature. */
export interface InboundReply {
  recipients: string[];
  from: string;
  messageId?: string;
  text: string;
  attachments: number;
}

export type InboundOutcome = 'relayed' | 'rejected' | 'duplicate' | 'unknown';

export interface InboundDeps {
  config: EarshotConfig;
  store: FeedbackStore;
  clock: Clock;
  signer: Signer;
}

const MAX_TEXT = 10_000;
const MAX_THREAD = 200;
/** DynamoDB items stop at 400 KB; the whole case must stay well below, whatever the script. */
const MAX_RECORD_BYTES = 300_000;

/** Whether an address is a genuine reply address: the SMTP listener refuses mail that is not. */
export function isReplyAddress(signer: Signer, address: string): boolean {
  return parseReplyAddress(signer, address) !== undefined;
}

/**
 * A reply to a per-feedback address: stored on the thread, and relayed to the other party only
 * when it comes from the party the address belongs to. Anything else is kept, marked rejected.
 */
export async function receiveReply(reply: InboundReply, deps: InboundDeps): Promise<InboundOutcome> {
  const target = reply.recipients.map((address) => parseReplyAddress(deps.signer, address)).find(Boolean);
  if (!target) return 'unknown';
  const now = deps.clock.now().toISOString();
  let outcome: InboundOutcome = 'unknown';
  await mutate(deps.store, target.feedbackId, (current) => {
    if (reply.messageId && current.thread.some((entry) => entry.messageId === reply.messageId)) {
      outcome = 'duplicate';
      return undefined;
    }
    if (current.thread.length >= MAX_THREAD) {
      outcome = 'rejected';
      return undefined;
    }
    const site = findSite(deps.config, current.siteId);
    const sender = reply.from.trim().toLowerCase();
    const staff = target.party === 'staff' ? findPerson(site, sender) : undefined;
    const incoming = Math.min(reply.text.length, MAX_TEXT) * 3; // worst case: three UTF-8 bytes a character
    const full = new TextEncoder().encode(JSON.stringify(current)).length + incoming > MAX_RECORD_BYTES;
    const rejected = full
      ? 'the case is too long to add more'
      : whyRejected(current, target.party, sender, staff !== undefined, reply.text);
    let next = addEntry(current, {
      at: now,
      kind: target.party,
      ...(staff ? { by: staff.name } : {}),
      text: full ? '' : reply.text.slice(0, MAX_TEXT),
      ...(reply.messageId ? { messageId: reply.messageId } : {}),
      ...(rejected ? { rejected } : {}),
      ...(reply.attachments ? { attachments: reply.attachments } : {}),
    });
    outcome = rejected ? 'rejected' : 'relayed';
    if (rejected) return next;
    const entryId = next.thread.length;
    next = queueMail(
      next,
      `relay:${entryId}`,
      now,
      target.party === 'customer' ? current.owner.email : undefined,
    );
    return staff ? staffAnswered(next, staff, now, site) : next;
  });
  return outcome;
}

function whyRejected(
  feedback: Feedback,
  party: 'staff' | 'customer',
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
