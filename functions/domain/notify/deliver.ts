import type { NotifyTarget } from '../../config/notify-schema.ts';
import type { EarshotConfig, SiteConfig } from '../../config/schema.ts';
import { chatContent } from '../../notify/content.ts';
import { slackMessage } from '../../notify/slack.ts';
import { teamsMessage } from '../../notify/teams.ts';
import { webhookBody, webhookHeaders } from '../../notify/webhook.ts';
import { queueMail } from '../case-events.ts';
import { claimDelivery, leaseFrom, settleDelivery, writeOutcome } from '../delivery-lease.ts';
import type { Feedback } from '../feedback.ts';
import { staffLinks } from '../links.ts';
import { mutate } from '../mutate.ts';
import type { Clock, FeedbackStore, Logger } from '../ports.ts';
import type { Signer } from '../reply-address.ts';
import { caseEvents, eventId } from './events.ts';
import { isNotifyDue, type NotifyDelivery } from './ledger.ts';
import { type NotifyPorts, type NotifyRequest, OutboundRefusedError } from './ports.ts';
import { targetId } from './targets.ts';

export interface NotifyDeps {
  config: EarshotConfig;
  store: FeedbackStore;
  clock: Clock;
  logger: Logger;
  signer: Signer;
  notify: NotifyPorts;
}

const FIRST_BACKOFF_MS = 30_000;
const MAX_BACKOFF_MS = 3_600_000;
/** A target that keeps failing is tried for a day, like email, then the delivery is dead-lettered. */
const GIVE_UP_AFTER_MS = 24 * 3_600_000;

type Outcome = Partial<NotifyDelivery> & { gone?: boolean };

/**
 * Sends every notification of one case that is due, each once. One conditional write claims them
 * all, the calls run side by side (each bounded by the poster's timeout), and one write settles
 * them: a slow target delays no other target, and email never waits for any of them.
 */
export async function deliverNotifications(id: string, deps: NotifyDeps): Promise<void> {
  const now = deps.clock.now();
  const record = await deps.store.get(id);
  const due = dueKeys(record, now);
  if (!record || due.length === 0) return;
  const site = deps.config.sites.find((candidate) => candidate.id === record.siteId);
  const targets = new Map((site?.notify ?? []).map((target) => [targetId(target), target]));
  const off = new Set<string>();
  for (const target of new Set(due.map((key) => record.notify?.deliveries[key]?.target ?? ''))) {
    if (site && targets.has(target) && (await deps.notify.switches.isOff(site.id, target))) off.add(target);
  }

  const leaseUntil = leaseFrom(now);
  let claimedKeys: string[] = [];
  const claimed = await mutate(
    deps.store,
    id,
    (current) => {
      claimedKeys = [];
      const deliveries = { ...current.notify?.deliveries };
      let changed = false;
      for (const key of due) {
        const delivery = deliveries[key];
        if (!delivery || !isNotifyDue(delivery, now)) continue;
        changed = true;
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
      return changed ? withDeliveries(current, deliveries) : undefined;
    },
    record,
  );
  if (!claimed || !site || claimedKeys.length === 0) return;

  const outcomes = await Promise.all(
    claimedKeys.map(async (key) => {
      const delivery = claimed.notify?.deliveries[key] as NotifyDelivery;
      const target = targets.get(delivery.target) as NotifyTarget;
      return [key, await attempt(claimed, delivery, key, target, site, deps)] as const;
    }),
  );
  const gone = new Set<string>();
  for (const [key, outcome] of outcomes) {
    const target = claimed.notify?.deliveries[key]?.target;
    if (!outcome.gone || !target || gone.has(target)) continue;
    gone.add(target);
    const first = await deps.notify.switches.turnOff(site.id, target, now.toISOString(), '410 Gone');
    if (first) deps.logger.warn('notify target answered 410; turned off', { siteId: site.id, target });
    if (!first) gone.delete(target);
  }
  await settle(id, leaseUntil, new Map(outcomes), gone, site, deps, claimed);
  for (const [key, outcome] of outcomes) {
    const delivery = claimed.notify?.deliveries[key];
    const attributes = { feedbackId: id, key, attempts: delivery?.attempts, status: outcome.status };
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

function dueKeys(record: Feedback | undefined, now: Date): string[] {
  return Object.entries(record?.notify?.deliveries ?? {}).flatMap(([key, delivery]) =>
    isNotifyDue(delivery, now) ? [key] : [],
  );
}

async function attempt(
  feedback: Feedback,
  delivery: NotifyDelivery,
  key: string,
  target: NotifyTarget,
  site: SiteConfig,
  deps: NotifyDeps,
): Promise<Outcome> {
  let request: NotifyRequest;
  try {
    request = buildRequest(feedback, delivery, key, target, site, deps);
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

/** Renders the message for its target type. Rendered at send time, so it shows the case as it is now. */
export function buildRequest(
  feedback: Feedback,
  delivery: NotifyDelivery,
  key: string,
  target: NotifyTarget,
  site: SiteConfig,
  deps: Pick<NotifyDeps, 'config' | 'signer' | 'clock' | 'notify'>,
): NotifyRequest {
  const event = caseEvents(feedback).find((candidate) => candidate.key === delivery.event);
  if (!event) throw new Error(`Feedback ${feedback.id} no longer shows event ${delivery.event}.`);
  // The same signed pages as the alert's buttons, acting for the case's owner.
  const links = staffLinks(
    { publicUrl: deps.config.publicUrl, signer: deps.signer },
    feedback,
    feedback.owner.email,
    `notify:${key}`,
    delivery.queuedAt,
  );
  const json = { 'content-type': 'application/json' };
  if (target.type === 'webhook') {
    const body = webhookBody(event, feedback, links.thread);
    const secret = target.secret ?? '';
    const headers = webhookHeaders(eventId(feedback.id, event.key), deps.clock.now(), body, (content) =>
      deps.notify.signWebhook(secret, content),
    );
    return { url: target.url, body, headers: { ...json, ...headers } };
  }
  const content = chatContent(event, feedback, site, target, links);
  const message = target.type === 'slack' ? slackMessage(content) : teamsMessage(content);
  return { url: target.url, body: JSON.stringify(message), headers: json };
}

function retryOrGiveUp(delivery: NotifyDelivery, now: Date, reason: string): Outcome {
  if (now.getTime() - Date.parse(delivery.queuedAt) > GIVE_UP_AFTER_MS)
    return { state: 'dead', lastError: reason };
  const backoff = Math.min(MAX_BACKOFF_MS, FIRST_BACKOFF_MS * 2 ** (delivery.attempts - 1));
  return { state: 'pending', notBefore: new Date(now.getTime() + backoff).toISOString(), lastError: reason };
}

/**
 * Records every outcome whose claim is still ours, in one write. A target that just went away
 * turns off its other waiting deliveries on this case too, and the owner's email is queued
 * here, on the same record, so the dispatcher sends it exactly once.
 */
async function settle(
  id: string,
  leaseUntil: string,
  outcomes: Map<string, Outcome>,
  gone: Set<string>,
  site: SiteConfig,
  deps: NotifyDeps,
  known: Feedback,
): Promise<void> {
  const change = (current: Feedback): Feedback | undefined => {
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
    for (const target of gone) next = queueMail(next, `notify-off:${target}`, at, site.owner.email);
    return next;
  };
  await writeOutcome(
    (first) => mutate(deps.store, id, change, first ? known : undefined),
    (error) =>
      deps.logger.error('could not record notification outcomes', { feedbackId: id, error: describe(error) }),
  );
}

function withDeliveries(feedback: Feedback, deliveries: Record<string, NotifyDelivery>): Feedback {
  return { ...feedback, notify: { seen: feedback.notify?.seen ?? [], deliveries } };
}

function describe(error: unknown): string {
  return (error instanceof Error ? `${error.name}: ${error.message}` : String(error)).slice(0, 300);
}
