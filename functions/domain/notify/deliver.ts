import type { NotifyTarget } from '../../config/notify-schema.ts';
import type { EarshotConfig, SiteConfig } from '../../config/schema.ts';
import { claimDelivery, leaseFrom, settleDelivery, writeOutcome } from '../delivery-lease.ts';
import type { Clock, Logger } from '../ports.ts';
import type { Signer } from '../reply-address.ts';
import { isNotifyDue, type Notifiable, type NotifyDelivery } from './ledger.ts';
import { type NotifyPorts, type NotifyRequest, OutboundRefusedError } from './ports.ts';
import { targetId } from './targets.ts';

export interface NotifyDeps {
  config: EarshotConfig;
  clock: Clock;
  logger: Logger;
  signer: Signer;
  notify: NotifyPorts;
}

/** What the sender needs of a record with a notification ledger: a case or an incident. */
export interface LedgerSubject<T extends Notifiable & { siteId: string }> {
  /** Names the record in log lines (never personal data). */
  log: Record<string, string>;
  load(): Promise<T | undefined>;
  /** One conditional read-modify-write of the record (see mutate.ts). */
  mutate(change: (current: T) => T | undefined, known?: T): Promise<T | undefined>;
  /** Queues events not seen yet, in the claiming write; a case has done so already. */
  queue?(current: T, site: SiteConfig | undefined, now: string): T | undefined;
  /** The call for one delivery, rendered now, from the record as it now stands. */
  request(
    record: T,
    delivery: NotifyDelivery,
    key: string,
    target: NotifyTarget,
    site: SiteConfig,
  ): NotifyRequest;
  /**
   * A target answered 410 and this caller turned it off: queue the owner's email on the record, so
   * the dispatcher sends it exactly once. Without it, the 410 turns off only this delivery.
   */
  turnedOff?(record: T, target: string, site: SiteConfig, at: string): T;
}

const FIRST_BACKOFF_MS = 30_000;
const MAX_BACKOFF_MS = 3_600_000;
/** A target that keeps failing is tried for a day, like email, then the delivery is dead-lettered. */
const GIVE_UP_AFTER_MS = 24 * 3_600_000;

type Outcome = Partial<NotifyDelivery> & { gone?: boolean };

/**
 * Sends every notification of one record that is due, each once. One conditional write claims
 * them all, the calls run side by side (each bounded by the poster's timeout), and one write
 * settles them: a slow target delays no other target, and email never waits for any of them.
 */
export async function deliverLedger<T extends Notifiable & { siteId: string }>(
  subject: LedgerSubject<T>,
  deps: NotifyDeps,
): Promise<void> {
  const now = deps.clock.now();
  const at = now.toISOString();
  const loaded = await subject.load();
  if (!loaded) return;
  const site = deps.config.sites.find((candidate) => candidate.id === loaded.siteId);
  const queued = (current: T) => subject.queue?.(current, site, at) ?? current;
  // Events newly seen must be written down even when they owe nothing (a site without targets),
  // or the record would stay due for them and come back every round.
  const prepared = queued(loaded);
  if (dueKeys(prepared, now).length === 0 && prepared === loaded) return;
  const targets = new Map((site?.notify ?? []).map((target) => [targetId(target), target]));
  const off = new Set<string>();
  for (const target of targets.keys()) {
    if (site && (await deps.notify.switches.isOff(site.id, target))) off.add(target);
  }

  const leaseUntil = leaseFrom(now);
  let claimedKeys: string[] = [];
  const claimed = await subject.mutate((current) => {
    claimedKeys = [];
    const withQueue = queued(current);
    const deliveries = { ...withQueue.notify?.deliveries };
    for (const key of dueKeys(withQueue, now)) {
      const delivery = deliveries[key] as NotifyDelivery;
      const { leaseUntil: _expired, ...rest } = delivery;
      if (!targets.has(delivery.target)) {
        deliveries[key] = { ...rest, state: 'dead', lastError: 'target no longer configured' };
      } else if (off.has(delivery.target)) {
        deliveries[key] = { ...rest, state: 'off' };
      } else {
        const claim = claimDelivery(delivery, leaseUntil);
        deliveries[key] = claim.delivery;
        if (!claim.abandoned) claimedKeys.push(key);
      }
    }
    const next = withDeliveries(withQueue, deliveries);
    return JSON.stringify(next) === JSON.stringify(current) ? undefined : next;
  }, loaded);
  if (!claimed || !site || claimedKeys.length === 0) return;

  const outcomes = await Promise.all(
    claimedKeys.map(async (key) => {
      const delivery = claimed.notify?.deliveries[key] as NotifyDelivery;
      const target = targets.get(delivery.target) as NotifyTarget;
      return [key, await attempt(subject, claimed, delivery, key, target, site, deps)] as const;
    }),
  );
  const gone = new Set<string>();
  if (subject.turnedOff) {
    for (const [key, outcome] of outcomes) {
      const target = claimed.notify?.deliveries[key]?.target;
      if (!outcome.gone || !target || gone.has(target)) continue;
      if (await deps.notify.switches.turnOff(site.id, target, at, '410 Gone')) {
        gone.add(target);
        deps.logger.warn('notify target answered 410; turned off', { siteId: site.id, target });
      }
    }
  }
  await settle(subject, leaseUntil, new Map(outcomes), gone, site, deps, claimed);
  for (const [key, outcome] of outcomes) {
    const delivery = claimed.notify?.deliveries[key];
    const attributes = { ...subject.log, key, attempts: delivery?.attempts, status: outcome.status };
    if (outcome.state === 'sent') deps.logger.info('notification sent', attributes);
    else if (outcome.state === 'dead')
      deps.logger.error('notification dead-lettered', { ...attributes, error: outcome.lastError });
    else
      deps.logger.warn('notification not sent', {
        ...attributes,
        state: outcome.state,
        error: outcome.lastError,
      });
  }
}

function dueKeys(record: Notifiable, now: Date): string[] {
  return Object.entries(record.notify?.deliveries ?? {}).flatMap(([key, delivery]) =>
    isNotifyDue(delivery, now) ? [key] : [],
  );
}

async function attempt<T extends Notifiable & { siteId: string }>(
  subject: LedgerSubject<T>,
  record: T,
  delivery: NotifyDelivery,
  key: string,
  target: NotifyTarget,
  site: SiteConfig,
  deps: NotifyDeps,
): Promise<Outcome> {
  let request: NotifyRequest;
  try {
    request = subject.request(record, delivery, key, target, site);
  } catch (error) {
    return { state: 'dead', lastError: describe(error) };
  }
  try {
    const { status } = await deps.notify.poster.post(request);
    if (status >= 200 && status < 300) {
      return { state: 'sent', status, sentAt: deps.clock.now().toISOString(), lastError: undefined };
    }
    if (status === 410) return { state: 'off', status, gone: true, lastError: '410 Gone' };
    const reason = status >= 300 && status < 400 ? `${status}: redirects are not followed` : `HTTP ${status}`;
    return { ...retryOrGiveUp(delivery, deps.clock.now(), reason), status };
  } catch (error) {
    if (error instanceof OutboundRefusedError) return { state: 'dead', lastError: describe(error) };
    return retryOrGiveUp(delivery, deps.clock.now(), describe(error));
  }
}

function retryOrGiveUp(delivery: NotifyDelivery, now: Date, reason: string): Outcome {
  if (now.getTime() - Date.parse(delivery.queuedAt) > GIVE_UP_AFTER_MS)
    return { state: 'dead', lastError: reason };
  const backoff = Math.min(MAX_BACKOFF_MS, FIRST_BACKOFF_MS * 2 ** (delivery.attempts - 1));
  return { state: 'pending', notBefore: new Date(now.getTime() + backoff).toISOString(), lastError: reason };
}

/**
 * Records every outcome whose claim is still ours, in one write. A target that just went away
 * turns off its other waiting deliveries on this record too, and the owner's email is queued here.
 */
async function settle<T extends Notifiable & { siteId: string }>(
  subject: LedgerSubject<T>,
  leaseUntil: string,
  outcomes: Map<string, Outcome>,
  gone: Set<string>,
  site: SiteConfig,
  deps: NotifyDeps,
  known: T,
): Promise<void> {
  const change = (current: T): T | undefined => {
    const deliveries = { ...current.notify?.deliveries };
    let changed = false;
    for (const [key, { gone: _gone, ...outcome }] of outcomes) {
      const settled = settleDelivery(deliveries[key], leaseUntil, outcome as Partial<NotifyDelivery>);
      if (!settled) continue;
      deliveries[key] = settled;
      changed = true;
    }
    for (const [key, delivery] of Object.entries(deliveries)) {
      if (gone.has(delivery.target) && delivery.state === 'pending')
        deliveries[key] = { ...delivery, state: 'off' };
    }
    if (!changed) return undefined;
    let next = withDeliveries(current, deliveries);
    const at = deps.clock.now().toISOString();
    for (const target of gone) next = subject.turnedOff?.(next, target, site, at) ?? next;
    return next;
  };
  await writeOutcome(
    (first) => subject.mutate(change, first ? known : undefined),
    (error) =>
      deps.logger.error('could not record notification outcomes', { ...subject.log, error: describe(error) }),
  );
}

function withDeliveries<T extends Notifiable>(record: T, deliveries: Record<string, NotifyDelivery>): T {
  return { ...record, notify: { seen: record.notify?.seen ?? [], deliveries } };
}

export function describe(error: unknown): string {
  return (error instanceof Error ? `${error.name}: ${error.message}` : String(error)).slice(0, 300);
}
