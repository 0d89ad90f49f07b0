import { describe, expect, it } from 'vitest';
import {
  bringForward,
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
    expect(bringForward(opened, '2026-12-01T14:00:00.000Z')).toBeUndefined();
    expect(bringForward(opened, '2026-12-01T10:30:00.000Z')?.escalation?.at).toBe('2026-12-01T10:30:00.000Z');
    const quiet = {
      ...opened,
      mail: {},
      nextCheckAt: undefined,
      notify: { seen: ['opened'], deliveries: {} },
    };
    expect(incidentNextDue(quiet)?.at).toBe('2026-12-01T13:00:00.000Z');
  });

  it('fires once, for the backup, only when nobody answered everyone in time', () => {
    expect(escalateIncident(opened, 5, '2026-12-01T12:59:59.000Z', site)).toBeUndefined();
    const fired = escalateIncident(opened, 5, '2026-12-01T13:00:00.000Z', site);
    expect(fired?.escalation?.state).toBe('fired');
    expect(fired?.mail.escalation).toMatchObject({ state: 'pending', recipient: site.backup.email });
    expect(fired && escalateIncident(fired, 5, '2026-12-01T14:00:00.000Z', site)).toBeUndefined();

    const answered = addAnswer(opened, { n: 1, at: '2026-12-01T11:00:00.000Z', by: 'kari@example.com' });
    expect(answered?.escalation?.state).toBe('stopped');
    expect(resolveIncident(opened, 'kari@example.com', '2026-12-01T11:00:00.000Z')?.escalation?.state).toBe(
      'stopped',
    );
    // Every report taken out: nobody is waiting on it.
    const empty = escalateIncident(opened, 0, '2026-12-01T13:00:00.000Z', site);
    expect(empty?.escalation?.state).toBe('stopped');
    expect(empty?.mail.escalation).toBeUndefined();
  });

  it('is heard in chat and webhooks once, as an update of the incident with the reports still in it', () => {
    const fired = escalateIncident(opened, 4, '2026-12-01T13:00:00.000Z', site);
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
});
