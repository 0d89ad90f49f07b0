import type { CustomerHistory, Feedback } from './feedback.ts';
import type { Priority } from './send-priority.ts';

/** One record with work due: a case or an incident, and how pressing its work is. */
export interface DueWork {
  kind: 'feedback' | 'incident';
  id: string;
  priority: Priority;
  at: string;
}

/** Storage of feedback records. Every write is a single-item conditional write. */
export interface FeedbackStore {
  /** Stores a new record unless one with its id exists; returns whichever is stored. */
  create(feedback: Feedback): Promise<{ created: boolean; feedback: Feedback }>;
  get(id: string): Promise<Feedback | undefined>;
  /** Replaces the record if it is still at `feedback.version - 1`; else throws ConflictError. */
  save(feedback: Feedback): Promise<void>;
  /** Earlier feedback by the same customer on the same site, newest first, without `excludeId`. */
  history(siteId: string, emailHash: string, excludeId: string, limit: number): Promise<CustomerHistory>;
  /** Ids of records with work due at or before `now`, oldest due first. */
  due(now: Date, limit: number): Promise<string[]>;
  /** Every record with work due at or before `now`, cases and incidents, most pressing first. */
  dueWork(now: Date, limit: number): Promise<DueWork[]>;
  /** Moves a record's due time (one that failed to process) so it does not block the others. */
  defer(id: string, until: Date, kind?: DueWork['kind']): Promise<void>;
  /** Takes a record out of the due index (it expired or vanished while something waited on it). */
  clearDue(id: string, kind?: DueWork['kind']): Promise<void>;
}

/**
 * Counters with a window, for rate limits. `member` makes a hit idempotent: the same member
 * counted twice in one window counts once (a retried send must not use up the quota twice).
 */
export interface Counters {
  hit(key: string, options: { limit: number; expiresAt: Date; member?: string }): Promise<boolean>;
  /** Forgets a counter, e.g. a claim whose work then failed. */
  release(key: string): Promise<void>;
}

export interface OutgoingEmail {
  /** The display name is always operator-configured (site name, staff name), never customer text. */
  from: { name: string; address: string };
  to: string[];
  replyTo?: string[];
  subject: string;
  text: string;
  html: string;
  headers?: { name: string; value: string }[];
  /**
   * The earlier emails of the same conversation, oldest first, by the id the mailer returned for
   * each: the mailer turns them into In-Reply-To and References as its provider writes Message-IDs.
   */
  references?: string[];
}

export interface Mailer {
  send(email: OutgoingEmail): Promise<{ messageId: string }>;
}

export interface Clock {
  now(): Date;
}

/** One structured log line per event; never personal data. */
export interface Logger {
  info(message: string, attributes?: Record<string, unknown>): void;
  warn(message: string, attributes?: Record<string, unknown>): void;
  error(message: string, attributes?: Record<string, unknown>): void;
}

export type SuppressionReason = 'bounce' | 'complaint' | 'unsubscribe';

/**
 * Addresses (by keyed hash) that must not get email: bounced, complained, or opted out. A
 * complaint about one site's mail (`siteId`) stops that site's mail only: the customer of one
 * shop who marked it as spam has not asked another shop to stop.
 */
export interface Suppressions {
  suppressed(emailHash: string, siteId?: string): Promise<SuppressionReason | undefined>;
  suppress(emailHash: string, reason: SuppressionReason, at: string, siteId?: string): Promise<void>;
}
