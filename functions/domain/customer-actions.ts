import { answerCheckIn } from './case-events.ts';
import { cleanText } from './clean-text.ts';
import type { Feedback } from './feedback.ts';
import type { Suppressions } from './ports.ts';
import { type ActionDeps, LinkError, type OpenedLink, spendLink, usedLink } from './staff-actions.ts';

/**
 * What a customer's one-click link does: answer "Did we make it right?" or opt out of optional
 * email. A second answer through the same email changes nothing.
 */
export async function performCustomerAction(
  link: OpenedLink,
  input: { comment?: string },
  deps: ActionDeps & { suppressions: Suppressions },
): Promise<{ feedback: Feedback; changed: boolean }> {
  const { claims, site } = link;
  if (claims.p !== 'customer') throw new LinkError('invalid');
  const now = deps.clock.now().toISOString();

  if (claims.a === 'unsubscribe') {
    if (link.feedback.emailHash)
      await deps.suppressions.suppress(link.feedback.emailHash, 'unsubscribe', now);
    return { feedback: link.feedback, changed: true };
  }
  if (claims.a !== 'checkin-yes' && claims.a !== 'checkin-no') throw new LinkError('invalid');
  if (link.used) throw usedLink(link);
  const answer = claims.a === 'checkin-yes' ? 'yes' : 'no';
  const comment =
    cleanText(input.comment ?? '')
      .trim()
      .slice(0, 2000) || undefined;
  // Both answers in one email share a fate: once one is given, the other link is spent too.
  return spendLink(link, deps, (current) => answerCheckIn(current, answer, comment, now, site), [
    `${claims.n}/checkin-yes`,
    `${claims.n}/checkin-no`,
  ]);
}
