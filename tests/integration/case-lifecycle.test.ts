import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import { ManualClock } from '../../functions/adapters/clock.ts';
import type { Feedback } from '../../functions/domain/feedback.ts';
import { aFeedback } from '../fixtures/feedback.ts';
import { about, linkFor as link, to } from '../helpers/mail.ts';
import { startTestStack, type TestStack } from '../helpers/stack.ts';

let t: TestStack;
const clock = new ManualClock();
beforeAll(async () => {
  t = await startTestStack({
    clock,
    env: { EARSHOT_ESCALATE_AFTER: 'PT1H', EARSHOT_FOLLOW_UP_AFTER: 'P1D' },
  });
});
afterAll(() => t?.stop());
beforeEach(async () => {
  clock.set(new Date());
  await t.clearInbox();
});

async function sweep(advanceMs: number) {
  clock.advance(advanceMs);
  await t.stack.runDueWork();
  await new Promise((resolve) => setTimeout(resolve, 200));
}

async function submit(customer: string) {
  const response = await t.post({
    siteId: 'demo',
    rating: 2,
    message: 'Cold coffee.',
    email: customer,
    locale: 'en',
  });
  const { id } = (await response.json()) as { id: string };
  const [alert] = await t.waitForEmails((email) => about(id)(email) && to('kari@example.com')(email));
  return { id, alert };
}

it('escalates again after a reassignment restarts the clock', async () => {
  const { id, alert } = await submit(`re-${Date.now()}@example.org`);
  await sweep(61 * 60_000);
  expect((await t.inbox()).filter(about(id)).filter(to('ola@example.com'))).toHaveLength(1);
  await fetch(link(alert, 'reassign'), {
    method: 'POST',
    body: new URLSearchParams({ to: 'sven@example.com' }),
  });
  await sweep(61 * 60_000);
  const inbox = (await t.inbox()).filter(about(id));
  // The first escalation, then after the handover: Sven's alert, a second escalation, his reminder.
  expect(inbox.filter(to('ola@example.com'))).toHaveLength(2);
  expect(inbox.filter(to('sven@example.com'))).toHaveLength(2);
  const stored = await t.stack.services.store.get(id);
  expect(stored?.thread.find((entry) => entry.event === 'reassigned')).toMatchObject({
    by: 'Kari Nordmann',
    to: 'Sven Svensson',
  });
});

it('asks "Did we make it right?" again after a "no" and a second resolution', async () => {
  const customer = `again-${Date.now()}@example.org`;
  const { id, alert } = await submit(customer);
  await fetch(link(alert, 'resolve'), { method: 'POST' });
  await sweep(86_400_000 + 60_000);
  const [first] = (await t.inbox())
    .filter(about(id))
    .filter(to(customer))
    // Threaded under the acknowledgement, the check-in is the email with the answer links.
    .filter((email) => link(email, 'checkin-no') !== '');
  await fetch(link(first, 'checkin-no'), {
    method: 'POST',
    body: new URLSearchParams({ comment: 'Still cold.' }),
  });
  const [reopened] = await t.waitForEmails(
    (email) =>
      about(id)(email) && to('kari@example.com')(email) && (email.body.text ?? '').includes('Still cold.'),
  );
  await fetch(link(reopened, 'resolve'), { method: 'POST' });
  await sweep(86_400_000 + 60_000);
  const checkIns = (await t.inbox()).filter(about(id)).filter((email) => link(email, 'checkin-no') !== '');
  expect(checkIns).toHaveLength(2);
});

it('keeps sending for other records when one belongs to a removed site, whose emails end dead', async () => {
  const pending = { state: 'pending' as const, attempts: 0, notBefore: clock.now().toISOString() };
  const orphan: Feedback = aFeedback({
    id: 'orphansite0000000000',
    siteId: 'removed-site',
    mail: { alert: pending },
  });
  await t.stack.services.store.create(orphan);
  const { id } = await submit(`fine-${Date.now()}@example.org`);
  expect((await t.inbox()).filter(about(id)).length).toBeGreaterThan(0);
  let orphaned = await t.stack.services.store.get('orphansite0000000000');
  for (let tries = 0; orphaned?.mail.alert?.state !== 'dead' && tries < 40; tries++) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    orphaned = await t.stack.services.store.get('orphansite0000000000');
  }
  expect(orphaned?.mail.alert).toMatchObject({
    state: 'dead',
    lastError: 'site "removed-site" is no longer configured',
  });
  expect(await t.stack.services.store.due(clock.now(), 50)).not.toContain('orphansite0000000000');
});

it('counts sub-addresses of one mailbox together for the acknowledgement limit', async () => {
  const stamp = Date.now();
  for (let i = 0; i < 5; i++) {
    await t.post({
      siteId: 'demo',
      rating: 2,
      message: `Flood ${i}`,
      email: `victim+${stamp}x${i}@example.org`,
    });
  }
  const toVictim = (email: { destination: { to: string[] } }) =>
    email.destination.to[0]?.startsWith(`victim+${stamp}`) ?? false;
  await t.waitForEmails(to('kari@example.com'), 5);
  // Acknowledgements queue behind staff alerts, so wait for the three allowed, then give a
  // fourth every chance to appear before asserting it never does.
  await t.waitForEmails(toVictim, 3);
  await new Promise((resolve) => setTimeout(resolve, 400));
  expect((await t.inbox()).filter(toVictim)).toHaveLength(3);
});
