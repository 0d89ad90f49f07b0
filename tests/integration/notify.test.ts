import { randomBytes } from 'node:crypto';
import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../functions/adapters/clock.ts';
import type { Feedback } from '../../functions/domain/feedback.ts';
import { linkFor, to } from '../helpers/mail.ts';
import { type Receiver, startReceiver } from '../helpers/receiver.ts';
import { eventually, startTestStack, type TestStack } from '../helpers/stack.ts';

const secret = `whsec_${randomBytes(32).toString('base64')}`;
const clock = new ManualClock();
let t: TestStack;
let receiver: Receiver;

beforeAll(async () => {
  receiver = await startReceiver();
  t = await startTestStack({
    clock,
    notifyTimeoutMs: 1_500,
    site: {
      notify: [
        { type: 'slack', url: receiver.url('/slack') },
        { type: 'teams', url: receiver.url('/teams'), events: ['feedback.urgent', 'case.claimed'] },
        { type: 'webhook', url: receiver.url('/hook'), secret },
      ],
    },
  });
});
afterAll(async () => {
  await t?.stop();
  await receiver?.close();
});
beforeEach(async () => {
  clock.set(new Date());
  receiver.clear();
  for (const path of ['/slack', '/teams', '/hook']) receiver.answer(path, { status: 200 });
  await t.clearInbox();
});

const complaint = {
  siteId: 'demo',
  rating: 1,
  message:
    'The grinder broke on day two. Write to me at nora.private@example.org. I will post this on Facebook and Trustpilot.',
  name: 'Nora Berg',
  email: 'nora@example.org',
  locale: 'en',
};

async function submit(body: Record<string, unknown> = complaint): Promise<string> {
  const response = await t.post({ ...body, clientRequestId: crypto.randomUUID() });
  expect(response.status).toBe(202);
  return ((await response.json()) as { id: string }).id;
}

async function waitFor(path: string, count: number, timeoutMs = 8_000) {
  const found = await eventually(
    async () => receiver.at(path).length >= count && receiver.at(path),
    timeoutMs,
  );
  expect(found, `${count} request(s) at ${path}`).toBeTruthy();
  return receiver.at(path);
}

const record = (id: string) => t.stack.services.store.get(id) as Promise<Feedback>;
const deliveries = async (id: string, prefix: string) =>
  Object.values((await record(id)).notify?.deliveries ?? {}).filter((d) => d.target.startsWith(prefix));

describe('Slack, Teams and webhooks', () => {
  it('sends each event in each shape, signed, and without the customer contact in chat', async () => {
    // Act
    const id = await submit();
    const hooks = await waitFor('/hook', 2);
    const [slack] = await waitFor('/slack', 2);
    const [teams] = await waitFor('/teams', 1);

    // Assess: the webhook is a Standard Webhooks message the official package accepts.
    const verified = hooks.map(
      (hook) =>
        new Webhook(secret).verify(hook.body, hook.headers as Record<string, string>) as { type: string },
    );
    expect(verified.map((body) => body.type).sort()).toEqual(['feedback.received', 'feedback.urgent']);
    const received = JSON.parse(
      hooks.find((hook) => hook.body.includes('"feedback.received"'))?.body ?? '{}',
    );
    expect(received).toMatchObject({
      type: 'feedback.received',
      data: {
        event: { level: expect.stringMatching(/high|urgent/) },
        case: { id, email: 'nora@example.org' },
      },
    });
    expect(received.data.caseUrl).toMatch(new RegExp(`^${t.apiUrl}/a/`));
    expect(received.data.case.notify).toBeUndefined();
    expect(hooks[0]?.headers['webhook-id']).toMatch(new RegExp(`^evt_${id}_`));

    // Slack: Block Kit with the facts and the alert's four buttons, no name or address anywhere.
    const message = JSON.parse(slack?.body ?? '{}');
    expect(message.blocks[0]).toMatchObject({ type: 'header', text: { type: 'plain_text' } });
    const actions = message.blocks.find((block: { type: string }) => block.type === 'actions');
    expect(actions.elements).toHaveLength(4);
    for (const button of actions.elements) expect(button.url).toMatch(new RegExp(`^${t.apiUrl}/a/`));
    expect(slack?.body).toContain('1/5');
    for (const request of [slack, teams]) {
      expect(request?.body).not.toContain('nora@example.org');
      expect(request?.body).not.toContain('nora.private@example.org');
      expect(request?.body).not.toContain('Nora Berg');
    }
    // The buttons open the very pages the email's buttons do.
    expect((await fetch(actions.elements[0].url)).status).toBe(200);

    // Teams: an Adaptive Card with OpenUrl buttons; it asked only for urgent and claimed.
    const card = JSON.parse(teams?.body ?? '{}');
    expect(card.type).toBe('message');
    expect(card.attachments[0].contentType).toBe('application/vnd.microsoft.card.adaptive');
    expect(card.attachments[0].content.type).toBe('AdaptiveCard');
    expect(card.attachments[0].content.actions.map((action: { type: string }) => action.type)).toEqual(
      Array(4).fill('Action.OpenUrl'),
    );
    expect(receiver.at('/teams')).toHaveLength(1);

    // A claim through the alert's link is an event of its own, to the webhook and to Teams.
    const [alert] = await t.waitForEmails(to('kari@example.com'));
    expect((await fetch(linkFor(alert, 'claim'), { method: 'POST' })).status).toBe(200);
    const claimed = (await waitFor('/hook', 3)).map((hook) => JSON.parse(hook.body)).at(-1);
    expect(claimed).toMatchObject({ type: 'case.claimed', data: { event: { by: 'Kari Nordmann' } } });
    await waitFor('/teams', 2);
  });

  it('retries a failing webhook with backoff, keeping its webhook-id, until it is taken', async () => {
    // Prepare
    receiver.answer('/hook', { status: 500 }, { status: 503 }, { status: 204 });
    const id = await submit({ ...complaint, rating: 2, message: 'The beans were stale.' });
    await waitFor('/hook', 1);
    await eventually(async () => (await deliveries(id, 'webhook'))[0]?.state === 'pending', 3_000);
    expect((await deliveries(id, 'webhook'))[0]).toMatchObject({ state: 'pending', lastError: 'HTTP 500' });

    // Act: nothing before the backoff is over, then one try each time it is
    clock.advance(10_000);
    await t.stack.runDueWork();
    expect(receiver.at('/hook')).toHaveLength(1);
    clock.advance(25_000);
    await waitFor('/hook', 2);
    await eventually(
      async () =>
        (await deliveries(id, 'webhook'))[0]?.attempts === 2 &&
        (await deliveries(id, 'webhook'))[0]?.state === 'pending',
      3_000,
    );
    clock.advance(65_000);
    const attempts = await waitFor('/hook', 3);

    // Assess
    expect(new Set(attempts.map((hook) => hook.headers['webhook-id'])).size).toBe(1);
    for (const hook of attempts)
      new Webhook(secret).verify(hook.body, hook.headers as Record<string, string>);
    expect(new Set(attempts.map((hook) => hook.headers['webhook-timestamp'])).size).toBe(3);
    await eventually(async () => (await deliveries(id, 'webhook'))[0]?.state === 'sent', 3_000);
    expect((await deliveries(id, 'webhook'))[0]).toMatchObject({ state: 'sent', attempts: 3, status: 204 });
    clock.advance(3_600_000);
    await t.stack.runDueWork();
    expect(receiver.at('/hook')).toHaveLength(3);
  });

  it('still alerts staff on time while every target fails, one of them hanging', async () => {
    // Prepare: the first target in the config hangs, so anything waiting on it would show
    receiver.answer('/slack', 'hang');
    receiver.answer('/hook', { status: 500 });
    receiver.answer('/teams', { status: 302, headers: { location: receiver.url('/elsewhere') } });

    // Act
    const id = await submit();
    await eventually(async () => receiver.hangingCount() > 0, 8_000);

    // Assess: while the Slack call is still hanging, the owner's alert is already sent…
    expect(receiver.hangingCount()).toBeGreaterThan(0);
    expect((await t.inbox()).filter(to('kari@example.com'))).toHaveLength(1);
    // …and the other targets are tried side by side, not after the hanging one gives up.
    const othersWhileHanging = await eventually(
      async () =>
        receiver.hangingCount() > 0 && receiver.at('/hook').length >= 2 && receiver.at('/teams').length > 0,
      1_000,
    );
    expect(othersWhileHanging).toBe(true);
    await eventually(
      async () => (await deliveries(id, 'slack')).every((d) => d.lastError?.includes('no answer within')),
      8_000,
    );
    expect((await deliveries(id, 'slack')).every((d) => d.state === 'pending')).toBe(true);
    expect((await deliveries(id, 'webhook'))[0]).toMatchObject({ state: 'pending', lastError: 'HTTP 500' });
    expect((await deliveries(id, 'teams'))[0]?.lastError).toMatch(/302: redirects are not followed/);
    expect(receiver.at('/elsewhere')).toHaveLength(0);
  });

  it('turns a target off at its first 410 and tells the owner once, by email', async () => {
    // Prepare
    receiver.answer('/slack', { status: 410 });

    // Act
    const id = await submit({ ...complaint, rating: 2, message: 'Late again.' });
    await waitFor('/slack', 1);
    const [notice] = await t.waitForEmails(
      (email) => to('kari@example.com')(email) && /Slack/.test(email.subject),
    );
    await submit({ ...complaint, rating: 2, message: 'And the lid was missing.' });
    await waitFor('/hook', 2);
    await t.stack.runDueWork();

    // Assess
    expect(notice?.subject).toMatch(/^Varsler til Slack \(127\.0\.0\.1:\d+\) er slått av · Fjordkaffe$/);
    expect(notice?.body.text).toContain('410 Gone');
    expect(receiver.at('/slack')).toHaveLength(1);
    expect((await deliveries(id, 'slack'))[0]?.state).toBe('off');
    expect((await t.inbox()).filter((email) => /Slack/.test(email.subject))).toHaveLength(1);
  });
});
