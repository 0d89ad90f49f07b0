import type { EarshotConfig } from '../config/schema.ts';

/** What one site's customer mail did in a window: sent, bounced for good, marked as spam. */
export interface ReputationWindow {
  sent: number;
  bounces: number;
  complaints: number;
}

export type ReputationEvent = keyof ReputationWindow;

/** A site's breaker: closed (mail flows) unless it tripped and nobody resumed it since. */
export interface BreakerState {
  state: 'closed' | 'tripped';
  trippedAt?: string;
  /** The rates that tripped it, as fractions. */
  bounceRate?: number;
  complaintRate?: number;
  /** The window counts afresh from here: what tripped the breaker does not trip it again. */
  resumedAt?: string;
}

/** Hourly counts per site, and the breaker's state; each write a single-item conditional write. */
export interface ReputationStore {
  record(siteId: string, event: ReputationEvent, at: Date): Promise<void>;
  window(siteId: string, from: Date, to: Date): Promise<ReputationWindow>;
  state(siteId: string): Promise<BreakerState>;
  /** True for the one caller that moved it from closed to tripped. */
  trip(siteId: string, state: BreakerState & { state: 'tripped' }): Promise<boolean>;
  resume(siteId: string, at: string): Promise<void>;
}

export type Verdict = { trip: false } | { trip: true; bounceRate: number; complaintRate: number };

/** Pure: whether a window's rates pass the configured thresholds, given enough mail to judge. */
export function judge(window: ReputationWindow, limits: EarshotConfig['reputationBreaker']): Verdict {
  if (window.sent < limits.minimumSends) return { trip: false };
  const bounceRate = window.bounces / window.sent;
  const complaintRate = window.complaints / window.sent;
  return bounceRate >= limits.bounceRate || complaintRate >= limits.complaintRate
    ? { trip: true, bounceRate, complaintRate }
    : { trip: false };
}
