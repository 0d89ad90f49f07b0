import { describe, expect, it } from 'vitest';
import type { Incident } from '../../functions/domain/incident.ts';
import {
  clockForJoiner,
  escalateIncident,
  openingClock,
  reportClock,
} from '../../functions/domain/incident-escalation.ts';
import { addAnswer, incidentNextDue, resolveIncident } from '../../functions/domain/incident-events.ts';
import { incidentEvents } from '../../functions/domain/notify/events.ts';
import { incidentChatContent } from '../../functions/notify/incident-content.ts';
import { aFeedback, demoSite } from '../fixtures/feedback.ts';
import { anOpenedIncident } from '../fixtures/incident.ts';

// The demo site: escalateAfter PT4H, urgentEscalateAfter PT30M.
const site = demoSite;
const opened = anOpenedIncident();
const joined = (at: string) => ({ joinedAt: at });
const five = Array.from({ length: 5 }, () => joined('2026-12-01T10:00:00.000Z'));

describe("an incident's escalation clock", () => {
  it("keeps its earliest report's clock, and the urgent one's shorter clock", () => {
    const waiting = (createdAt: string) =>
      aFeedback({ createdAt, escalation: { at: '2026-12-01T20:00:00.000Z', state: 'waiting' } });
    expect(reportClock(waiting('2026-12-01T09:00:00.000Z'), site, 'normal')).toBe('2026-12-01T13:00:00.000Z');
    expect(reportClock(waiting('2026-12-01T09:00:00.000Z'), site, 'urgent')).toBe('2026-12-01T09:30:00.000Z');
    // A report whose own clock already told the backup adds nothing.
    const fired = aFeedback({ escalation: { at: '2026-12-01T09:00:00.000Z', state: 'fired' } });
    expect(reportClock(fired, site, 'normal')).toBeUndefined();
    const clocks = ['2026-12-01T13:00:00.000Z', undefined, '2026-12-01T12:00:00.000Z'];
    expect(openingClock(clocks, '2026-12-01T10:00:00.000Z', site)).toEqual({
      at: '2026-12-01T12:00:00.000Z',
      state: 'waiting',
    });
    expect(openingClock([undefined], '2026-12-01T10:00:00.000Z', site).at).toBe('2026-12-01T14:00:00.000Z');
  });

  it('is brought forward only by a sooner report, and is due in the index', () => {
    expect(clockForJoiner(opened, '2026-12-01T14:00:00.000Z')).toBeUndefined();
    expect(clockForJoiner(opened, '2026-12-01T10:30:00.000Z')?.escalation?.at).toBe(
      '2026-12-01T10:30:00.000Z',
    );
    const quiet = {
      ...opened,
      mail: {},
      nextCheckAt: undefined,
      notify: { seen: ['opened'], deliveries: {} },
    };
    expect(incidentNextDue(quiet)?.at).toBe('2026-12-01T13:00:00.000Z');
  });

  it('fires once, for the backup, only when nobody answered everyone in time', () => {
    expect(escalateIncident(opened, five, '2026-12-01T12:59:59.000Z', site)).toBeUndefined();
    const fired = escalateIncident(opened, five, '2026-12-01T13:00:00.000Z', site);
    expect(fired?.escalation?.state).toBe('fired');
    expect(fired?.mail.escalation).toMatchObject({ state: 'pending', recipient: site.backup.email });
    expect(fired && escalateIncident(fired, five, '2026-12-01T14:00:00.000Z', site)).toBeUndefined();

    const answered = addAnswer(opened, { n: 1, at: '2026-12-01T11:00:00.000Z', by: 'kari@example.com' });
    expect(answered?.escalation?.state).toBe('stopped');
    expect(resolveIncident(opened, 'kari@example.com', '2026-12-01T11:00:00.000Z')?.escalation?.state).toBe(
      'stopped',
    );
    // Every report taken out: nobody is waiting on it.
    const empty = escalateIncident(opened, [], '2026-12-01T13:00:00.000Z', site);
    expect(empty?.escalation?.state).toBe('stopped');
    expect(empty?.mail.escalation).toBeUndefined();
  });

  it('is heard in chat and webhooks once, as an update of the incident with the reports still in it', () => {
    const fired = escalateIncident(opened, five.slice(1), '2026-12-01T13:00:00.000Z', site);
    const events = fired ? incidentEvents(fired) : [];
    expect(events.filter((event) => event.key === 'escalated')).toEqual([
      {
        type: 'incident.updated',
        key: 'escalated',
        at: '2026-12-01T13:00:00.000Z',
        details: { count: 4, status: 'open', escalated: true },
      },
    ]);
    const links = { page: 'https://x/page', resolve: 'https://x/resolve' };
    const escalated = events.find((event) => event.key === 'escalated');
    const chat = fired && escalated && incidentChatContent(escalated, fired, site, links);
    expect(chat?.headline).toBe('Ingen har svart kundene ennå – Ola Nordmann har fått beskjed · Fjordkaffe');
    expect(incidentEvents(opened).map((event) => event.key)).toEqual(['opened']);
  });

  it('starts again for reports that join after an answer, and tells the backup of only them', () => {
    const fired = escalateIncident(opened, five, '2026-12-01T13:00:00.000Z', site) as Incident;
    // A report joining before any answer does not restart a clock that fired: the backup knows.
    expect(clockForJoiner(fired, '2026-12-01T17:00:00.000Z')).toBeUndefined();
    const answered = addAnswer(fired, {
      n: 1,
      at: '2026-12-01T13:30:00.000Z',
      by: 'ola@example.com',
    }) as Incident;
    const restarted = clockForJoiner(answered, '2026-12-01T18:00:00.000Z') as Incident;
    expect(restarted.escalation).toEqual({ at: '2026-12-01T18:00:00.000Z', state: 'waiting', answers: 1 });
    // A later joiner with a later clock changes nothing.
    expect(clockForJoiner(restarted, '2026-12-01T18:05:00.000Z')).toBeUndefined();
    const active = [...five, joined('2026-12-01T14:00:00.000Z'), joined('2026-12-01T14:05:00.000Z')];
    const again = escalateIncident(restarted, active, '2026-12-01T18:00:00.000Z', site);
    expect(again?.escalations?.[1]).toEqual({
      n: 2,
      at: '2026-12-01T18:00:00.000Z',
      reports: 2,
      since: '2026-12-01T13:30:00.000Z',
    });
    expect(again?.mail['escalation:2']).toMatchObject({ state: 'pending', recipient: site.backup.email });
    expect(incidentEvents(again as Incident).map((event) => event.key)).toContain('escalated:2');
    // Another answer before it is due stops it, as the first one's did.
    const answeredAgain = addAnswer(restarted, {
      n: 2,
      at: '2026-12-01T15:00:00.000Z',
      by: 'kari@example.com',
    });
    expect(answeredAgain?.escalation?.state).toBe('stopped');
  });
});
