import type { EarshotConfig, Locale, SiteConfig } from '../config/schema.ts';
import { addressKey, normaliseEmail } from './canonical-address.ts';
import { addDuration, parseDuration } from './duration.ts';
import { OriginNotAllowedError, RateLimitedError, UnknownSiteError } from './errors.ts';
import type { Feedback, MailDelivery } from './feedback.ts';
import { rateLimitNetwork } from './network.ts';
import { placePageUrl } from './page-url.ts';
import type { Clock, Counters, FeedbackStore } from './ports.ts';
import { chooseOwner } from './routing.ts';
import { spamVerdict } from './spam.ts';
import type { Triage } from './triage/types.ts';

export interface FeedbackInput {
  siteId: string;
  rating: number;
  message: string;
  email?: string;
  name?: string;
  desiredOutcome?: string;
  category?: string;
  pageUrl?: string;
  locale?: Locale;
  clientRequestId?: string;
  website?: string;
  /** How long the widget's form was open before it was sent (ms), when the widget says. */
  openMs?: number;
}

export interface SubmitDeps {
  config: EarshotConfig;
  store: FeedbackStore;
  counters: Counters;
  clock: Clock;
  ids: { random(): string; forRequest(siteId: string, clientRequestId: string): string };
  hash(value: string): string;
}

export interface SubmitContext {
  /** The browser's Origin header, when there is one (server-to-server clients send none). */
  origin?: string;
  /** Only ever used hashed, for the per-minute rate limit (per IPv4 address, per IPv6 /64). */
  clientIp?: string;
}

export function findSite(config: EarshotConfig, siteId: string): SiteConfig {
  const site = config.sites.find((candidate) => candidate.id === siteId);
  if (!site) throw new UnknownSiteError(`No site "${siteId}" is configured.`);
  return site;
}

export function assertOriginAllowed(site: SiteConfig, origin: string | undefined): void {
  if (origin !== undefined && !site.allowedOrigins.includes(origin)) {
    throw new OriginNotAllowedError(`Origin ${origin} may not post feedback for site "${site.id}".`);
  }
}

/** Hears the customer: stores their words durably and queues the alert and acknowledgement. */
export async function submitFeedback(
  input: FeedbackInput,
  context: SubmitContext,
  deps: SubmitDeps,
): Promise<{ id: string }> {
  const site = findSite(deps.config, input.siteId);
  assertOriginAllowed(site, context.origin);
  const id = input.clientRequestId ? deps.ids.forRequest(site.id, input.clientRequestId) : deps.ids.random();
  // A filled honeypot is a bot: it gets the answer a person gets, and nothing is stored or sent.
  if (input.website) return { id };

  const now = deps.clock.now();
  if (!(await withinRateLimit(site, context, now, deps))) {
    // A client retrying a submission we already hold must still learn its id.
    if (input.clientRequestId && (await deps.store.get(id))) return { id };
    throw new RateLimitedError(60 - now.getUTCSeconds());
  }

  const { created, feedback } = await deps.store.create(newFeedback(id, site, input, now, deps));
  return { id: created ? id : feedback.id };
}

async function withinRateLimit(site: SiteConfig, context: SubmitContext, now: Date, deps: SubmitDeps) {
  if (site.rateLimitPerMinute === 0 || !context.clientIp) return true;
  const minute = now.toISOString().slice(0, 16);
  const windowEnd = new Date(Date.parse(`${minute}:00Z`) + 120_000);
  const key = `rate#${site.id}#${deps.hash(rateLimitNetwork(context.clientIp))}#${minute}`;
  return deps.counters.hit(key, { limit: site.rateLimitPerMinute, expiresAt: windowEnd });
}

function newFeedback(
  id: string,
  site: SiteConfig,
  input: FeedbackInput,
  now: Date,
  deps: SubmitDeps,
): Feedback {
  const createdAt = now.toISOString();
  const locale = input.locale ?? site.defaultLocale;
  const email = input.email ? normaliseEmail(input.email) : undefined;
  const spam = spamVerdict(site, input.openMs, createdAt);
  const alerted = !spam && (input.rating < 4 || site.alertOnPositive);
  const pending = (): MailDelivery => ({
    state: 'pending',
    attempts: 0,
    queuedAt: createdAt,
    notBefore: createdAt,
  });
  const skipped = (reason: string): MailDelivery => ({ ...pending(), state: 'skipped', reason });
  const page = placePageUrl(site, input.pageUrl);
  return {
    id,
    siteId: site.id,
    createdAt,
    version: 1,
    rating: input.rating,
    message: input.message,
    desiredOutcome: input.desiredOutcome,
    category: input.category,
    ...page,
    ...(spam ? { spam } : {}),
    name: input.name,
    email,
    emailHash: email ? addressKey(email, deps.hash) : undefined,
    locale,
    clientRequestId: input.clientRequestId,
    // A page that is not the site's could be anyone's choice of words: it never picks the owner.
    owner: chooseOwner(site, {
      category: input.category,
      pageUrl: page.pageUrlOffSite ? undefined : page.pageUrl,
    }),
    status: 'open',
    respondBy: addDuration(createdAt, parseDuration(site.respondWithin) ?? 0),
    // The spread-risk triage is scored by the dispatcher, before the alert it shapes: the intake
    // path stays small and fast, and the customer's 202 never waits for it.
    mail: {
      // Happy customers go into the digest unless the site wants to hear about them at once.
      alert: alerted ? pending() : skipped(spam ? 'suspected-spam' : 'positive'),
      ...(email ? { ack: spam ? skipped('suspected-spam') : pending() } : {}),
    },
    thread: [],
    ...(alerted
      ? { escalation: { at: addDuration(createdAt, escalateAfter(site, undefined)), state: 'waiting' } }
      : {}),
    expiresAt: Math.floor(now.getTime() / 1000) + site.retentionDays * 86_400,
  };
}

/** Urgent feedback gets the site's shorter clock: it may be public within the hour. */
export function escalateAfter(site: SiteConfig, triage: Pick<Triage, 'level'> | undefined): number {
  const clock = triage?.level === 'urgent' ? site.urgentEscalateAfter : site.escalateAfter;
  return parseDuration(clock) ?? 0;
}
