import type { EarshotConfig } from '../config/schema.ts';
import { composeEmail, isOptional } from '../emails/compose.ts';
import { ackWithinBudget, tellOwnerAcksHeld } from './ack-budget.ts';
import { applyTimers } from './case-events.ts';
import { type DeliveryTarget, deliverOnce, describe } from './deliver-once.ts';
import { baseKind, type Feedback, type MailKind } from './feedback.ts';
import type { HeldMail } from './held-mail.ts';
import { inParallel } from './in-parallel.ts';
import { groupIntoIncident, processIncident } from './incident-dispatch.ts';
import type { IncidentStore } from './incident-ports.ts';
import { mutate } from './mutate.ts';
import { deliverNotifications } from './notify/case-notifications.ts';
import { deliverIncidentNotifications } from './notify/incident-notifications.ts';
import { queueNotifications } from './notify/ledger.ts';
import type { NotifyPorts } from './notify/ports.ts';
import type { Clock, Counters, FeedbackStore, Logger, Mailer, Suppressions } from './ports.ts';
import type { Signer } from './reply-address.ts';
import type { ReputationStore } from './reputation.ts';
import {
  countCustomerSend,
  customerMailPaused,
  isAutomatedCustomerMail,
  isCustomerMail,
} from './reputation-breaker.ts';
import { isMailDue } from './schedule.ts';
import type { SendPacer } from './send-pacer.ts';
import { mailPriority } from './send-priority.ts';
import { type SendJob, sendQueue } from './send-queue.ts';
import { assessSpreadRisk } from './spread-risk.ts';
import { tellUndelivered } from './undelivered.ts';

export interface DispatchDeps {
  config: EarshotConfig;
  store: FeedbackStore;
  mailer: Mailer;
  counters: Counters;
  suppressions: Suppressions;
  clock: Clock;
  signer: Signer;
  logger: Logger;
  /** Slack, Teams and webhooks: sent after the emails, never in their way. */
  notify: NotifyPorts;
  heldMail: HeldMail;
  reputation: ReputationStore;
  hash(value: string): string;
  /** Keeps sends inside the deployment's `maxSendRate`; absent, nothing waits. */
  pacer?: SendPacer;
  /** Complaint storms; absent, every feedback is alerted on its own. */
  incidents?: IncidentStore;
}

const CUSTOMER_KINDS = new Set(['ack', 'claimed', 'checkin']);

/** A record that failed to process waits this long before the next try, behind the others. */
const DEFER_MS = 5 * 60_000;

const PREPARE_CONCURRENCY = 8;
/**
 * Sends per round, in seconds of the send rate: long enough that the round's own reads do not
 * leave the rate's seconds unused, short enough that urgent work arriving now is in the next round.
 */
const ROUND_SECONDS = 1;

/**
 * Processes every record with work due now; the local timer and the AWS sweep both call this.
 * Each record is brought up to date (spread risk, incident, timers) and the emails it owes join
 * the round's send queue at once, most pressing first; sending runs while the others are still
 * being prepared, and once they are, stops at one second's worth of the send rate, so that an
 * urgent alert arriving now waits for about that, not for the whole backlog.
 * One record that fails (a removed site, a full item) is logged and deferred: it must not stop
 * the records behind it. `until` stops starting new records near a caller's deadline.
 */
export async function runDueWork(
  deps: DispatchDeps,
  limit = 50,
  until = Number.POSITIVE_INFINITY,
): Promise<number> {
  const budget = Math.max(1, Math.ceil(deps.config.maxSendRate * ROUND_SECONDS));
  const entries = await deps.store.dueWork(deps.clock.now(), limit);
  const known = new Map<string, Feedback>();
  const sending = feedbackSender(known, deps, budget, until);
  let processed = 0;
  // Records are independent (one conditional write each), so a few are brought up to date at once.
  await inParallel(entries, PREPARE_CONCURRENCY, async (entry) => {
    if (Date.now() > until) return;
    try {
      if (entry.kind === 'incident') {
        if (deps.incidents) await processIncident(entry.id, { ...deps, incidents: deps.incidents });
      } else {
        const feedback = await prepareFeedback(entry.id, deps);
        if (feedback) {
          known.set(feedback.id, feedback);
          sending.push(owedEmails(feedback, deps.clock.now()));
        }
      }
    } catch (error) {
      deps.logger.error('due work failed; deferred', {
        [`${entry.kind}Id`]: entry.id,
        error: describe(error),
      });
      await deps.store.defer(entry.id, new Date(deps.clock.now().getTime() + DEFER_MS), entry.kind);
    }
    processed += 1;
  });
  await sending.finish();
  const handled = (kind: string) => entries.filter((entry) => entry.kind === kind).map((entry) => entry.id);
  // Past the caller's deadline the notifications wait for the next round: they stay due.
  if (Date.now() <= until) await notifyAll(handled('feedback'), deps, handled('incident'), known);
  return processed;
}

/**
 * Chat and webhook deliveries of the records just handled, all side by side and only after
 * their emails: a target that hangs costs one bounded call, never an alert's delay.
 */
export async function notifyAll(
  ids: string[],
  deps: DispatchDeps,
  incidentIds: string[] = [],
  known?: ReadonlyMap<string, Feedback>,
): Promise<void> {
  const failed = (attributes: Record<string, string>) => (error: unknown) =>
    deps.logger.error('notifications failed; will retry', { ...attributes, error: describe(error) });
  const incidents = deps.incidents;
  await Promise.all([
    ...ids.map((id) => deliverNotifications(id, deps, known?.get(id)).catch(failed({ feedbackId: id }))),
    ...(incidents
      ? incidentIds.map((id) =>
          deliverIncidentNotifications(id, { ...deps, incidents }).catch(failed({ incidentId: id })),
        )
      : []),
  ]);
}

/** Fires the timers that are due (escalation, check-in), then sends each email that is owed, once. */
export async function processFeedback(id: string, deps: DispatchDeps): Promise<void> {
  const feedback = await prepareFeedback(id, deps);
  if (!feedback) return;
  const sending = feedbackSender(new Map([[id, feedback]]), deps);
  sending.push(owedEmails(feedback, deps.clock.now()));
  await sending.finish();
}

/** Scores, groups and times a record once; returns it as it now stands, or undefined if it is gone. */
async function prepareFeedback(id: string, deps: DispatchDeps): Promise<Feedback | undefined> {
  const now = deps.clock.now();
  const fresh = await deps.store.get(id);
  // Expired (or erased) with work still waiting: nothing is left to do it for.
  if (!fresh) {
    await deps.store.clearDue(id);
    return undefined;
  }
  // Before its first alert, a complaint may turn out to be one more report of a known problem.
  const incident =
    deps.incidents && !fresh.triage && !fresh.incident
      ? await groupIntoIncident(fresh, { ...deps, incidents: deps.incidents })
      : undefined;
  let orphaned = false;
  const timed = (current: Feedback) => {
    const site = deps.config.sites.find((candidate) => candidate.id === current.siteId);
    orphaned = !site;
    const joined = incident && !current.incident && !current.triage ? incident(current) : current;
    const assessed = joined.triage ? joined : assessSpreadRisk(joined, site);
    const next = site ? applyTimers(assessed, now.toISOString(), site) : abandonRemovedSite(assessed);
    const scored = next ?? assessed;
    // Events the record now shows become chat and webhook deliveries in this same write.
    const queued = queueNotifications(scored, site?.notify ?? [], now.toISOString());
    return queued ?? next ?? (assessed === current ? undefined : assessed);
  };
  // Scored and timed once for the copy just read; a retry after a conflict starts from its own read.
  const first = timed(fresh);
  const change = (current: Feedback) => (current === fresh ? first : timed(current));
  const feedback = first ? ((await mutate(deps.store, id, change, fresh)) ?? fresh) : fresh;
  if (orphaned && feedback !== fresh) {
    deps.logger.error('emails dead-lettered: site no longer configured', {
      feedbackId: id,
      siteId: fresh.siteId,
    });
  }
  return feedback;
}

function owedEmails(feedback: Feedback, now: Date): SendJob[] {
  return (Object.keys(feedback.mail) as MailKind[])
    .filter((kind) => isMailDue(feedback.mail[kind], now))
    .map((kind) => ({
      id: feedback.id,
      kind,
      priority: mailPriority(feedback, kind),
      at: feedback.mail[kind]?.notBefore ?? feedback.createdAt,
    }));
}

/** Sends in flight at once: each waits mostly on SES and DynamoDB, so a few keep the rate full. */
const SEND_CONCURRENCY = 8;

/** The round's sender: paced, exactly once per email, and the round stops when SES says "not now". */
function feedbackSender(
  known: Map<string, Feedback>,
  deps: DispatchDeps,
  budget = Number.POSITIVE_INFINITY,
  until = Number.POSITIVE_INFINITY,
) {
  const queue = sendQueue({
    senders: SEND_CONCURRENCY,
    budget,
    until,
    async send(job) {
      await deps.pacer?.take(job.priority);
      const { record, transientFailure } = await deliverOnce(
        feedbackTarget(job.id, deps),
        job.kind,
        deps,
        known.get(job.id),
      );
      if (record) known.set(job.id, record);
      else known.delete(job.id);
      // What is left keeps its place in the order for the next round instead of being skipped past.
      if (transientFailure) queue.stop();
    },
  });
  return queue;
}

/** How the delivery protocol reaches a case and renders its emails. */
function feedbackTarget(id: string, deps: DispatchDeps): DeliveryTarget<Feedback> {
  return {
    log: { feedbackId: id },
    mutate: (change, known) => mutate(deps.store, id, change, known),
    async prepare(claimed, kind, delivery) {
      const mailKind = kind as MailKind;
      const site = deps.config.sites.find((candidate) => candidate.id === claimed.siteId);
      const { skip, optedOut } = await reasonToSkip(claimed, mailKind, deps);
      if (skip) return { skipped: skip };
      // A held email is listed for its release before its record says `held`: the other order
      // could leave an email held that no release ever finds.
      if (site && isAutomatedCustomerMail(mailKind) && (await customerMailPaused(site, deps))) {
        await deps.heldMail.hold(site.id, 'reputation-breaker', claimed.id);
        return { held: 'reputation-breaker' };
      }
      if (kind === 'ack' && site && !(await ackWithinBudget(claimed, delivery, site, deps))) {
        await deps.heldMail.hold(site.id, 'ack-budget', claimed.id);
        return { held: 'ack-budget' };
      }
      const history =
        baseKind(mailKind) === 'alert' && claimed.emailHash
          ? await deps.store.history(claimed.siteId, claimed.emailHash, claimed.id, 3)
          : undefined;
      const context = { config: deps.config, signer: deps.signer, history, optedOut };
      return composeEmail(mailKind, claimed, context, delivery);
    },
    async settled(record, claimed, kind, outcome) {
      const mailKind = kind as MailKind;
      const site = deps.config.sites.find((candidate) => candidate.id === claimed.siteId);
      if (outcome.state === 'dead' && record) await tellUndelivered(record, mailKind, 'dead', deps);
      if (outcome.state === 'held' && outcome.reason === 'ack-budget' && site)
        await tellOwnerAcksHeld(site, deps);
      if (outcome.state === 'sent' && site && isCustomerMail(claimed, mailKind))
        await countCustomerSend(site, deps);
      if (record && outcome.reason?.startsWith('suppressed'))
        await tellUndelivered(record, mailKind, 'suppressed', deps);
    },
  };
}

/**
 * The site was removed from the config: nobody can be alerted or answer for it any more, so its
 * owed emails are dead-lettered (visible, not retried) and its clocks stopped.
 */
function abandonRemovedSite(feedback: Feedback): Feedback | undefined {
  const lastError = `site "${feedback.siteId}" is no longer configured`;
  const mail = Object.fromEntries(
    Object.entries(feedback.mail).map(([kind, delivery]) =>
      delivery && (delivery.state === 'pending' || delivery.state === 'sending')
        ? [kind, { ...delivery, state: 'dead', lastError, leaseUntil: undefined }]
        : [kind, delivery],
    ),
  ) as Feedback['mail'];
  const stop = <T extends { state: string }>(timer: T | undefined) =>
    timer?.state === 'waiting' ? { ...timer, state: 'stopped' as const } : timer;
  const next = {
    ...feedback,
    mail,
    escalation: stop(feedback.escalation),
    followUp: stop(feedback.followUp),
  };
  return JSON.stringify(next) === JSON.stringify(feedback) ? undefined : next;
}

/**
 * Never to an address that bounced or complained; optional mail never to one that opted out, and
 * to one that did, nothing optional inside a receipt either (`optedOut`).
 */
async function reasonToSkip(
  feedback: Feedback,
  kind: MailKind,
  deps: DispatchDeps,
): Promise<{ skip?: string; optedOut: boolean }> {
  const toCustomer =
    CUSTOMER_KINDS.has(baseKind(kind)) ||
    (baseKind(kind) === 'relay' &&
      feedback.thread.find((entry) => `relay:${entry.id}` === kind)?.kind === 'staff');
  if (!toCustomer || !feedback.emailHash) return { optedOut: false };
  const suppressed = await deps.suppressions.suppressed(feedback.emailHash, feedback.siteId);
  const optedOut = suppressed === 'unsubscribe';
  if (suppressed === 'bounce' || suppressed === 'complaint')
    return { skip: `suppressed: ${suppressed}`, optedOut };
  if (optedOut && isOptional(kind)) return { skip: 'unsubscribed', optedOut };
  if (baseKind(kind) === 'ack' && !(await withinAckLimit(feedback, deps)))
    return { skip: 'daily-limit', optedOut };
  return { optedOut };
}

/**
 * At most `ackLimitPerDay` acknowledgements to one address a day, so the form cannot be used to
 * flood a stranger's inbox. Counting by feedback id keeps a retried send from using up the quota.
 */
function withinAckLimit(feedback: Feedback, deps: DispatchDeps): Promise<boolean> {
  const day = deps.clock.now().toISOString().slice(0, 10);
  const expiresAt = new Date(Date.parse(`${day}T00:00:00Z`) + 2 * 86_400_000);
  // By the canonical address's hash: dot and +tag spellings of one inbox share one quota.
  return deps.counters.hit(`ack#${feedback.emailHash}#${day}`, {
    limit: deps.config.ackLimitPerDay,
    expiresAt,
    member: feedback.id,
  });
}
