import { describe, expect, it } from 'vitest';
import { describeFeedback } from '../../functions/cli/format.ts';
import { answerCheckIn, claim, escalate, resolve } from '../../functions/domain/case-events.ts';
import type { Feedback } from '../../functions/domain/feedback.ts';
import type { Incident } from '../../functions/domain/incident.ts';
import { incidentNextDue, newIncident, resolveIncident } from '../../functions/domain/incident-events.ts';
import { caseEvents, eventId, incidentEvents } from '../../functions/domain/notify/events.ts';
import { queueEvents, queueNotifications } from '../../functions/domain/notify/ledger.ts';
import { targetId } from '../../functions/domain/notify/targets.ts';
import { nextDueAt } from '../../functions/domain/schedule.ts';
import { chatContent } from '../../functions/notify/content.ts';
import { slackMessage } from '../../functions/notify/slack.ts';
import { teamsMessage } from '../../functions/notify/teams.ts';
import { aFeedback, demoSite } from '../fixtures/feedback.ts';

const kari = { name: 'Kari Nordmann', email: 'kari@example.com' };
const at = (minutes: number) =>
  new Date(Date.parse('2026-11-25T09:00:00.000Z') + minutes * 60_000).toISOString();
const links = {
  thread: 'https://x/a/1',
  claim: 'https://x/a/2',
  resolve: 'https://x/a/3',
  reassign: 'https://x/a/4',
};

describe('case events', () => {
  it('reads every event off the record, each under a key that never changes', () => {
    // Prepare: a whole case, from an urgent complaint to a "no" at the check-in
    let feedback: Feedback = aFeedback({
      triage: {
        level: 'urgent',
        score: 9,
        reasons: [{ group: 'public', phrase: 'Trustpilot', label: 'mentions Trustpilot' }],
      },
      escalation: { at: at(30), state: 'waiting' },
    });
    feedback = escalate(feedback, at(31), demoSite) as Feedback;
    feedback = claim(feedback, kari, at(40), demoSite) as Feedback;
    feedback = resolve(feedback, kari, at(50), demoSite, 'New grinder sent') as Feedback;
    feedback = { ...feedback, followUp: { at: at(60), state: 'fired' } };
    feedback = answerCheckIn(feedback, 'no', 'Still broken', at(70), demoSite) as Feedback;

    // Act
    const events = caseEvents(feedback);

    // Assess
    expect(events.map((event) => [event.type, event.key])).toEqual([
      ['feedback.received', 'received'],
      ['feedback.urgent', 'urgent'],
      ['case.escalated', 'escalated:1'],
      ['case.claimed', 'claimed:2'],
      ['case.resolved', 'resolved:3'],
      ['checkin.answered', 'reopened:4'],
    ]);
    expect(events.at(-1)?.details).toEqual({ answer: 'no', comment: 'Still broken' });
    expect(events[4]?.details).toEqual({ by: 'Kari Nordmann', note: 'New grinder sent' });
    expect(caseEvents(feedback)).toEqual(events);
    expect(eventId(feedback.id, 'claimed:2')).toBe(`evt_${feedback.id}_claimed_2`);
  });

  it('has nothing to say before the spread risk is scored, nor about suspected spam', () => {
    expect(caseEvents(aFeedback({ triage: undefined }))).toEqual([]);
    const spam = { reason: 'too-fast' as const, openMs: 300, at: '2026-11-25T09:00:00.000Z' };
    expect(caseEvents(aFeedback({ spam }))).toEqual([]);
  });

  it('queues one delivery per wanting target, marks events seen, and is due until then', () => {
    const targets = [
      { type: 'slack' as const, url: 'https://hooks.slack.com/a' },
      { type: 'teams' as const, url: 'https://teams.example/b', events: ['case.claimed' as const] },
    ];
    const fresh = queueNotifications(aFeedback({ createdAt: at(0) }), targets, at(1)) as Feedback;
    expect(Object.keys(fresh.notify?.deliveries ?? {})).toEqual([
      `${targetId(targets[0] as never)}/received`,
    ]);
    expect(fresh.notify?.seen).toEqual(['received']);
    expect(queueNotifications(fresh, targets, at(2))).toBeUndefined();

    // A claim is a new event: due at once, then queued for both targets.
    const claimed = claim(
      { ...fresh, notify: { seen: ['received'], deliveries: {} } },
      kari,
      at(5),
      demoSite,
    ) as Feedback;
    expect(nextDueAt(claimed)).toBe(at(5));
    const queued = queueNotifications(claimed, targets, at(5)) as Feedback;
    expect(Object.keys(queued.notify?.deliveries ?? {})).toHaveLength(2);
  });

  it('does not announce events from more than a day before it first saw them', () => {
    const old = queueNotifications(
      aFeedback({ createdAt: at(0) }),
      [{ type: 'slack', url: 'https://s.example' }],
      at(25 * 60),
    );
    expect(old?.notify).toEqual({ seen: ['received'], deliveries: {} });
  });
});

describe('chat messages', () => {
  const hostile = aFeedback({
    name: 'Nora Berg',
    email: 'nora@example.org',
    message: '<!channel> *click* <https://evil.example|here> or mail me: nora.b@example.org',
  });
  const event = caseEvents(hostile)[0] as never;

  it('keep customer words plain text, so nothing can ping a channel or hide a link', () => {
    const message = slackMessage(
      chatContent(event, hostile, demoSite, { type: 'slack', url: 'https://s' }, links),
    );
    expect(message.text).not.toContain('<!channel>');
    expect(message.text).toContain('&lt;!channel&gt;');
    const blocks = message.blocks as { type: string; text?: { type: string; text: string } }[];
    const excerpt = blocks.find((block) => block.text?.text.includes('click'));
    expect(excerpt?.text?.type).toBe('plain_text');
    const card = JSON.stringify(
      teamsMessage(chatContent(event, hostile, demoSite, { type: 'teams', url: 'https://t' }, links)),
    );
    expect(card).not.toMatch(/"type":"(TextBlock|FactSet)"/);
  });

  it('show the customer name and address only when the site asks for them', () => {
    const without = JSON.stringify(
      slackMessage(chatContent(event, hostile, demoSite, { type: 'slack', url: 'https://s' }, links)),
    );
    expect(without).not.toMatch(/Nora Berg|nora@example\.org|nora\.b@example\.org/);
    const withContact = JSON.stringify(
      slackMessage(
        chatContent(event, hostile, demoSite, { type: 'slack', url: 'https://s', include: 'contact' }, links),
      ),
    );
    expect(withContact).toContain('Nora Berg · nora@example.org');
  });

  it('speak the site language: the demo site writes Norwegian, with the alert buttons', () => {
    const content = chatContent(event, hostile, demoSite, { type: 'slack', url: 'https://s' }, links);
    expect(content.headline).toBe('Ny tilbakemelding til Fjordkaffe');
    expect(content.buttons.map((button) => button.label)).toEqual([
      'Jeg tar den',
      'Merk som løst',
      'Gi til en kollega',
      'Se hele saken',
    ]);
  });
});

describe('earshot show', () => {
  it('lists each notification with its state, so a stuck one can be read off the case', () => {
    const text = describeFeedback(
      aFeedback({
        notify: {
          seen: ['received'],
          deliveries: {
            'webhook-1/received': {
              state: 'pending',
              type: 'feedback.received',
              event: 'received',
              target: 'webhook-1',
              attempts: 3,
              queuedAt: at(0),
              notBefore: at(5),
              lastError: 'HTTP 503',
            },
          },
        },
      }),
    );
    expect(text).toContain(
      'Slack, Teams and webhooks:\n  webhook-1/received: pending (3 attempts) – HTTP 503',
    );
  });
});

describe('incident events', () => {
  const opened = newIncident({
    id: 'inc1',
    siteId: 'demo',
    shares: { pagePath: '/checkout', terms: [] },
    now: at(0),
    updateEvery: 'PT15M',
    expiresAt: 4_000_000_000,
    total: 5,
    escalation: { at: '2026-12-01T14:00:00.000Z', state: 'stopped' },
  });
  const sent = (incident: Incident) => ({
    ...incident,
    mail: { alert: { state: 'sent' as const, attempts: 1, notBefore: at(0) } },
    nextCheckAt: undefined,
  });

  it('are its opening, each update and its resolution, under keys of their own', () => {
    const grown: Incident = {
      ...opened,
      updates: [...opened.updates, { n: 1, at: at(15), total: 9, since: at(0) }],
    };
    const resolved = resolveIncident(grown, 'kari@example.com', at(30)) as Incident;
    expect(incidentEvents(resolved).map((event) => [event.type, event.key, event.details])).toEqual([
      ['incident.opened', 'opened', { count: 5, status: 'open' }],
      ['incident.updated', 'updated:1', { count: 9, status: 'open' }],
      ['incident.updated', 'resolved', { count: 9, status: 'resolved' }],
    ]);
  });

  it('keep an incident due until they are seen, even on a site without targets', () => {
    const quiet = sent(opened);
    expect(incidentNextDue(quiet)?.at).toBe(at(0));
    const seen = queueEvents(quiet, incidentEvents(quiet), [], at(1)) as Incident;
    expect(seen.notify).toEqual({ seen: ['opened'], deliveries: {} });
    expect(incidentNextDue(seen)).toBeUndefined();
  });
});
