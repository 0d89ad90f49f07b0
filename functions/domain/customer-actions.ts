import { usedKey } from './action-token.ts';
import { answerCheckIn } from './case-events.ts';
import type { Feedback } from './feedback.ts';
import { mutate } from './mutate.ts';
import type { Suppressions } from './ports.ts';
import { type ActionDeps, LinkError, openLink } from './staff-actions.ts';

/**
 * What a customer's one-click link does: answer "Did we make it right?" or opt out of optional
 * email. A second answer through the same email changes nothing.
 */
export async function performCustomerAction(
  token: string,
  input: { comment?: string },
  deps: ActionDeps & { suppressions: Suppressions },
): Promise<{ feedback: Feedback; changed: boolean }> {
  const link = await openLink(token, deps);
  const { claims, site } = link;
  if (claims.p !== 'customer') throw new LinkError('invalid');
  const now = deps.clock.now().toISOString();

  if (claims.a === 'unsubscribe') {
    if (link.feedback.emailHash)
      await deps.suppressions.suppress(link.feedback.emailHash, 'unsubscribe', now);
    return { feedback: link.feedback, changed: true };
  }
  if (claims.a !== 'checkin-yes' && claims.a !== 'checkin-no') throw new LinkError('invalid');
  if (link.used) throw new LinkError('used');
  const answer = claims.a === 'checkin-yes' ? 'yes' : 'no';
  const comment = input.comment?.trim().slice(0, 2000) || undefined;
  let changed = false;
  const saved = await mutate(deps.store, claims.f, (current) => {
    if (current.usedTokens?.includes(usedKey(claims))) return undefined;
    const next = answerCheckIn(current, answer, comment, now, site);
    changed = next !== undefined;
    // Both answers in one email share a fate: once one is given, the other link is spent too.
    const spent = [`${claims.n}/checkin-yes`, `${claims.n}/checkin-no`];
    return { ...(next ?? current), usedTokens: [...(current.usedTokens ?? []), ...spent] };
  });
  if (!saved) throw new LinkError('used');
  return { feedback: saved, changed };
}
