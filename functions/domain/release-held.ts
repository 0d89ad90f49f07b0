import type { MailDelivery, MailKind } from './feedback.ts';
import type { HeldMail, HeldPool } from './held-mail.ts';
import { mutate } from './mutate.ts';
import type { Clock, FeedbackStore } from './ports.ts';

/**
 * Every email a site holds in `pool` is owed again now. Released acknowledgements are marked so
 * the hourly budget lets them through. Returns how many records had mail released; safe to run
 * twice (a record already released, or sent, is left alone).
 */
export async function releaseHeld(
  siteId: string,
  pool: HeldPool,
  deps: { store: FeedbackStore; heldMail: HeldMail; clock: Clock },
): Promise<number> {
  const ids = await deps.heldMail.list(siteId, pool);
  const now = deps.clock.now().toISOString();
  let released = 0;
  for (const id of ids) {
    const changed = await mutate(deps.store, id, (current) => {
      const entries = Object.entries(current.mail) as [MailKind, MailDelivery][];
      const held = entries.filter(([, delivery]) => delivery.state === 'held' && delivery.reason === pool);
      if (held.length === 0) return undefined;
      const mail = { ...current.mail };
      for (const [kind, delivery] of held) {
        const { reason: _held, ...rest } = delivery;
        mail[kind] = {
          ...rest,
          state: 'pending',
          notBefore: now,
          ...(pool === 'ack-budget' ? { budgetReleased: true as const } : {}),
        };
      }
      return { ...current, mail };
    });
    if (changed) released += 1;
  }
  await deps.heldMail.forget(siteId, pool, ids);
  return released;
}
