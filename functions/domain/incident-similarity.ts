import type { Feedback } from './feedback.ts';
import type { IncidentSignature } from './incident.ts';
import { type Term, topicTerms } from './incident-terms.ts';

/**
 * When two complaints are one problem, as a rule a person can check: the same page, the same
 * category, or at least two topic words in common. Pure; the dispatcher feeds it the site's
 * recent reports.
 */
export type Report = Pick<
  Feedback,
  | 'id'
  | 'createdAt'
  | 'pageUrl'
  | 'category'
  | 'message'
  | 'rating'
  | 'status'
  | 'firstRespondedAt'
  | 'incident'
>;

export interface Signature {
  pagePath?: string;
  category?: string;
  terms: Term[];
}

/** Shared topic words it takes to call two messages one problem. */
const SHARED_TERMS = 2;

export function signatureOf(report: Pick<Report, 'pageUrl' | 'category' | 'message'>): Signature {
  return {
    pagePath: pagePath(report.pageUrl),
    category: report.category?.trim().toLowerCase() || undefined,
    terms: topicTerms(report.message),
  };
}

/**
 * The path without query, fragment or trailing slash. The front page is left out: it is where
 * every widget opens, so coming from it says nothing about what went wrong.
 */
function pagePath(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const path = new URL(url).pathname.replace(/\/+$/, '').toLowerCase();
    return path && path !== '/' ? path : undefined;
  } catch {
    return undefined;
  }
}

function sharedStems(a: Term[], b: Term[]): string[] {
  const stems = new Set(b.map((term) => term.stem));
  return a.filter((term) => stems.has(term.stem)).map((term) => term.stem);
}

/** Whether a new report belongs to an incident that shares `shares`. */
export function matchesIncident(signature: Signature, shares: IncidentSignature): boolean {
  if (shares.pagePath && signature.pagePath === shares.pagePath) return true;
  if (shares.category && signature.category === shares.category) return true;
  return (
    shares.terms.length >= SHARED_TERMS && sharedStems(signature.terms, shares.terms).length >= SHARED_TERMS
  );
}

export interface Detection {
  /** The earlier reports that form the incident with the new one (not the new one itself). */
  earlier: Report[];
  shares: IncidentSignature;
}

/**
 * The new report opens an incident when, with it, `threshold` reports in `recent` share one
 * thing: its page, its category, or two of its words. The largest such group wins; it says what
 * its reports share (and which words most of them use) so the owner can see why they were joined.
 */
export function detectIncident(report: Report, recent: Report[], threshold: number): Detection | undefined {
  const own = signatureOf(report);
  const others = recent
    .filter((other) => other.id !== report.id && !other.incident && other.rating < 4)
    .map((other) => ({ other, signature: signatureOf(other) }));
  const byPage = own.pagePath ? others.filter(({ signature }) => signature.pagePath === own.pagePath) : [];
  const byCategory = own.category
    ? others.filter(({ signature }) => signature.category === own.category)
    : [];
  const byTerms = others.filter(
    ({ signature }) => sharedStems(own.terms, signature.terms).length >= SHARED_TERMS,
  );
  const groups = [
    { kind: 'page', members: byPage },
    { kind: 'category', members: byCategory },
    { kind: 'terms', members: byTerms },
  ] as const;
  const best = groups.reduce((a, b) => (b.members.length > a.members.length ? b : a));
  if (best.members.length + 1 < Math.max(2, threshold)) return undefined;
  const signatures = [own, ...best.members.map(({ signature }) => signature)];
  const everyone = (value: string | undefined, pick: (s: Signature) => string | undefined) =>
    value !== undefined && signatures.every((signature) => pick(signature) === value) ? value : undefined;
  return {
    earlier: best.members.map(({ other }) => other),
    shares: {
      pagePath: best.kind === 'page' ? own.pagePath : everyone(own.pagePath, (s) => s.pagePath),
      category: best.kind === 'category' ? own.category : everyone(own.category, (s) => s.category),
      terms: commonTerms(own, signatures),
    },
  };
}

/** The new report's words that more than half of the group also use, most used first. */
function commonTerms(own: Signature, signatures: Signature[]): { stem: string; word: string }[] {
  const counted = own.terms
    .map((term) => ({
      term,
      count: signatures.filter((signature) => signature.terms.some((other) => other.stem === term.stem))
        .length,
    }))
    .filter(({ count }) => count * 2 > signatures.length)
    .sort((a, b) => b.count - a.count);
  return counted.slice(0, 5).map(({ term }) => ({ stem: term.stem, word: term.word }));
}
