import type { EarshotConfig, Person, SiteConfig } from '../config/schema.ts';
import { automationHeaders } from '../emails/conversation.ts';
import { renderDigest } from '../emails/digest.ts';
import { parseDuration } from './duration.ts';
import type { Feedback } from './feedback.ts';
import { type IncidentSummary, summariseIncidents } from './incident-digest.ts';
import type { IncidentStore } from './incident-ports.ts';
import { staffLinks } from './links.ts';
import type { Clock, Counters, Logger, Mailer } from './ports.ts';
import type { Signer } from './reply-address.ts';
import { isSuspectedSpam } from './spam.ts';
import { findSite } from './submit-feedback.ts';
import type { TriageLevel } from './triage/types.ts';

const WEEK_MS = 7 * 86_400_000;
const TOP = 5;

export type Stars = 1 | 2 | 3 | 4 | 5;
export const STARS: readonly Stars[] = [5, 4, 3, 2, 1];
export type RatingCounts = Record<Stars, number>;

export interface WeekOverWeek {
  thisWeek: number;
  previousWeek: number;
}

/** A category or page with how often unhappy customers named it this week and the week before. */
export interface Topic extends WeekOverWeek {
  label: string;
}

/** An unhappy customer still waiting for a first answer after the time they were promised one. */
export interface OverdueItem {
  id: string;
  createdAt: string;
  respondBy: string;
  rating: number;
  message: string;
  category?: string;
  owner: string;
  level: TriageLevel;
  link?: string;
}

export interface Digest {
  siteId: string;
  /** The week reported on: [from, to). */
  from: string;
  to: string;
  volume: WeekOverWeek;
  ratings: {
    thisWeek: RatingCounts;
    previousWeek: RatingCounts;
    average?: number;
    previousAverage?: number;
  };
  /** Time to first response for this week's feedback that has one, against the site's promise. */
  response: {
    promiseMs: number;
    answered: number;
    withinPromise: number;
    medianMs?: number;
    worst?: { id: string; ms: number };
  };
  /** Check-in answers on the last two weeks' settled unhappy feedback; no answer (yet) is unknown. */
  recovery: { recovered: number; notRecovered: number; unknown: number };
  /** Most overdue first. */
  overdue: OverdueItem[];
  categories: Topic[];
  /** Pages unhappy customers wrote from at least twice in the two weeks. */
  pages: Topic[];
  risk: Record<TriageLevel, number>;
  /** Submissions this week kept as suspected spam (sent too fast): in no figure above. */
  suspectedSpam: number;
  /** The week's complaint storms, when there were any (see incident-digest.ts). */
  incidents?: IncidentSummary;
}

export interface DigestOptions {
  site: SiteConfig;
  now: Date;
  /** Where an owner acts on an overdue item; the one place links are built. */
  linkFor?: (feedback: Feedback) => string;
}

/**
 * The weekly digest's figures, from the site's feedback of the last two weeks plus any older
 * feedback still waiting for an answer. Pure: the same feedback and `now` give the same digest.
 */
export function computeDigest(feedbacks: readonly Feedback[], options: DigestOptions): Digest {
  const { site, now } = options;
  const to = now.getTime();
  const from = to - WEEK_MS;
  const ours = feedbacks.filter((feedback) => feedback.siteId === site.id);
  const mine = ours.filter((feedback) => !isSuspectedSpam(feedback));
  const within = (start: number, end: number, list = mine) =>
    list.filter((feedback) => {
      const created = Date.parse(feedback.createdAt);
      return created >= start && created < end;
    });
  const thisWeek = within(from, to);
  const previousWeek = within(from - WEEK_MS, from);
  const unhappy = (list: Feedback[]) => list.filter(isUnhappy);

  return {
    siteId: site.id,
    from: new Date(from).toISOString(),
    to: now.toISOString(),
    volume: { thisWeek: thisWeek.length, previousWeek: previousWeek.length },
    ratings: {
      thisWeek: ratingCounts(thisWeek),
      previousWeek: ratingCounts(previousWeek),
      average: average(thisWeek.map((feedback) => feedback.rating)),
      previousAverage: average(previousWeek.map((feedback) => feedback.rating)),
    },
    response: responseTimes(thisWeek, parseDuration(site.respondWithin) ?? 0),
    recovery: recovery(unhappy([...thisWeek, ...previousWeek]).filter(isCheckInDue)),
    overdue: overdueItems(mine, now, options.linkFor),
    categories: topics(unhappy(thisWeek), unhappy(previousWeek), categoryOf).slice(0, TOP),
    pages: topics(unhappy(thisWeek), unhappy(previousWeek), pageOf)
      .filter((page) => page.thisWeek + page.previousWeek >= 2)
      .slice(0, TOP),
    risk: riskLevels(thisWeek),
    suspectedSpam: within(from, to, ours).length - thisWeek.length,
  };
}

/** The customer was promised an answer only when unhappy; praise gets thanks, not a deadline. */
function isUnhappy(feedback: Feedback): boolean {
  return feedback.rating <= 3;
}

function ratingCounts(list: Feedback[]): RatingCounts {
  const counts: RatingCounts = { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 };
  for (const { rating } of list) if (rating >= 1 && rating <= 5) counts[rating as Stars] += 1;
  return counts;
}

function average(values: number[]): number | undefined {
  if (values.length === 0) return undefined;
  return Math.round((values.reduce((sum, value) => sum + value, 0) / values.length) * 10) / 10;
}

export function median(values: number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

function responseTimes(list: Feedback[], promiseMs: number): Digest['response'] {
  const answered = list.flatMap((feedback) =>
    feedback.firstRespondedAt
      ? [
          {
            id: feedback.id,
            ms: Math.max(0, Date.parse(feedback.firstRespondedAt) - Date.parse(feedback.createdAt)),
          },
        ]
      : [],
  );
  const worst = answered.reduce<{ id: string; ms: number } | undefined>(
    (slowest, item) => (slowest === undefined || item.ms > slowest.ms ? item : slowest),
    undefined,
  );
  return {
    promiseMs,
    answered: answered.length,
    withinPromise: answered.filter((item) => item.ms <= promiseMs).length,
    medianMs: median(answered.map((item) => item.ms)),
    worst,
  };
}

/** Did we make it right? Only the customer's own answer counts; no answer is not a "no". */
export function checkInAnswer(feedback: Feedback): 'yes' | 'no' | undefined {
  const answer = feedback.followUp?.answer;
  if (answer === 'yes' || answer === 'no') return answer;
  if (feedback.outcome === 'recovered') return 'yes';
  if (feedback.outcome === 'not-recovered') return 'no';
  return undefined;
}

function recovery(list: Feedback[]): Digest['recovery'] {
  const answers = list.map(checkInAnswer);
  return {
    recovered: answers.filter((answer) => answer === 'yes').length,
    notRecovered: answers.filter((answer) => answer === 'no').length,
    unknown: answers.filter((answer) => answer === undefined).length,
  };
}

/** Resolved or closed cases, the ones a check-in asks about; still-open cases are just open. */
function isCheckInDue(feedback: Feedback): boolean {
  return isSettled(feedback) || feedback.followUp !== undefined || checkInAnswer(feedback) !== undefined;
}

function isSettled(feedback: Feedback): boolean {
  return (
    feedback.status === 'resolved' ||
    feedback.status === 'closed' ||
    feedback.resolvedAt !== undefined ||
    feedback.closedAt !== undefined
  );
}

export function isOverdue(feedback: Feedback, now: Date): boolean {
  return (
    isUnhappy(feedback) &&
    !feedback.firstRespondedAt &&
    !isSettled(feedback) &&
    Date.parse(feedback.respondBy) < now.getTime()
  );
}

function overdueItems(list: Feedback[], now: Date, linkFor: DigestOptions['linkFor']): OverdueItem[] {
  return list
    .filter((feedback) => isOverdue(feedback, now))
    .sort((a, b) => a.respondBy.localeCompare(b.respondBy))
    .map((feedback) => ({
      id: feedback.id,
      createdAt: feedback.createdAt,
      respondBy: feedback.respondBy,
      rating: feedback.rating,
      message: feedback.message,
      category: feedback.category,
      owner: (feedback.claimedBy ?? feedback.owner).name,
      level: feedback.triage?.level ?? 'normal',
      ...(linkFor ? { link: linkFor(feedback) } : {}),
    }));
}

function categoryOf(feedback: Feedback): string | undefined {
  return feedback.category?.trim().toLowerCase() || undefined;
}

/**
 * Host and path only: a query string can carry an order number or an address, and
 * `/basket?step=2` and `/basket` are the same page to the owner.
 */
export function pageOf(feedback: Feedback): string | undefined {
  if (!feedback.pageUrl || feedback.pageUrlOffSite) return undefined;
  try {
    const url = new URL(feedback.pageUrl);
    return `${url.host}${url.pathname.replace(/\/+$/, '')}` || undefined;
  } catch {
    return undefined;
  }
}

function topics(
  thisWeek: Feedback[],
  previousWeek: Feedback[],
  keyOf: (feedback: Feedback) => string | undefined,
): Topic[] {
  const byLabel = new Map<string, Topic>();
  const count = (list: Feedback[], week: keyof WeekOverWeek) => {
    for (const feedback of list) {
      const label = keyOf(feedback);
      if (!label) continue;
      const topic = byLabel.get(label) ?? { label, thisWeek: 0, previousWeek: 0 };
      topic[week] += 1;
      byLabel.set(label, topic);
    }
  };
  count(thisWeek, 'thisWeek');
  count(previousWeek, 'previousWeek');
  return [...byLabel.values()]
    .filter((topic) => topic.thisWeek > 0)
    .sort(
      (a, b) => b.thisWeek - a.thisWeek || b.previousWeek - a.previousWeek || a.label.localeCompare(b.label),
    );
}

function riskLevels(list: Feedback[]): Record<TriageLevel, number> {
  const counts: Record<TriageLevel, number> = { normal: 0, high: 0, urgent: 0 };
  for (const feedback of list) counts[feedback.triage?.level ?? 'normal'] += 1;
  return counts;
}

/** A plain link to the case, for previews and tests; real digests carry signed links. */
export function plainCaseLink(publicUrl: string): (feedback: Feedback) => string {
  const base = publicUrl.replace(/\/$/, '');
  return (feedback) => `${base}/f/${encodeURIComponent(feedback.id)}`;
}

/** The signed "see the whole case" link for the current owner: opens without a login, acts on nothing. */
export function signedCaseLink(config: EarshotConfig, signer: Signer): (feedback: Feedback) => string {
  return (feedback) =>
    staffLinks({ publicUrl: config.publicUrl, signer }, feedback, feedback.owner.email, 'digest').thread;
}

/** The owners of a site: the site owner and everyone a routing rule makes an owner, once each. */
export function digestRecipients(site: SiteConfig): Person[] {
  const seen = new Set<string>();
  return [site.owner, ...site.routing.map((rule) => rule.owner)].filter((person) => {
    const key = person.email.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Where the digest reads a site's feedback from. */
export interface DigestSource {
  /** Live feedback of the site created at or after `since`, plus older feedback not yet answered. */
  feedbackForDigest(siteId: string, since: Date): Promise<Feedback[]>;
}

export interface DigestDeps {
  config: EarshotConfig;
  source: DigestSource;
  mailer: Mailer;
  clock: Clock;
  /** Signs the links to each case in the digest. */
  signer: Signer;
  incidents?: Pick<IncidentStore, 'list'>;
}

export interface SentDigest {
  digest: Digest;
  to: string[];
  messageId: string;
}

/** Computes a site's digest now and mails it to its owners: the weekly schedule and the CLI call this. */
export async function sendDigest(siteId: string, deps: DigestDeps): Promise<SentDigest> {
  const site = findSite(deps.config, siteId);
  const now = deps.clock.now();
  const feedbacks = await deps.source.feedbackForDigest(site.id, new Date(now.getTime() - 2 * WEEK_MS));
  const computed = computeDigest(feedbacks, {
    site,
    now,
    linkFor: signedCaseLink(deps.config, deps.signer),
  });
  const weekAgo = new Date(now.getTime() - WEEK_MS);
  const storms = deps.incidents
    ? summariseIncidents(await deps.incidents.list({ siteId: site.id, since: weekAgo }), weekAgo, now)
    : undefined;
  const digest = storms ? { ...computed, incidents: storms } : computed;
  const to = digestRecipients(site).map((person) => person.email);
  const { messageId } = await deps.mailer.send({
    from: { name: site.displayName, address: site.sender },
    to,
    ...renderDigest(digest, site),
    headers: automationHeaders('digest'),
  });
  return { digest, to, messageId };
}

/** Monday of this ISO week, 06:00 UTC: the weekly digest goes out at the first sweep after it. */
function weekStart(now: Date): Date {
  const start = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), 6));
  start.setUTCDate(start.getUTCDate() - ((start.getUTCDay() + 6) % 7));
  return start;
}

/**
 * The weekly schedule: each site's digest once per week. A counter claims the week before
 * sending, so a retried or doubled schedule run cannot send a second copy; one failing site is
 * logged and does not stop the others.
 */
export async function sendWeeklyDigests(
  deps: DigestDeps & { counters: Counters; logger: Logger },
): Promise<number> {
  const now = deps.clock.now();
  const start = weekStart(now);
  if (now < start) return 0;
  let sent = 0;
  for (const site of deps.config.sites) {
    const key = `digest#${site.id}#${start.toISOString().slice(0, 10)}`;
    const claimed = await deps.counters.hit(key, {
      limit: 1,
      expiresAt: new Date(start.getTime() + 2 * WEEK_MS),
    });
    if (!claimed) continue;
    try {
      await sendDigest(site.id, deps);
      sent += 1;
    } catch (error) {
      // Give the week back, so the next run tries again instead of skipping this week's digest.
      await deps.counters.release(key);
      deps.logger.error('weekly digest failed', { siteId: site.id, error: (error as Error).message });
    }
  }
  return sent;
}
