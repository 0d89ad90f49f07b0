import type { Incident, IncidentAnswer, IncidentMember } from './incident.ts';
import type { Report } from './incident-similarity.ts';

/** Storage of incidents and what grows with them (members, answers), each in items of its own. */
export interface IncidentStore {
  get(id: string): Promise<Incident | undefined>;
  /** Stores a new incident unless its id exists. */
  create(incident: Incident): Promise<void>;
  /** Replaces the record if it is still at `incident.version - 1`; else throws ConflictError. */
  save(incident: Incident): Promise<void>;
  /** The site's incidents that are still open. */
  open(siteId: string): Promise<Incident[]>;
  /** Every incident, newest first (one site, or all): for operators. */
  list(filter?: { siteId?: string; since?: Date }): Promise<Incident[]>;
  /** The site's reports created since `since`, for detection: only what the rule reads. */
  recentReports(siteId: string, since: Date): Promise<Report[]>;
  /** Idempotent: the same member written twice is one member, as first written. */
  addMember(member: IncidentMember): Promise<void>;
  /** Members in feedback-id order, a page at a time; `after` is the last id of the page before. */
  members(incidentId: string, page?: { after?: string; limit?: number }): Promise<IncidentMember[]>;
  /** Marks a member taken out ("a different problem"); it stays listed, no longer counted. */
  separate(incidentId: string, feedbackId: string, at: string): Promise<void>;
  putAnswer(answer: IncidentAnswer): Promise<void>;
  answer(incidentId: string, n: number): Promise<IncidentAnswer | undefined>;
  /** A short exclusive lease (opening an incident for a site); false while someone else holds it. */
  lease(name: string, now: Date, forMs: number): Promise<boolean>;
  release(name: string): Promise<void>;
}
