import type { EarshotConfig } from '../config/schema.ts';
import { composeEmail, isOptional } from '../emails/compose.ts';
import { ackWithinBudget, noteHeldAck } from './ack-budget.ts';
import { applyTimers } from './case-events.ts';
import { claimDelivery, leaseFrom, settleDelivery, writeOutcome } from './delivery-lease.ts';
import { TransientSendError } from './errors.ts';
import { baseKind, type Feedback, type MailDelivery, type MailKind } from './feedback.ts';
import type { HeldMail } from './held-mail.ts';
import { mutate } from './mutate.ts';
import { deliverNotifications } from './notify/deliver.ts';
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
}

const MAX_BACKOFF_MS = 60_000;
const PERMANENT_ATTEMPTS = 3;
/** Transient failures (SES down, throttled) are retried this long before the email is dead-lettered. */
const GIVE_UP_AFTER_MS = 24 * 3_600_000;
const CUSTOMER_KINDS = new Set(['ack', 'claimed', 'checkin']);

/** A record that failed to process waits this long before the next try, behind the others. */
const DEFER_MS = 5 * 60_000;

/**
 * Processes every record with work due now; the local timer and the AWS sweep both call this.
 * One record that fails (a removed site, a full item) is logged and deferred: it must not stop
 * the records behind it. `until` stops starting new records near a caller's deadline.
 */
export async function runDueWork(
  deps: DispatchDeps,
  limit = 50,
  until = Number.POSITIVE_INFINITY,
): Promise<number> {
  const ids = await deps.store.due(deps.clock.now(), limit);
  let processed = 0;
  for (const id of ids) {
    if (Date.now() > until) break;
    try {
      await processFeedback(id, deps);
    } catch (error) {
      deps.logger.error('due work failed; deferred', { feedbackId: id, error: describe(error) });
      await deps.store.defer(id, new Date(deps.clock.now().getTime() + DEFER_MS));
    }
    processed += 1;
  }
  // Past the caller's deadline the notifications wait for the next round: they stay due.
  if (Date.now() <= until) await notifyAll(ids.slice(0, processed), deps);
  return processed;
}

/**
 * Chat and webhook deliveries of the records just handled, all side by side and only after
 * their emails: a target that hangs costs one bounded call, never an alert's delay.
 */
export async function notifyAll(ids: string[], deps: DispatchDeps): Promise<void> {
  await Promise.all(
    ids.map((id) =>
      deliverNotifications(id, deps).catch((error: unknown) =>
        deps.logger.error('notifications failed; will retry', { feedbackId: id, error: describe(error) }),
      ),
    ),
  );
}

/** Fires the timers that are due (escalation, check-in), then sends each email that is owed, once. */
export async function processFeedback(id: string, deps: DispatchDeps): Promise<void> {
  const now = deps.clock.now();
  const fresh = await deps.store.get(id);
  // Expired (or erased) with work still waiting: nothing is left to do it for.
  if (!fresh) return deps.store.clearDue(id);
  let orphaned = false;
  const timed = (current: Feedback) => {
    const site = deps.config.sites.find((candidate) => candidate.id === current.siteId);
    orphaned = !site;
    const assessed = current.triage ? current : assessSpreadRisk(current, site);
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
  const due = (Object.keys(feedback.mail) as MailKind[]).filter((kind) =>
    isMailDue(feedback.mail[kind], now),
  );
  // The staff alert first: it is the one that gets the customer an answer.
  due.sort((a, b) => Number(baseKind(b) === 'alert') - Number(baseKind(a) === 'alert'));
  let latest: Feedback | undefined = feedback;
  for (const kind of due) latest = await deliver(id, kind, deps, latest);
}

/** Sends one owed email; returns the record as last written here, to spare the next step a read. */
async function deliver(
  id: string,
  kind: MailKind,
  deps: DispatchDeps,
  known: Feedback | undefined,
): Promise<Feedback | undefined> {
  const now = deps.clock.now();
  const leaseUntil = leaseFrom(now);
  // Claiming is a conditional write: of two dispatchers racing here, exactly one wins.
  let abandoned = false;
  const claimed = await mutate(
    deps.store,
    id,
    (current) => {
      const delivery = current.mail[kind];
      if (!isMailDue(delivery, now)) return undefined;
      // Takeovers are counted apart from failed sends, so two throttles and one hung send do not
      // add up to a dead alert.
      const claim = claimDelivery(delivery, leaseUntil);
      abandoned = claim.abandoned;
      return withMail(current, kind, claim.delivery);
    },
    known,
  );
  const delivery = claimed?.mail[kind];
  if (abandoned && claimed) {
    deps.logger.error('email dead-lettered', { feedbackId: id, kind, error: 'claim expired repeatedly' });
    await tellUndelivered(claimed, kind, 'dead', deps);
  }
  if (!claimed || !delivery || abandoned) return claimed;

  let result: { messageId: string; subject?: string } | { skipped: string } | { held: string };
  const site = deps.config.sites.find((candidate) => candidate.id === claimed.siteId);
  try {
    const { skip, optedOut } = await reasonToSkip(claimed, kind, deps);
    if (skip) {
      result = { skipped: skip };
    } else if (site && isAutomatedCustomerMail(kind) && (await customerMailPaused(site, deps))) {
      result = { held: 'reputation-breaker' };
    } else if (kind === 'ack' && site && !(await ackWithinBudget(claimed, delivery, site, deps))) {
      result = { held: 'ack-budget' };
    } else {
      const history =
        baseKind(kind) === 'alert' && claimed.emailHash
          ? await deps.store.history(claimed.siteId, claimed.emailHash, claimed.id, 3)
          : undefined;
      const context = { config: deps.config, signer: deps.signer, history, optedOut };
      const email = composeEmail(kind, claimed, context, delivery);
      result = { ...(await deps.mailer.send(email)), subject: email.subject };
    }
  } catch (error) {
    const outcome = afterFailure(delivery, error, deps.clock.now());
    const settled = await settle(id, kind, leaseUntil, deps, outcome, claimed);
    const dead = outcome.state === 'dead';
    (dead ? deps.logger.error : deps.logger.warn)(
      dead ? 'email dead-lettered' : 'email not sent, will retry',
      {
        feedbackId: id,
        kind,
        attempts: delivery.attempts,
        error: describe(error),
      },
    );
    if (dead && settled) await tellUndelivered(settled, kind, 'dead', deps);
    return settled;
  }
  // Sent (or deliberately not): from here on, a failing write must never look like a failed
  // send, or the email would go out twice.
  const outcome: Partial<MailDelivery> =
    'skipped' in result
      ? { state: 'skipped', reason: result.skipped }
      : 'held' in result
        ? { state: 'held', reason: result.held }
        : {
            state: 'sent',
            sentAt: deps.clock.now().toISOString(),
            messageId: result.messageId,
            subject: result.subject,
          };
  const settled = await settle(id, kind, leaseUntil, deps, outcome, claimed);
  if ('held' in result && site) {
    if (result.held === 'ack-budget') await noteHeldAck(claimed, site, deps);
    else await deps.heldMail.hold(site.id, 'reputation-breaker', id);
  }
  if ('messageId' in result && site && isCustomerMail(claimed, kind)) await countCustomerSend(site, deps);
  if (settled && outcome.reason?.startsWith('suppressed'))
    await tellUndelivered(settled, kind, 'suppressed', deps);
  deps.logger.info(`email ${outcome.state}`, {
    feedbackId: id,
    kind,
    attempts: delivery.attempts,
    reason: outcome.reason,
  });
  return settled;
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

function afterFailure(delivery: MailDelivery, error: unknown, now: Date): Partial<MailDelivery> {
  // Anything but a known-transient failure (a template that throws, an address SES rejects) is
  // retried only a few times: a poison record must not block the queue or retry forever.
  // A transient failure (SES down, throttled) never uses up the permanent budget: only time does.
  const transient = error instanceof TransientSendError;
  const permanentFailures = (delivery.permanentFailures ?? 0) + (transient ? 0 : 1);
  const givingUp = transient
    ? now.getTime() - Date.parse(delivery.queuedAt ?? delivery.notBefore) > GIVE_UP_AFTER_MS
    : permanentFailures >= PERMANENT_ATTEMPTS;
  const counted = transient ? {} : { permanentFailures };
  if (givingUp) return { state: 'dead', lastError: describe(error), ...counted };
  const backoff = Math.min(MAX_BACKOFF_MS, 1000 * 2 ** (delivery.attempts - 1));
  return {
    ...counted,
    state: 'pending',
    notBefore: new Date(now.getTime() + backoff).toISOString(),
    lastError: describe(error),
  };
}

/** Records the outcome, but only while the claim is still ours (see delivery-lease.ts). */
function settle(
  id: string,
  kind: MailKind,
  leaseUntil: string,
  deps: DispatchDeps,
  outcome: Partial<MailDelivery>,
  known?: Feedback,
): Promise<Feedback | undefined> {
  const change = (current: Feedback) => {
    const settled = settleDelivery(current.mail[kind], leaseUntil, outcome);
    return settled ? withMail(current, kind, settled) : undefined;
  };
  return writeOutcome(
    (first) => mutate(deps.store, id, change, first ? known : undefined),
    (error) =>
      deps.logger.error('could not record an email outcome', {
        feedbackId: id,
        kind,
        error: describe(error),
      }),
  );
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

function withMail(feedback: Feedback, kind: MailKind, delivery: MailDelivery): Feedback {
  return { ...feedback, mail: { ...feedback.mail, [kind]: delivery } };
}

function describe(error: unknown): string {
  return error instanceof Error
    ? `${error.name}: ${error.message}`.slice(0, 300)
    : String(error).slice(0, 300);
}
