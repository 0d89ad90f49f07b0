import type { Locale, Person } from '../config/schema.ts';
import type { Triage } from './triage/index.ts';

export type { Locale, Person };

export type FeedbackStatus = 'open' | 'claimed' | 'resolved' | 'closed';

/** Every email Earshot sends about one feedback, each delivered at most once. */
export type MailKind = 'alert' | 'ack';

export type MailState = 'pending' | 'sending' | 'sent' | 'skipped' | 'dead';

/** Delivery record of one email: the conditional writes on it are what make sending exactly-once. */
export interface MailDelivery {
  state: MailState;
  attempts: number;
  /** Not to be tried before this time (retry backoff). */
  notBefore: string;
  /** While `sending`: the claim is someone else's until this time, then it may be taken over. */
  leaseUntil?: string;
  sentAt?: string;
  messageId?: string;
  lastError?: string;
  /** Why it was not sent (`skipped`), e.g. the daily acknowledgement limit for the address. */
  reason?: string;
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
  name?: string;
  email?: string;
  /** Salted hash of the normalised address: the key for history and limits. */
  emailHash?: string;
  locale: Locale;
  clientRequestId?: string;
  owner: Person;
  status: FeedbackStatus;
  /** The promise made to the customer: a first answer by this time. */
  respondBy: string;
  triage?: Triage;
  mail: Partial<Record<MailKind, MailDelivery>>;
  /** Epoch seconds after which the record is gone (retention). */
  expiresAt: number;
}

/** The customer's earlier feedback on the same site, shown in every staff alert. */
export interface CustomerHistory {
  count: number;
  recent: Pick<Feedback, 'id' | 'createdAt' | 'rating' | 'status' | 'message'>[];
}
