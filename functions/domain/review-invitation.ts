import type { SiteConfig } from '../config/schema.ts';

/**
 * Where and to whom a public review is invited: in the acknowledgement, the one email every
 * customer with an address gets, right after writing and before anyone knows how it will end.
 * Every later point (the claim, the check-in, the close) is reached by some customers and not by
 * others depending on the rating and the outcome, so inviting there would sort customers by how
 * happy they are: "review gating", which Google's and Trustpilot's rules and EU consumer law on
 * reviews forbid. So the rating, the check-in answer and the spread risk never enter this rule;
 * only the site's `reviewUrl` does, and a customer's own opt-out.
 */
export function reviewInvitationUrl(site: SiteConfig, customer: { optedOut: boolean }): string | undefined {
  return customer.optedOut ? undefined : site.reviewUrl;
}
