import type { EarshotConfig } from '../config/schema.ts';
import { composeEmail, isOptional } from '../emails/compose.ts';
import { applyTimers } from './case-events.ts';
import { TransientSendError } from './errors.ts';
import { baseKind, type Feedback, type MailDelivery, type MailKind } from './feedback.ts';
import { mutate } from './mutate.ts';
import type { Clock, Counters, FeedbackStore, Logger, Mailer, Suppressions } from './ports.ts';
import type { Signer } from './reply-address.ts';
import { isMailDue } from './schedule.ts';
import { findSite } from './submit-feedback.ts';

export interface DispatchDeps {
  config: EarshotConfig;
  store: FeedbackStore;
  mailer: Mailer;
  counters: Counters;
  suppressions: Suppressions;
  clock: Clock;
  signer: Signer;
  logger: Logger;
}

/** A claim older than this is presumed dead (crashed sender) and may be taken over. */
const LEASE_MS = 60_000;
const MAX_BACKOFF_MS = 60_000;
const PERMANENT_ATTEMPTS = 3;
/** Transient failures (SES down, throttled) are retried this long before the email is dead-lettered. */
const GIVE_UP_AFTER_MS = 24 * 3_600_000;
const CUSTOMER_KINDS = new Set(['ack', 'claimed', 'checkin']);

/** Processes every record with work due now; the local timer and the AWS sweep both call this. */
export async function runDueWork(deps: DispatchDeps, limit = 50): Promise<number> {
  const ids = await deps.store.due(deps.clock.now(), limit);
  for (const id of ids) await processFeedback(id, deps);
  return ids.length;
}

/** Fires the timers that are due (escalation, check-in), then sends each email that is owed, once. */
export async function processFeedback(id: string, deps: DispatchDeps): Promise<void> {
  const now = deps.clock.now();
  const current = await mutate(deps.store, id, (feedback) =>
    applyTimers(feedback, now.toISOString(), findSite(deps.config, feedback.siteId)),
  );
  const feedback = current ?? (await deps.store.get(id));
  if (!feedback) return;
  const due = (Object.keys(feedback.mail) as MailKind[]).filter((kind) =>
    isMailDue(feedback.mail[kind], now),
  );
  // The staff alert first: it is the one that gets the customer an answer.
  due.sort((a, b) => Number(baseKind(b) === 'alert') - Number(baseKind(a) === 'alert'));
  for (const kind of due) await deliver(id, kind, deps);
}

async function deliver(id: string, kind: MailKind, deps: DispatchDeps): Promise<void> {
  const now = deps.clock.now();
  const leaseUntil = new Date(now.getTime() + LEASE_MS).toISOString();
  // Claiming is a conditional write: of two dispatchers racing here, exactly one wins.
  const claimed = await mutate(deps.store, id, (current) => {
    const delivery = current.mail[kind];
    if (!isMailDue(delivery, now)) return undefined;
    return withMail(current, kind, {
      ...delivery,
      state: 'sending',
      attempts: delivery.attempts + 1,
      leaseUntil,
    });
  });
  const delivery = claimed?.mail[kind];
  if (!claimed || !delivery) return;

  try {
    const skip = await reasonToSkip(claimed, kind, deps);
    if (skip) {
      await settle(id, kind, leaseUntil, deps, { state: 'skipped', reason: skip });
      deps.logger.info('email skipped', { feedbackId: id, kind, reason: skip });
      return;
    }
    const history =
      baseKind(kind) === 'alert' && claimed.emailHash
        ? await deps.store.history(claimed.siteId, claimed.emailHash, claimed.id, 3)
        : undefined;
    const email = composeEmail(
      kind,
      claimed,
      { config: deps.config, signer: deps.signer, history },
      delivery,
    );
    const { messageId } = await deps.mailer.send(email);
    await settle(id, kind, leaseUntil, deps, {
      state: 'sent',
      sentAt: deps.clock.now().toISOString(),
      messageId,
    });
    deps.logger.info('email sent', { feedbackId: id, kind, attempts: delivery.attempts });
  } catch (error) {
    const outcome = afterFailure(claimed, delivery, error, deps.clock.now());
    await settle(id, kind, leaseUntil, deps, outcome);
    const log = outcome.state === 'dead' ? deps.logger.error : deps.logger.warn;
    log(outcome.state === 'dead' ? 'email dead-lettered' : 'email not sent, will retry', {
      feedbackId: id,
      kind,
      attempts: delivery.attempts,
      error: describe(error),
    });
  }
}

/** Never to an address that bounced or complained; optional mail never to one that opted out. */
async function reasonToSkip(
  feedback: Feedback,
  kind: MailKind,
  deps: DispatchDeps,
): Promise<string | undefined> {
  const toCustomer =
    CUSTOMER_KINDS.has(baseKind(kind)) ||
    (baseKind(kind) === 'relay' &&
      feedback.thread.find((entry) => `relay:${entry.id}` === kind)?.kind === 'staff');
  if (!toCustomer || !feedback.emailHash) return undefined;
  const suppressed = await deps.suppressions.suppressed(feedback.emailHash);
  if (suppressed === 'bounce' || suppressed === 'complaint') return `suppressed: ${suppressed}`;
  if (suppressed === 'unsubscribe' && isOptional(kind, feedback)) return 'unsubscribed';
  if (baseKind(kind) === 'ack' && !(await withinAckLimit(feedback, deps))) return 'daily-limit';
  return undefined;
}

function afterFailure(
  feedback: Feedback,
  delivery: MailDelivery,
  error: unknown,
  now: Date,
): Partial<MailDelivery> {
  // Anything but a known-transient failure (a template that throws, an address SES rejects) is
  // retried only a few times: a poison record must not block the queue or retry forever.
  const givingUp =
    error instanceof TransientSendError
      ? now.getTime() - Date.parse(feedback.createdAt) > GIVE_UP_AFTER_MS
      : delivery.attempts >= PERMANENT_ATTEMPTS;
  if (givingUp) return { state: 'dead', lastError: describe(error) };
  const backoff = Math.min(MAX_BACKOFF_MS, 1000 * 2 ** (delivery.attempts - 1));
  return {
    state: 'pending',
    notBefore: new Date(now.getTime() + backoff).toISOString(),
    lastError: describe(error),
  };
}

/** Records the outcome, but only while the claim is still ours. */
async function settle(
  id: string,
  kind: MailKind,
  leaseUntil: string,
  deps: DispatchDeps,
  outcome: Partial<MailDelivery>,
): Promise<void> {
  await mutate(deps.store, id, (current) => {
    const delivery = current.mail[kind];
    if (delivery?.state !== 'sending' || delivery.leaseUntil !== leaseUntil) return undefined;
    const { leaseUntil: _released, ...rest } = delivery;
    return withMail(current, kind, { ...rest, ...outcome });
  });
}

/**
 * At most `ackLimitPerDay` acknowledgements to one address a day, so the form cannot be used to
 * flood a stranger's inbox. Counting by feedback id keeps a retried send from using up the quota.
 */
function withinAckLimit(feedback: Feedback, deps: DispatchDeps): Promise<boolean> {
  const day = deps.clock.now().toISOString().slice(0, 10);
  const expiresAt = new Date(Date.parse(`${day}T00:00:00Z`) + 2 * 86_400_000);
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
