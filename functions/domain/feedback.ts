import type { Locale, Person } from '../config/schema.ts';
import type { NotifyLedger } from './notify/ledger.ts';
import type { SpamVerdict } from './spam.ts';
import type { Triage } from './triage/types.ts';

export type { Locale, Person };

export type FeedbackStatus = 'open' | 'claimed' | 'resolved' | 'closed';

/**
 * Every email Earshot sends about one feedback, each delivered at most once. A kind may carry a
 * key after a colon when it can happen more than once: `relay:3` relays thread entry 3,
 * `alert:2` alerts the owner a feedback was reassigned to.
 */
export type BaseMailKind =
  | 'alert'
  | 'ack'
  | 'claimed'
  | 'escalation'
  | 'reminder'
  | 'checkin'
  | 'reopened'
  | 'relay'
  | 'notice'
  /** To the site's owner: a chat channel or webhook answered 410 Gone and was turned off. */
  | 'notify-off';
export type MailKind = BaseMailKind | `${BaseMailKind}:${string}`;

export function baseKind(kind: MailKind): BaseMailKind {
  return kind.split(':')[0] as BaseMailKind;
}

/** `held`: owed, but waiting for someone to release it (the site's acknowledgement budget). */
export type MailState = 'pending' | 'sending' | 'sent' | 'skipped' | 'held' | 'dead';

/** Delivery record of one email: the conditional writes on it are what make sending exactly-once. */
export interface MailDelivery {
  state: MailState;
  /** Sends tried, each claim one (a takeover too); sets the retry backoff. */
  attempts: number;
  /** Claims taken over after their lease ran out: a send whose outcome nobody recorded. */
  takeovers?: number;
  /** Failures that were not known to be transient; only these use up the permanent budget. */
  permanentFailures?: number;
  /** When this email was owed; retry give-up and link lifetimes count from here. */
  queuedAt?: string;
  /** Not to be tried before this time (retry backoff). */
  notBefore: string;
  /** While `sending`: the claim is someone else's until this time, then it may be taken over. */
  leaseUntil?: string;
  sentAt?: string;
  messageId?: string;
  /** The subject it went out with: later emails of its conversation answer to the first one's. */
  subject?: string;
  lastError?: string;
  /** Why it was not sent (`skipped`), e.g. the daily acknowledgement limit for the address. */
  reason?: string;
  /** An acknowledgement the owner released from the hourly budget: not held a second time. */
  budgetReleased?: true;
  /** Fixed at queueing time when the recipient may change later (an alert after a reassignment). */
  recipient?: string;
}

/** One line of the case's history: a message in either direction, or a change of status. */
export interface ThreadEntry {
  /** Position in the thread, as a string: also the key of its relay email (`relay:<id>`). */
  id: string;
  at: string;
  kind: 'customer' | 'staff' | 'event';
  /** For staff messages and events: who (a configured staff member's name). */
  by?: string;
  /** For a reassignment: to whom. */
  to?: string;
  text?: string;
  event?: 'claimed' | 'resolved' | 'reassigned' | 'escalated' | 'reopened' | 'recovered' | 'no-reply';
  /** Message-ID of an inbound email, so the same email delivered twice is stored once. */
  messageId?: string;
  /** Why an inbound message was stored but not relayed (wrong sender, no customer address…). */
  rejected?: string;
  attachments?: number;
  /** The inbound email as received, when the cutting took something out: staff see every word. */
  original?: string;
  /** What was taken out before relaying (quoted history, signature, an action link…), and why. */
  removed?: string[];
}

/** A clock that fires once: escalation when nobody answers, the check-in after a resolution. */
export interface Timer {
  at: string;
  state: 'waiting' | 'fired' | 'stopped';
}

export interface Feedback {
  id: string;
  siteId: string;
  createdAt: string;
  /** Optimistic lock: every save must name the version it read. */
  version: number;
  rating: number;
  message: string;
  desiredOutcome?: string;
  category?: string;
  pageUrl?: string;
  /** The page is not one of the site's: shown as plain text only, never linked or routed on. */
  pageUrlOffSite?: true;
  /** Kept but treated as a bot's: nothing is sent for it (see spam.ts). */
  spam?: SpamVerdict;
  name?: string;
  email?: string;
  /** Keyed hash of the canonical address (canonical-address.ts): history, limits, suppression. */
  emailHash?: string;
  locale: Locale;
  clientRequestId?: string;
  owner: Person;
  status: FeedbackStatus;
  /** The promise made to the customer: a first answer by this time. */
  respondBy: string;
  triage?: Triage;
  /** The incident this report was taken into (many customers, one problem); see incident.ts. */
  incident?: { id: string; joinedAt: string };
  mail: Partial<Record<MailKind, MailDelivery>>;
  thread: ThreadEntry[];
  claimedBy?: Person;
  firstRespondedAt?: string;
  resolvedAt?: string;
  closedAt?: string;
  /** How the case ended: the customer said we made it right, or not, or never answered. */
  outcome?: 'recovered' | 'not-recovered' | 'no-reply';
  escalation?: Timer;
  followUp?: Timer & { answer?: 'yes' | 'no'; comment?: string; closeAt?: string };
  /** Nonces of one-time action links already used (claim, resolve, check-in answers…). */
  usedTokens?: string[];
  /** Slack, Teams and webhook deliveries of this case's events (domain/notify/). */
  notify?: NotifyLedger;
  /** Epoch seconds after which the record is gone (retention). */
  expiresAt: number;
}

/** The customer's earlier feedback on the same site, shown in every staff alert. */
export interface CustomerHistory {
  count: number;
  recent: Pick<Feedback, 'id' | 'createdAt' | 'rating' | 'status' | 'outcome' | 'message'>[];
}
