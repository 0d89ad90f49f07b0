import type { EarshotConfig } from '../config/schema.ts';
import { renderUndeliveredNotice, type Undelivered } from '../emails/undelivered-notice.ts';
import { baseKind, type Feedback, type MailKind } from './feedback.ts';
import { staffLinks } from './links.ts';
import type { Clock, Counters, Logger, Mailer } from './ports.ts';
import type { Signer } from './reply-address.ts';
import { firstName, sitePeople } from './routing.ts';

export interface UndeliveredDeps {
  config: EarshotConfig;
  counters: Counters;
  mailer: Mailer;
  clock: Clock;
  signer: Signer;
  logger: Logger;
}

const CUSTOMER_MAIL = new Set(['ack', 'claimed', 'checkin']);

/**
 * No email to a customer dies quietly: when one is given up on (`dead`), or a staff answer is
 * not sent because the address is suppressed, the person who can still reach the customer
 * another way is told, once per email. A staff answer goes back to whoever wrote it; any other
 * customer email to the case's owner. Staff-bound mail that dies is the operator's alarm instead.
 */
export async function tellUndelivered(
  feedback: Feedback,
  kind: MailKind,
  failure: 'dead' | 'suppressed',
  deps: UndeliveredDeps,
): Promise<void> {
  const site = deps.config.sites.find((candidate) => candidate.id === feedback.siteId);
  if (!site) return;
  const answer =
    baseKind(kind) === 'relay'
      ? feedback.thread.find((entry) => `relay:${entry.id}` === kind && entry.kind === 'staff')
      : undefined;
  const why: Undelivered | undefined = answer
    ? failure === 'dead'
      ? 'dead-answer'
      : 'suppressed-answer'
    : failure === 'dead' && CUSTOMER_MAIL.has(baseKind(kind))
      ? 'dead-customer-mail'
      : undefined;
  if (!why) return;
  const caseOwner = feedback.claimedBy ?? feedback.owner;
  const person = (answer && sitePeople(site).find((candidate) => candidate.name === answer.by)) || caseOwner;

  const now = deps.clock.now();
  const key = `undelivered#${feedback.id}#${kind}`;
  if (!(await deps.counters.hit(key, { limit: 1, expiresAt: new Date(now.getTime() + 30 * 86_400_000) })))
    return;
  const links = staffLinks(
    { publicUrl: deps.config.publicUrl, signer: deps.signer },
    feedback,
    person.email,
    `undelivered:${kind}`,
    now.toISOString(),
  );
  try {
    await deps.mailer.send({
      from: { name: site.displayName, address: site.sender },
      to: [person.email],
      ...renderUndeliveredNotice(site, {
        why,
        name: firstName(person),
        message: feedback.message,
        answer: answer?.text,
        caseUrl: links.thread,
      }),
    });
  } catch (error) {
    // Free the once-only mark: a notice that never left must not count as given.
    await deps.counters.release(key);
    deps.logger.error('undelivered notice not sent', {
      feedbackId: feedback.id,
      kind,
      error: error instanceof Error ? error.message : String(error),
    });
  }
}
