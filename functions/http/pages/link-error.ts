import type { Locale } from '../../config/schema.ts';
import { firstName } from '../../domain/routing.ts';
import type { LinkError } from '../../domain/staff-actions.ts';
import { fillIn, pageCopy } from './copy.ts';

/**
 * A link that cannot be used says so in the case's language when the case is known (the
 * customer's, or the site's for staff), names who can help, and says what to do instead.
 */
export function linkErrorPage(
  error: LinkError,
  browser: Locale,
): { locale: Locale; title: string; message: string } {
  const known = error.context;
  if (!known || (error.problem !== 'expired' && error.problem !== 'used')) {
    const t = pageCopy[browser];
    return { locale: browser, title: t.oops, message: t[error.problem] };
  }
  const { feedback, site, party } = known;
  const locale = party === 'customer' ? feedback.locale : site.defaultLocale;
  const t = pageCopy[locale];
  const values = {
    owner: firstName(feedback.claimedBy ?? feedback.owner),
    status: t.statuses[feedback.status],
  };
  const key =
    party === 'customer'
      ? error.problem === 'expired'
        ? 'customerExpired'
        : 'customerUsed'
      : error.problem === 'expired'
        ? 'staffExpired'
        : 'staffUsed';
  const title = key === 'customerUsed' ? t.answeredTitle : t.oops;
  return { locale, title, message: fillIn(t[key], values) };
}
