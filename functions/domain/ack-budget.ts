import type { EarshotConfig, SiteConfig } from '../config/schema.ts';
import { renderHeldMailNotice } from '../emails/held-acks-notice.ts';
import type { Feedback, MailDelivery } from './feedback.ts';
import type { HeldMail } from './held-mail.ts';
import type { Clock, Counters, FeedbackStore, Logger, Mailer } from './ports.ts';
import { signRelease } from './release-token.ts';
import type { Signer } from './reply-address.ts';

export interface AckBudgetDeps {
  config: EarshotConfig;
  store: FeedbackStore;
  counters: Counters;
  heldMail: HeldMail;
  mailer: Mailer;
  clock: Clock;
  signer: Signer;
  logger: Logger;
}

const HOUR_MS = 3_600_000;
/** The owner can release the held acknowledgements for this long after the notice. */
const RELEASE_LINK_DAYS = 7;

const hourOf = (now: Date) => now.toISOString().slice(0, 13);
const hourEnds = (now: Date, hours: number) =>
  new Date(Date.parse(`${hourOf(now)}:00:00Z`) + hours * HOUR_MS);

/**
 * At most `ackBudgetPerHour` acknowledgements per site each hour: a script that types a
 * thousand strangers' addresses into the form gets them stored and alerted, but does not turn
 * the site's sender into a mail cannon. Counted by feedback id, so a retried send counts once.
 * An acknowledgement the owner released is not counted again.
 */
export function ackWithinBudget(
  feedback: Feedback,
  delivery: MailDelivery,
  site: SiteConfig,
  deps: AckBudgetDeps,
) {
  if (delivery.budgetReleased) return Promise.resolve(true);
  const now = deps.clock.now();
  return deps.counters.hit(`ackbudget#${site.id}#${hourOf(now)}`, {
    limit: site.ackBudgetPerHour,
    expiresAt: hourEnds(now, 2),
    member: feedback.id,
  });
}

/**
 * Tells the owner, once an hour, that acknowledgements are being held. A notice that fails to
 * send frees its hour, so the next held acknowledgement tries again: the owner must not miss it.
 */
export async function tellOwnerAcksHeld(site: SiteConfig, deps: AckBudgetDeps) {
  const now = deps.clock.now();
  const key = `ackheld-notice#${site.id}#${hourOf(now)}`;
  if (!(await deps.counters.hit(key, { limit: 1, expiresAt: hourEnds(now, 2) }))) return;
  const token = signRelease(deps.signer, {
    siteId: site.id,
    e: Math.floor(now.getTime() / 1000) + RELEASE_LINK_DAYS * 86_400,
  });
  const releaseUrl = `${deps.config.publicUrl.replace(/\/$/, '')}/held/${token}`;
  try {
    await deps.mailer.send({
      from: { name: site.displayName, address: site.sender },
      to: [site.owner.email],
      ...renderHeldMailNotice(site, { releaseUrl }),
    });
    deps.logger.warn('acknowledgements held: hourly budget reached', { siteId: site.id });
  } catch (error) {
    await deps.counters.release(key);
    deps.logger.error('held-acknowledgement notice not sent', {
      siteId: site.id,
      error: error instanceof Error ? error.message : String(error),
    });
  }
}
