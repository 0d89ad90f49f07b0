import { addressKey, normaliseEmail } from './canonical-address.ts';
import { ValidationError } from './errors.ts';
import type { Feedback } from './feedback.ts';
import type { Clock } from './ports.ts';

/** How many acknowledgements went to the address on one day, and for which feedback. */
export interface AckCounter {
  key: string;
  day: string;
  feedbackIds: string[];
  expiresAt: number;
}

/** "Never email this address again" (bounce, complaint, unsubscribe): kept by hash on erasure. */
export type SuppressionEntry = { emailHash: string } & Record<string, unknown>;

export interface CustomerData {
  feedback: Feedback[];
  counters: AckCounter[];
  suppression?: SuppressionEntry;
}

/** Everything stored under one customer's hashed address, on every site, configured or not. */
export interface CustomerDataStore {
  /** All of it, including records past retention that DynamoDB has not removed yet. */
  findCustomer(emailHash: string): Promise<CustomerData>;
  deleteFeedback(id: string): Promise<void>;
  deleteCounter(key: string): Promise<void>;
  /** An incident keeps the start of each report's message in a member item of its own. */
  deleteIncidentMember(incidentId: string, feedbackId: string): Promise<void>;
  /** Leaves the suppression entry in place, so they are never mailed again, with nothing but the hash. */
  reduceSuppressionToHash(emailHash: string): Promise<void>;
}

export interface PrivacyDeps {
  data: CustomerDataStore;
  hash(value: string): string;
  clock: Clock;
}

/** What a data-access request (GDPR Art. 15) or a portability request (Art. 20) gets back. */
export interface CustomerExport {
  exportedAt: string;
  email: string;
  feedback: Feedback[];
  acknowledgementCounters: AckCounter[];
  /** Present when we keep them off our mailing list; only the hash and why are stored. */
  suppression?: SuppressionEntry;
}

export interface ErasureReport {
  feedback: number;
  counters: number;
  /** The suppression entry stays (hash only) so an erased customer is not emailed again. */
  suppressionKept: boolean;
}

function customerHash(email: string, deps: PrivacyDeps): { email: string; emailHash: string } {
  const normalised = normaliseEmail(email);
  if (!/^[^\s@]+@[^\s@]+$/.test(normalised)) {
    throw new ValidationError(`"${email}" is not an email address.`, { email: 'not an email address' });
  }
  return { email: normalised, emailHash: addressKey(normalised, deps.hash) };
}

/** Everything stored about the customer that is still within retention, across all sites. */
export async function exportCustomer(email: string, deps: PrivacyDeps): Promise<CustomerExport> {
  const subject = customerHash(email, deps);
  const now = deps.clock.now();
  const live = (expiresAt: number | undefined) =>
    expiresAt === undefined || expiresAt > Math.floor(now.getTime() / 1000);
  const found = await deps.data.findCustomer(subject.emailHash);
  return {
    exportedAt: now.toISOString(),
    email: subject.email,
    feedback: found.feedback
      .filter((feedback) => live(feedback.expiresAt))
      .sort((a, b) => a.createdAt.localeCompare(b.createdAt)),
    acknowledgementCounters: found.counters.filter((counter) => live(counter.expiresAt)),
    ...(found.suppression ? { suppression: found.suppression } : {}),
  };
}

/**
 * The right to erasure (Art. 17): every feedback record (the thread, the delivery state and the
 * idempotency key are inside it, and so is any pending schedule), the excerpt an incident keeps
 * of each of its reports, and the acknowledgement counters. Records past retention go too: they are still on disk until DynamoDB removes them.
 */
export async function eraseCustomer(email: string, deps: PrivacyDeps): Promise<ErasureReport> {
  const { emailHash } = customerHash(email, deps);
  const found = await deps.data.findCustomer(emailHash);
  for (const feedback of found.feedback) {
    if (feedback.incident) await deps.data.deleteIncidentMember(feedback.incident.id, feedback.id);
    await deps.data.deleteFeedback(feedback.id);
  }
  for (const counter of found.counters) await deps.data.deleteCounter(counter.key);
  if (found.suppression) await deps.data.reduceSuppressionToHash(emailHash);
  return {
    feedback: found.feedback.length,
    counters: found.counters.length,
    suppressionKept: found.suppression !== undefined,
  };
}
