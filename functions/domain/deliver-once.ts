import { claimDelivery, leaseFrom, settleDelivery, writeOutcome } from './delivery-lease.ts';
import { TransientSendError } from './errors.ts';
import type { MailDelivery } from './feedback.ts';
import type { Clock, Logger, Mailer, OutgoingEmail } from './ports.ts';
import { isMailDue } from './schedule.ts';

/**
 * The exactly-once protocol for any record that owes emails (a case, an incident): claim the
 * delivery with a conditional write, send, record the outcome only while the claim is still ours.
 */
export interface Deliverable {
  mail: Partial<Record<string, MailDelivery>>;
}

export interface DeliveryTarget<T extends Deliverable> {
  /** Names the record in log lines (never personal data). */
  log: Record<string, string>;
  /** One conditional read-modify-write of the record (see mutate.ts). */
  mutate(change: (current: T) => T | undefined, known?: T): Promise<T | undefined>;
  /** The email the claimed delivery stands for, or why it is deliberately not sent (or not yet). */
  prepare(
    claimed: T,
    kind: string,
    delivery: MailDelivery,
  ): Promise<OutgoingEmail | { skipped: string } | { held: string }>;
  /** After an outcome is recorded (or an email given up on): tell whoever must know. */
  settled?(record: T | undefined, claimed: T, kind: string, outcome: Partial<MailDelivery>): Promise<void>;
}

export interface DeliveryDeps {
  mailer: Mailer;
  clock: Clock;
  logger: Logger;
}

export interface Delivered<T> {
  /** The record as last written here, to spare the next step a read. */
  record: T | undefined;
  /** SES could not take it now (down, throttled): the caller should stop sending for a while. */
  transientFailure: boolean;
}

const MAX_BACKOFF_MS = 60_000;
const PERMANENT_ATTEMPTS = 3;
/** Transient failures (SES down, throttled) are retried this long before the email is dead-lettered. */
const GIVE_UP_AFTER_MS = 24 * 3_600_000;

/** Sends one owed email, at most once. */
export async function deliverOnce<T extends Deliverable>(
  target: DeliveryTarget<T>,
  kind: string,
  deps: DeliveryDeps,
  known?: T,
): Promise<Delivered<T>> {
  const now = deps.clock.now();
  const leaseUntil = leaseFrom(now);
  // Claiming is a conditional write: of two dispatchers racing here, exactly one wins.
  let abandoned = false;
  const claimed = await target.mutate((current) => {
    const delivery = current.mail[kind];
    if (!isMailDue(delivery, now)) return undefined;
    // Takeovers are counted apart from failed sends, so two throttles and one hung send do not
    // add up to a dead alert (see delivery-lease.ts).
    const claim = claimDelivery(delivery, leaseUntil);
    abandoned = claim.abandoned;
    return withMail(current, kind, claim.delivery);
  }, known);
  const delivery = claimed?.mail[kind];
  if (abandoned && claimed) {
    deps.logger.error('email dead-lettered', { ...target.log, kind, error: 'claim expired repeatedly' });
    await target.settled?.(claimed, claimed, kind, { state: 'dead' });
  }
  if (!claimed || !delivery || abandoned) return { record: claimed, transientFailure: false };

  let result: { messageId: string; subject?: string } | { skipped: string } | { held: string };
  try {
    const email = await target.prepare(claimed, kind, delivery);
    // The subject is kept so that a later email of the conversation can answer this one.
    result =
      'skipped' in email || 'held' in email
        ? email
        : { ...(await deps.mailer.send(email)), subject: email.subject };
  } catch (error) {
    const outcome = afterFailure(delivery, error, deps.clock.now());
    const settled = await settle(target, kind, leaseUntil, deps, outcome, claimed);
    const dead = outcome.state === 'dead';
    (dead ? deps.logger.error : deps.logger.warn)(
      dead ? 'email dead-lettered' : 'email not sent, will retry',
      { ...target.log, kind, attempts: delivery.attempts, error: describe(error) },
    );
    if (dead && settled) await target.settled?.(settled, claimed, kind, outcome);
    return { record: settled, transientFailure: error instanceof TransientSendError };
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
  const settled = await settle(target, kind, leaseUntil, deps, outcome, claimed);
  await target.settled?.(settled, claimed, kind, outcome);
  deps.logger.info(`email ${outcome.state}`, {
    ...target.log,
    kind,
    attempts: delivery.attempts,
    reason: outcome.reason,
  });
  return { record: settled, transientFailure: false };
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
function settle<T extends Deliverable>(
  target: DeliveryTarget<T>,
  kind: string,
  leaseUntil: string,
  deps: DeliveryDeps,
  outcome: Partial<MailDelivery>,
  known?: T,
): Promise<T | undefined> {
  const change = (current: T) => {
    const settled = settleDelivery(current.mail[kind], leaseUntil, outcome);
    return settled ? withMail(current, kind, settled) : undefined;
  };
  return writeOutcome(
    (first) => target.mutate(change, first ? known : undefined),
    (error) =>
      deps.logger.error('could not record an email outcome', { ...target.log, kind, error: describe(error) }),
  );
}

function withMail<T extends Deliverable>(record: T, kind: string, delivery: MailDelivery): T {
  return { ...record, mail: { ...record.mail, [kind]: delivery } };
}

export function describe(error: unknown): string {
  return error instanceof Error
    ? `${error.name}: ${error.message}`.slice(0, 300)
    : String(error).slice(0, 300);
}
