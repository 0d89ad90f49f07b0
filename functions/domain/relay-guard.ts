import type { EarshotConfig, SiteConfig } from '../config/schema.ts';
import type { Feedback } from './feedback.ts';
import type { SecretRules } from './mail-cut/index.ts';
import type { ReplyParty } from './reply-address.ts';
import { triageHeadline } from './triage/headline.ts';

/** A case relays at most this many messages an hour in each direction; the rest are kept. */
export const RELAYS_PER_HOUR = 10;
const HOUR_MS = 3_600_000;

/**
 * Whether another message from `party` may be relayed now. Past the limit something is looping
 * (two auto-responders that do not say so, a script): mail is stored, not relayed.
 */
export function withinRelayLimit(feedback: Feedback, party: ReplyParty, now: string): boolean {
  const since = Date.parse(now) - HOUR_MS;
  const recent = feedback.thread.filter(
    (entry) => entry.kind === party && !entry.rejected && Date.parse(entry.at) > since,
  );
  return recent.length < RELAYS_PER_HOUR;
}

/** The secrets of one case that must never be relayed: links, reply addresses, staff-only lines. */
export function secretRules(config: EarshotConfig, site: SiteConfig, feedback: Feedback): SecretRules {
  const notes = feedback.thread.flatMap((entry) =>
    entry.kind === 'event' && entry.event === 'resolved' && entry.text ? [entry.text] : [],
  );
  const risk =
    feedback.triage && feedback.triage.level !== 'normal'
      ? [triageHeadline(feedback.triage, site.defaultLocale)]
      : [];
  return { publicUrl: config.publicUrl, inboundDomain: config.inboundDomain, staffOnly: [...risk, ...notes] };
}
