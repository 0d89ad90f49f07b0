import { addressKey } from './canonical-address.ts';
import type { SuppressionReason, Suppressions } from './ports.ts';

/**
 * SES bounce and complaint notifications (through SNS in AWS, posted by hand locally) in the
 * shape SES sends them. Only permanent bounces suppress: a full mailbox is not a dead one.
 */
export function addressesToSuppress(
  notification: unknown,
): { reason: SuppressionReason; addresses: string[] } | undefined {
  const message = notification as {
    notificationType?: string;
    eventType?: string;
    bounce?: { bounceType?: string; bouncedRecipients?: { emailAddress?: string }[] };
    complaint?: { complainedRecipients?: { emailAddress?: string }[] };
  };
  const type = message?.notificationType ?? message?.eventType;
  const list = (recipients: { emailAddress?: string }[] | undefined) =>
    (recipients ?? []).flatMap((recipient) => (recipient.emailAddress ? [recipient.emailAddress] : []));
  if (type === 'Bounce' && message.bounce?.bounceType === 'Permanent') {
    return { reason: 'bounce', addresses: list(message.bounce.bouncedRecipients) };
  }
  if (type === 'Complaint')
    return { reason: 'complaint', addresses: list(message.complaint?.complainedRecipients) };
  return undefined;
}

/**
 * A permanent bounce suppresses the address everywhere (the mailbox does not exist); a
 * complaint about mail from a known site (`siteId`) suppresses that site's mail only.
 */
export async function recordDeliveryProblem(
  notification: unknown,
  deps: { suppressions: Suppressions; hash(value: string): string; clock: { now(): Date } },
  siteId?: string,
): Promise<number> {
  const problem = addressesToSuppress(notification);
  if (!problem) return 0;
  const at = deps.clock.now().toISOString();
  const scope = problem.reason === 'complaint' ? siteId : undefined;
  for (const address of problem.addresses) {
    await deps.suppressions.suppress(addressKey(address, deps.hash), problem.reason, at, scope);
  }
  return problem.addresses.length;
}
