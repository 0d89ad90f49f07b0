import { describe, expect, it } from 'vitest';
import { dueKeys, dueShard, parseDueSort } from '../../functions/adapters/dynamodb/due-index.ts';
import type { IncidentMember } from '../../functions/domain/incident.ts';
import { checkGrowth, joinIncident, separateFromIncident } from '../../functions/domain/incident-events.ts';
import {
  detectIncident,
  matchesIncident,
  type Report,
  signatureOf,
} from '../../functions/domain/incident-similarity.ts';
import { mailPriority, PRIORITY } from '../../functions/domain/send-priority.ts';
import { aFeedback } from '../fixtures/feedback.ts';
import { anOpenedIncident } from '../fixtures/incident.ts';

let n = 0;
function aReport(change: Partial<Report> = {}): Report {
  n += 1;
  return {
    id: `r${n}`,
    createdAt: `2026-12-01T10:${String(n % 60).padStart(2, '0')}:00.000Z`,
    message: 'Something went wrong.',
    rating: 1,
    status: 'open',
    ...change,
  };
}

describe('what makes complaints one problem', () => {
  it.each([
    [
      'the same page, whatever the words',
      { pageUrl: 'https://shop.example/checkout?step=2' },
      { pageUrl: 'https://shop.example/checkout/' },
    ],
    ['the same category', { category: 'Delivery' }, { category: 'delivery' }],
    [
      'two shared topic words, in Norwegian',
      { message: 'Betalingen feilet i kassen' },
      { message: 'Kassen sier at betalingen ble avvist' },
    ],
    [
      'two shared topic words, in Swedish',
      { message: 'Betalningen misslyckades i kassan' },
      { message: 'Kassan nekade betalningen igen' },
    ],
  ])('%s', (_name, a, b) => {
    const group = [aReport(b), aReport(b), aReport(b), aReport(b)];
    const detection = detectIncident(aReport(a), group, 5);
    expect(detection?.earlier).toHaveLength(4);
  });

  it.each([
    ['the front page is where every widget opens, so it joins nothing', { pageUrl: 'https://shop.example/' }],
    ['one shared word is not enough', { message: 'The delivery was late.' }],
    [
      'words that say nothing (stop words) are not shared topics',
      { message: 'I have been waiting and waiting for this.' },
    ],
  ] as [string, Partial<Report>][])('%s', (_name, change) => {
    const others = [
      aReport({ ...change, message: change.message ?? 'Coffee tasted burnt.' }),
      aReport({ ...change, message: 'A delivery question about my coffee.' }),
      aReport({ ...change, message: 'Grinder rattles badly.' }),
      aReport({ ...change, message: 'I have been waiting for a refund.' }),
    ];
    expect(
      detectIncident(
        aReport({ ...change, message: change.message ?? 'Strange noise from the kettle.' }),
        others,
        5,
      ),
    ).toBeUndefined();
  });

  it('opens only at the threshold: four similar reports are still four cases', () => {
    const same = { pageUrl: 'https://shop.example/checkout' };
    expect(detectIncident(aReport(same), [aReport(same), aReport(same), aReport(same)], 5)).toBeUndefined();
    expect(
      detectIncident(aReport(same), [aReport(same), aReport(same), aReport(same), aReport(same)], 5),
    ).toBeDefined();
  });

  it('leaves out happy customers and reports already in an incident', () => {
    const same = { pageUrl: 'https://shop.example/checkout' };
    const others = [
      aReport({ ...same, rating: 5 }),
      aReport({ ...same, incident: { id: 'x', joinedAt: '' } }),
      aReport(same),
      aReport(same),
    ];
    expect(detectIncident(aReport(same), others, 4)).toBeUndefined();
  });

  it('says what the reports share, in words the owner can check', () => {
    const messages = [
      'Payment declined at checkout',
      'Checkout says payment declined',
      'Payment declined again',
      'My card payment was declined',
    ];
    const detection = detectIncident(
      aReport({ message: 'Payment declined twice' }),
      messages.map((message) => aReport({ message })),
      5,
    );
    expect(detection?.shares.terms.map((term) => term.word)).toEqual(
      expect.arrayContaining(['payment', 'declined']),
    );
    expect(
      matchesIncident(
        signatureOf({ message: 'Why was my payment declined?' }),
        detection?.shares ?? { terms: [] },
      ),
    ).toBe(true);
    expect(
      matchesIncident(signatureOf({ message: 'The coffee was stale.' }), detection?.shares ?? { terms: [] }),
    ).toBe(false);
  });
});

describe('an incident over time', () => {
  const opened = anOpenedIncident();
  const member = (id: string, joinedAt: string): IncidentMember => ({
    incidentId: 'inc1',
    feedbackId: id,
    joinedAt,
    createdAt: joinedAt,
    level: 'normal',
    excerpt: '',
    expiresAt: 4e9,
  });
  const settings = { window: 'PT15M', updateEvery: 'PT15M' };
  const five = ['a', 'b', 'c', 'd', 'e'].map((id) => member(id, '2026-12-01T10:00:00.000Z'));

  it('sends no update before its time, however much it grew', () => {
    const grown = [...five, member('f', '2026-12-01T10:05:00.000Z')];
    expect(checkGrowth(opened, grown, '2026-12-01T10:14:59.000Z', settings)).toBeUndefined();
    const due = checkGrowth(opened, grown, '2026-12-01T10:15:00.000Z', settings);
    expect(Object.keys(due?.mail ?? {})).toEqual(['alert', 'update:1']);
    expect(due?.nextCheckAt).toBe('2026-12-01T10:30:00.000Z');
  });

  it('sends no update when it did not grow, and stops looking once a whole window is quiet', () => {
    const quiet = checkGrowth(opened, five, '2026-12-01T10:15:00.000Z', settings);
    expect(Object.keys(quiet?.mail ?? {})).toEqual(['alert']);
    expect(quiet?.nextCheckAt).toBeUndefined();
  });

  it("skips a joining case's own alert and stops its clock; separating gives it back an alert", () => {
    const pending = { state: 'pending' as const, attempts: 0, notBefore: '2026-12-01T10:00:00.000Z' };
    const joined = joinIncident(
      aFeedback({
        mail: { alert: pending },
        escalation: { at: '2026-12-01T14:00:00.000Z', state: 'waiting' },
      }),
      'inc1',
      '2026-12-01T10:00:00.000Z',
    );
    expect(joined?.mail.alert?.state).toBe('skipped');
    expect(joined?.escalation?.state).toBe('stopped');
    expect(
      joinIncident(
        aFeedback({ firstRespondedAt: '2026-12-01T09:00:00.000Z' }),
        'inc1',
        '2026-12-01T10:00:00.000Z',
      ),
    ).toBeUndefined();
    const separated = joined && separateFromIncident(joined, '2026-12-01T11:00:00.000Z', 3_600_000);
    expect(separated?.incident).toBeUndefined();
    expect(
      Object.entries(separated?.mail ?? {}).filter(
        ([kind, delivery]) => kind.startsWith('alert:') && delivery?.state === 'pending',
      ),
    ).toHaveLength(1);
    expect(separated?.escalation).toEqual({ at: '2026-12-01T12:00:00.000Z', state: 'waiting' });
  });
});

describe('send order and the due index', () => {
  it('ranks urgent alerts, then staff mail, then answers, acknowledgements, check-ins', () => {
    const urgent = aFeedback({ triage: { level: 'urgent', score: 9, reasons: [] } });
    const answer = aFeedback({
      thread: [{ id: '1', at: '', kind: 'staff', text: 'Hi' }],
      mail: { ack: { state: 'sent', attempts: 1, notBefore: '' } },
    });
    expect(mailPriority(urgent, 'alert')).toBe(PRIORITY.urgentAlert);
    expect(mailPriority(aFeedback(), 'alert')).toBe(PRIORITY.staff);
    expect(mailPriority(answer, 'relay:1')).toBe(PRIORITY.relay);
    expect(mailPriority(aFeedback(), 'ack')).toBe(PRIORITY.acknowledgement);
    expect(mailPriority(aFeedback(), 'checkin:3')).toBe(PRIORITY.checkIn);
  });

  it('spreads ids over sixteen shards and sorts work due now by priority, later work by time', () => {
    const shards = new Set(Array.from({ length: 400 }, (_, i) => dueShard(`id${i}`)));
    expect(shards.size).toBe(16);
    const now = new Date('2026-12-01T10:00:00.000Z');
    const urgentNow = dueKeys('a', { at: '2026-12-01T09:59:00.000Z', priority: 0 }, now).dueAt;
    const ackNow = dueKeys('a', { at: '2026-12-01T09:00:00.000Z', priority: 3 }, now).dueAt;
    const later = dueKeys('a', { at: '2026-12-01T11:00:00.000Z', priority: 0 }, now).dueAt;
    expect([later, ackNow, urgentNow].sort()).toEqual([urgentNow, ackNow, later]);
    expect(parseDueSort(later)).toEqual({ at: '2026-12-01T11:00:00.000Z', priority: 0 });
    expect(parseDueSort('2026-12-01T08:00:00.000Z')).toEqual({ at: '2026-12-01T08:00:00.000Z', priority: 1 });
  });
});
