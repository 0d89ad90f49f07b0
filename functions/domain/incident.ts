import type { MailDelivery, Timer } from './feedback.ts';
import type { NotifyLedger } from './notify/ledger.ts';
import type { TriageLevel } from './triage/types.ts';

/**
 * Many customers, one problem: reports of a site that share a page, a category or the words they
 * use, within the site's window. Its own record, with its own emails, reply address and page; each
 * report stays a case of its own, linked to it (`Feedback.incident`), and its members, answers and
 * everything else that grows with the storm are items of their own, never fields of this record.
 */
export interface Incident {
  id: string;
  siteId: string;
  /** Optimistic lock, as on a case. */
  version: number;
  openedAt: string;
  status: 'open' | 'resolved';
  /** What its reports share: the rule that took each of them in, shown to the owner. */
  shares: IncidentSignature;
  /** The incident alert (`alert`), each paced update (`update:<n>`), the backup's `escalation`. */
  mail: Partial<Record<string, MailDelivery>>;
  /** Each alert and update as sent: how many reports it counted, and from when "new" counts. */
  updates: IncidentUpdate[];
  /** When to look again whether it grew; absent once it stopped growing or was resolved. */
  nextCheckAt?: string;
  /** Owner answers, each sent to every customer; their words are in items of their own. */
  answers: { n: number; at: string; by: string; messageId?: string }[];
  firstAnsweredAt?: string;
  /**
   * Nobody answered everyone in time: the backup is told (incident-escalation.ts). Its reports'
   * own clocks stop when they join, so this is the only one that runs for them. `answers`: how
   * many answers to everyone there were when it started; a newer one stops it.
   */
  escalation?: Timer & { answers?: number };
  /** Each time the backup was told: how many reports were waiting, joined after `since`. */
  escalations?: IncidentEscalation[];
  resolvedAt?: string;
  resolvedBy?: string;
  /** Work that goes out to every case in pages: one answer to everyone, one resolution of all. */
  fanOut: FanOut[];
  usedTokens?: string[];
  /** Slack, Teams and webhook deliveries of its events (domain/notify/). */
  notify?: NotifyLedger;
  /** Epoch seconds, as the site's retention for its cases. */
  expiresAt: number;
}

export interface IncidentSignature {
  /** The page path the reports came from, e.g. `/checkout`. */
  pagePath?: string;
  category?: string;
  /** Topic terms the reports have in common (stems), with a written form each for people. */
  terms: { stem: string; word: string }[];
}

export interface IncidentEscalation {
  /** 1 is the first (its email `escalation`), 2… later ones (`escalation:<n>`). */
  n: number;
  at: string;
  /** Reports waiting when it fired: those that joined after `since` (the answer before it), or all. */
  reports: number;
  since?: string;
}

export interface IncidentUpdate {
  /** 0 is the incident alert, 1… the updates. */
  n: number;
  at: string;
  /** Reports in the incident when this email was queued. */
  total: number;
  /** Reports that joined after this moment are "new" in this email. */
  since: string;
}

export interface FanOut {
  kind: 'answer' | 'resolve';
  /** For an answer, which one; for a resolution, 0. */
  n: number;
  by: string;
  /** The last member handled (its feedback id): the next page starts after it. */
  after?: string;
}

/** One report in an incident: enough to count, list and name it without reading the case. */
export interface IncidentMember {
  incidentId: string;
  feedbackId: string;
  joinedAt: string;
  createdAt: string;
  level: TriageLevel;
  /** The start of the customer's message, for the owner's emails and the incident page. */
  excerpt: string;
  /** Taken out ("this is a different problem"): no longer counted, answered or resolved with it. */
  separatedAt?: string;
  expiresAt: number;
}

export interface IncidentAnswer {
  incidentId: string;
  n: number;
  at: string;
  by: string;
  text: string;
  expiresAt: number;
}
