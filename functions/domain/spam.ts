import type { SiteConfig } from '../config/schema.ts';
import type { Feedback } from './feedback.ts';

/** Why a submission is kept but treated as a bot's: stored for review, answered 202, never mailed. */
export interface SpamVerdict {
  reason: 'too-fast';
  /** How long the form was open, as the widget reported it. */
  openMs: number;
  at: string;
}

/**
 * No person reads a form, rates, and types what happened in under `minFormOpenMs` (2 s by
 * default): friction for bots that costs a real customer nothing, unlike a CAPTCHA. A client that
 * does not report the time (a server-to-server integration) is not judged by it.
 */
export function spamVerdict(
  site: SiteConfig,
  openMs: number | undefined,
  at: string,
): SpamVerdict | undefined {
  if (openMs === undefined || site.minFormOpenMs === 0 || openMs >= site.minFormOpenMs) return undefined;
  return { reason: 'too-fast', openMs, at };
}

export function isSuspectedSpam(feedback: Feedback): boolean {
  return feedback.spam !== undefined;
}
