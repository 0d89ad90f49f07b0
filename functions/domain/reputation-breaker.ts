import type { EarshotConfig, SiteConfig } from '../config/schema.ts';
import { renderBreakerNotice } from '../emails/breaker-notice.ts';
import { addressesToSuppress, recordDeliveryProblem } from './delivery-problems.ts';
import { baseKind, type Feedback, type MailKind } from './feedback.ts';
import type { HeldMail } from './held-mail.ts';
import type { Clock, FeedbackStore, Logger, Mailer, Suppressions } from './ports.ts';
import { releaseHeld } from './release-held.ts';
import { type BreakerState, judge, type ReputationStore, type ReputationWindow } from './reputation.ts';
import { sitePeople } from './routing.ts';

export interface BreakerDeps {
  config: EarshotConfig;
  reputation: ReputationStore;
  mailer: Mailer;
  clock: Clock;
  logger: Logger;
}

const HOUR_MS = 3_600_000;
/** What the breaker pauses: mail the customer did not ask a person for. Staff answers still go. */
const AUTOMATED = new Set(['ack', 'claimed', 'checkin']);

export function isAutomatedCustomerMail(kind: MailKind): boolean {
  return AUTOMATED.has(baseKind(kind));
}

/** Mail that reaches the customer, automated or a staff answer: what the rates are rates of. */
export function isCustomerMail(feedback: Feedback, kind: MailKind): boolean {
  if (isAutomatedCustomerMail(kind)) return true;
  return (
    baseKind(kind) === 'relay' &&
    feedback.thread.find((entry) => `relay:${entry.id}` === kind)?.kind === 'staff'
  );
}

/**
 * The window the rates are judged over: the last `windowHours`, but never from before the
 * last resume (the bounces that tripped it must not trip it again). Hourly buckets: after a
 * resume the window starts with the next full hour.
 */
function windowStart(now: Date, state: BreakerState, config: EarshotConfig): Date {
  const start = now.getTime() - config.reputationBreaker.windowHours * HOUR_MS;
  const resumed = state.resumedAt ? Math.ceil(Date.parse(state.resumedAt) / HOUR_MS) * HOUR_MS : 0;
  return new Date(Math.max(start, resumed));
}

export async function breakerStatus(
  site: SiteConfig,
  deps: Pick<BreakerDeps, 'config' | 'reputation' | 'clock'>,
): Promise<{ state: BreakerState; window: ReputationWindow; from: Date }> {
  const now = deps.clock.now();
  const state = await deps.reputation.state(site.id);
  const from = windowStart(now, state, deps.config);
  const window =
    from.getTime() > now.getTime()
      ? { sent: 0, bounces: 0, complaints: 0 }
      : await deps.reputation.window(site.id, from, now);
  return { state, window, from };
}

/**
 * Before each automated customer email: is this site's customer mail paused? Judged afresh
 * from the window each time, and tripped by exactly one caller, which tells the owner (email)
 * and the operator (the log line below is counted by a metric filter with an alarm) once.
 */
export async function customerMailPaused(site: SiteConfig, deps: BreakerDeps): Promise<boolean> {
  const { state, window } = await breakerStatus(site, deps);
  if (state.state === 'tripped') return true;
  const verdict = judge(window, deps.config.reputationBreaker);
  if (!verdict.trip) return false;
  const rates = { bounceRate: verdict.bounceRate, complaintRate: verdict.complaintRate };
  const trippedAt = deps.clock.now().toISOString();
  if (await deps.reputation.trip(site.id, { state: 'tripped', trippedAt, ...rates })) {
    deps.logger.error('reputation breaker tripped', { siteId: site.id, ...window, ...rates });
    try {
      await deps.mailer.send({
        from: { name: site.displayName, address: site.sender },
        to: [site.owner.email],
        ...renderBreakerNotice(site, rates),
      });
    } catch (error) {
      deps.logger.error('reputation breaker notice not sent', {
        siteId: site.id,
        error: error instanceof Error ? error.message : String(error),
      });
    }
  }
  return true;
}

/** Counts one email that went to a customer of the site. */
export function countCustomerSend(site: SiteConfig, deps: Pick<BreakerDeps, 'reputation' | 'clock'>) {
  return deps.reputation.record(site.id, 'sent', deps.clock.now());
}

/**
 * An SES bounce or complaint: the address is suppressed (every site), and when it was a
 * customer of a site (not one of its staff) the site's rates count it. The site is the one whose
 * sender address the bounced email came from.
 */
export async function recordSesEvent(
  notification: unknown,
  deps: {
    config: EarshotConfig;
    reputation: ReputationStore;
    suppressions: Suppressions;
    hash(value: string): string;
    clock: Clock;
  },
): Promise<number> {
  const source = senderOf(notification);
  const site = deps.config.sites.find((candidate) => candidate.sender.toLowerCase() === source);
  const suppressed = await recordDeliveryProblem(notification, deps, site?.id);
  const problem = addressesToSuppress(notification);
  if (!problem || !site) return suppressed;
  const staff = new Set(sitePeople(site).map((person) => person.email.toLowerCase()));
  const event = problem.reason === 'complaint' ? 'complaints' : 'bounces';
  for (const address of problem.addresses) {
    if (!staff.has(address.trim().toLowerCase()))
      await deps.reputation.record(site.id, event, deps.clock.now());
  }
  return suppressed;
}

/** `mail.source` of an SES notification: `"Fjordkaffe" <feedback@example.com>` or the bare address. */
function senderOf(notification: unknown): string | undefined {
  const source = (notification as { mail?: { source?: unknown } })?.mail?.source;
  if (typeof source !== 'string') return undefined;
  return (/<([^>]+)>/.exec(source)?.[1] ?? source).trim().toLowerCase();
}

/** The operator's resume: the window starts afresh, and the paused customer mail is owed again. */
export async function resumeBreaker(
  siteId: string,
  deps: { reputation: ReputationStore; store: FeedbackStore; heldMail: HeldMail; clock: Clock },
): Promise<number> {
  await deps.reputation.resume(siteId, deps.clock.now().toISOString());
  return releaseHeld(siteId, 'reputation-breaker', deps);
}
