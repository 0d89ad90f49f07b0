import { afterAll, beforeAll, expect, it } from 'vitest';
import { ManualClock } from '../../functions/adapters/clock.ts';
import { startTestStack, type TestStack } from '../helpers/stack.ts';

let t: TestStack;
const clock = new ManualClock();
beforeAll(async () => {
  t = await startTestStack({ clock });
});
afterAll(() => t?.stop());

it('marks an urgent alert with the reason, keeps the score from the customer, and escalates on the short clock', async () => {
  const customer = 'angry@example.org';
  const response = await t.post({
    siteId: 'demo',
    rating: 1,
    message: 'Hvis ingen svarer i dag, legger jeg det ut på Facebook og skriver en anmeldelse på Trustpilot!',
    email: customer,
  });
  const { id } = (await response.json()) as { id: string };
  const [alert] = await t.waitForEmails((email) => email.destination.to.includes('kari@example.com'));
  expect(alert?.subject).toMatch(/^\[Haster\] Kan bli offentlig: «legger jeg det ut på Facebook»/);
  expect(alert?.body.text).toContain('«skriver en anmeldelse på Trustpilot»');
  const [ack] = await t.waitForEmails((email) => email.destination.to.includes(customer));
  expect(`${ack?.subject}${ack?.body.text}`).not.toMatch(/Haster|offentlig|Trustpilot|risk/i);

  const stored = await t.stack.services.store.get(id);
  expect(stored?.triage).toMatchObject({ level: 'urgent' });
  // urgentEscalateAfter is PT30M for the demo site, against PT4H for ordinary feedback.
  clock.advance(31 * 60_000);
  await t.stack.runDueWork();
  const escalations = await t.waitForEmails((email) => email.destination.to.includes('ola@example.com'));
  expect(escalations).toHaveLength(1);
});

it('scores every feedback once, also a happy one that owes no email', async () => {
  const response = await t.post({
    siteId: 'demo',
    rating: 4,
    message: 'Good, but I will post on Instagram if it happens again!',
  });
  const { id } = (await response.json()) as { id: string };
  let stored = await t.stack.services.store.get(id);
  for (let tries = 0; !stored?.triage && tries < 60; tries++) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    stored = await t.stack.services.store.get(id);
  }
  expect(stored?.triage?.level).toMatch(/normal|high|urgent/);
  expect(await t.stack.services.store.due(new Date(Date.now() + 60_000), 50)).not.toContain(id);
});
