import type { SiteConfig } from '../config/schema.ts';
import { composeIncidentEmail } from '../emails/incident-compose.ts';
import { addEntry, queueMail, resolve, staffAnswered } from './case-events.ts';
import { type DeliveryTarget, deliverOnce } from './deliver-once.ts';
import type { DispatchDeps } from './dispatch.ts';
import { parseDuration } from './duration.ts';
import { ConflictError } from './errors.ts';
import type { Feedback } from './feedback.ts';
import { inParallel } from './in-parallel.ts';
import type { FanOut, Incident, IncidentMember } from './incident.ts';
import {
  clockForJoiner,
  escalateIncident,
  escalationDue,
  openingClock,
  reportClock,
} from './incident-escalation.ts';
import { advanceFanOut, checkGrowth, joinIncident, newIncident, takesReports } from './incident-events.ts';
import { activeMembers } from './incident-members.ts';
import type { IncidentStore } from './incident-ports.ts';
import { detectIncident, matchesIncident, signatureOf } from './incident-similarity.ts';
import { mutate } from './mutate.ts';
import { signRelease } from './release-token.ts';
import { isMailDue } from './schedule.ts';
import { PRIORITY } from './send-priority.ts';
import { assessSpreadRisk } from './spread-risk.ts';

export type IncidentDeps = DispatchDeps & { incidents: IncidentStore };

/** Members handled per round of a fan-out (an answer to everyone, a resolution of all). */
const FAN_OUT_PAGE = 100;
const FAN_OUT_CONCURRENCY = 8;
const OPENING_LEASE_MS = 10_000;
const EXCERPT = 280;

/**
 * Before a complaint's first alert: does it belong to an open incident of its site, or is it the
 * report that makes one (the `threshold`-th similar one within the window)? Returns the change
 * that links the case, or undefined when it stands alone and is alerted as ever.
 */
export async function groupIntoIncident(
  feedback: Feedback,
  deps: IncidentDeps,
): Promise<((current: Feedback) => Feedback) | undefined> {
  const site = deps.config.sites.find((candidate) => candidate.id === feedback.siteId);
  if (!site || feedback.rating >= 4 || feedback.mail.alert?.state !== 'pending') return undefined;
  const now = deps.clock.now();
  const at = now.toISOString();
  const signature = signatureOf(feedback);
  const link = (incidentId: string) => (current: Feedback) =>
    joinIncident(current, incidentId, at) ?? current;

  const joinable = async () =>
    (await deps.incidents.open(site.id)).find(
      (incident) => takesReports(incident) && matchesIncident(signature, incident.shares),
    );
  // One more report: a member item of its own, and a write of the incident only for its clock.
  const join = async (incident: Incident) => {
    const member = memberOf(feedback, incident.id, at, site);
    await deps.incidents.addMember(member);
    const clock = reportClock(feedback, site, member.level);
    if (clockForJoiner(incident, clock))
      await mutate(deps.incidents, incident.id, (current) => clockForJoiner(current, clock), incident);
    return link(incident.id);
  };
  const existing = await joinable();
  if (existing) return join(existing);

  const windowMs = parseDuration(site.incident.window) ?? 0;
  const recent = await deps.incidents.recentReports(site.id, new Date(now.getTime() - windowMs));
  const detection = detectIncident(feedback, recent, site.incident.threshold);
  if (!detection) return undefined;

  // Two dispatchers must not open two incidents for one storm: opening is one at a time per site,
  // and whoever comes second finds the first one's incident and joins it.
  const leaseName = `incident-open#${site.id}`;
  for (let tries = 0; !(await deps.incidents.lease(leaseName, now, OPENING_LEASE_MS)); tries++) {
    if (tries >= 50) throw new ConflictError(`Could not open an incident for site ${site.id}.`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  try {
    const opened = await joinable();
    if (opened) return join(opened);
    const id = deps.hash(`incident\n${feedback.id}`).slice(0, 20);
    const takenIn: Feedback[] = [];
    for (const earlier of detection.earlier) {
      const joined = await mutate(deps.store, earlier.id, (current) => joinIncident(current, id, at));
      if (joined) takenIn.push(joined);
    }
    const clocks: (string | undefined)[] = [];
    for (const report of [feedback, ...takenIn]) {
      const member = memberOf(report, id, at, site);
      clocks.push(reportClock(report, site, member.level));
      await deps.incidents.addMember(member);
    }
    const incident = newIncident({
      id,
      siteId: site.id,
      shares: detection.shares,
      now: at,
      updateEvery: site.incident.updateEvery,
      expiresAt: feedback.expiresAt,
      total: takenIn.length + 1,
      escalation: openingClock(clocks, at, site),
    });
    await deps.incidents.create(incident);
    deps.logger.info('incident opened', { incidentId: id, siteId: site.id, reports: takenIn.length + 1 });
    return link(id);
  } finally {
    await deps.incidents.release(leaseName);
  }
}

function memberOf(feedback: Feedback, incidentId: string, at: string, site: SiteConfig): IncidentMember {
  const triage = feedback.triage ?? assessSpreadRisk(feedback, site).triage;
  return {
    incidentId,
    feedbackId: feedback.id,
    joinedAt: at,
    createdAt: feedback.createdAt,
    level: triage?.level ?? 'normal',
    excerpt: feedback.message.slice(0, EXCERPT),
    expiresAt: feedback.expiresAt,
  };
}

/** All the incident's due work: a growth check, its escalation, a page of fan-out, its owed emails. */
export async function processIncident(id: string, deps: IncidentDeps): Promise<void> {
  let incident = await deps.incidents.get(id);
  if (!incident) return deps.store.clearDue(id, 'incident');
  const site = deps.config.sites.find((candidate) => candidate.id === incident?.siteId);
  if (!site) return deps.store.clearDue(id, 'incident');
  const now = deps.clock.now();
  const store = deps.incidents;

  const at = now.toISOString();
  if ((incident.nextCheckAt && incident.nextCheckAt <= at) || escalationDue(incident, at)) {
    const active = await activeMembers(id, deps);
    const timed = (current: Incident) => {
      const grown = checkGrowth(current, active, at, site.incident) ?? current;
      const next = escalateIncident(grown, active, at, site) ?? grown;
      return next === current ? undefined : next;
    };
    incident = (await mutate(store, id, timed, incident)) ?? incident;
  }
  const task = incident.fanOut[0];
  if (task) incident = await fanOutPage(incident, task, site, deps);

  for (const kind of Object.keys(incident.mail).filter((key) => isMailDue(incident?.mail[key], now))) {
    await deps.pacer?.take(PRIORITY.staff);
    const delivered: { record: Incident | undefined } = await deliverOnce(
      incidentTarget(id, deps),
      kind,
      deps,
      incident,
    );
    incident = delivered.record ?? incident;
  }
}

/**
 * One page of members gets the answer (or the resolution). Each change is keyed so that doing a
 * page twice changes nothing the second time: an answer is one thread entry per case, found by its
 * `incident:<id>:<n>` key; resolving a resolved case does nothing.
 */
async function fanOutPage(
  incident: Incident,
  task: FanOut,
  site: SiteConfig,
  deps: IncidentDeps,
): Promise<Incident> {
  const page = await deps.incidents.members(incident.id, { after: task.after, limit: FAN_OUT_PAGE });
  const now = deps.clock.now().toISOString();
  const staff =
    site.staff.concat([site.owner, site.backup]).find((person) => person.email === task.by) ?? site.owner;
  const answer = task.kind === 'answer' ? await deps.incidents.answer(incident.id, task.n) : undefined;
  // The words are written just after the task: until they are there, try again next round.
  if (task.kind === 'answer' && !answer) return incident;
  await inParallel(page, FAN_OUT_CONCURRENCY, async (member) => {
    if (member.separatedAt) return;
    await mutate(deps.store, member.feedbackId, (current) => {
      if (current.incident?.id !== incident.id) return undefined;
      if (task.kind === 'resolve') return resolve(current, staff, now, site);
      const key = `incident:${incident.id}:${task.n}`;
      if (!answer || !current.email || current.thread.some((entry) => entry.messageId === key))
        return undefined;
      let next = addEntry(current, {
        at: now,
        kind: 'staff',
        by: staff.name,
        text: answer.text,
        messageId: key,
      });
      next = queueMail(next, `relay:${next.thread.length}`, now);
      return staffAnswered(next, staff, now, site);
    });
  });
  const last = page.length === FAN_OUT_PAGE ? page[page.length - 1]?.feedbackId : undefined;
  const saved = await mutate(
    deps.incidents,
    incident.id,
    (current) => {
      const advanced = advanceFanOut(current, task, last);
      return advanced === current ? undefined : advanced;
    },
    incident,
  );
  if (!last)
    deps.logger.info('incident fan-out done', { incidentId: incident.id, kind: task.kind, n: task.n });
  return saved ?? incident;
}

function incidentTarget(id: string, deps: IncidentDeps): DeliveryTarget<Incident> {
  return {
    log: { incidentId: id },
    mutate: (change, known) => mutate(deps.incidents, id, change, known),
    async prepare(claimed, kind, delivery) {
      const members = await activeMembers(id, deps);
      const context = { config: deps.config, signer: deps.signer };
      const held = await heldAcks(claimed, members, deps);
      return composeIncidentEmail(kind, claimed, members, context, delivery, held);
    },
  };
}

/** The signed release lives this long, as the held-acknowledgement notice's does. */
const RELEASE_LINK_DAYS = 7;

/**
 * How many of the incident's acknowledgements the site's hourly budget holds back, with the same
 * one-click release the budget's own notice carries (see ack-budget.ts).
 */
async function heldAcks(incident: Incident, members: IncidentMember[], deps: IncidentDeps) {
  const held = new Set(await deps.heldMail.list(incident.siteId, 'ack-budget'));
  const count = members.filter((member) => held.has(member.feedbackId)).length;
  if (!count) return undefined;
  const token = signRelease(deps.signer, {
    siteId: incident.siteId,
    e: Math.floor(deps.clock.now().getTime() / 1000) + RELEASE_LINK_DAYS * 86_400,
  });
  return { count, releaseUrl: `${deps.config.publicUrl.replace(/\/$/, '')}/held/${token}` };
}
