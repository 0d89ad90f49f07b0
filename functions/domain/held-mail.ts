/**
 * Why owed mail is held rather than sent: the site's hourly acknowledgement budget, or its
 * reputation breaker. Each is released on its own (the owner's link; the operator's resume).
 */
export type HeldPool = 'ack-budget' | 'reputation-breaker';

/**
 * The records with mail held back, by site and pool: the list a release works through. Nothing in
 * it is lost: each held email also says `held` (with the pool as its reason) on its own record.
 */
export interface HeldMail {
  hold(siteId: string, pool: HeldPool, feedbackId: string): Promise<void>;
  list(siteId: string, pool: HeldPool): Promise<string[]>;
  forget(siteId: string, pool: HeldPool, feedbackIds: string[]): Promise<void>;
}
