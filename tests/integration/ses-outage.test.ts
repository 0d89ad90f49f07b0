import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTestStack, type TestStack } from '../helpers/stack.ts';

let t: TestStack;
beforeAll(async () => {
  t = await startTestStack();
});
afterAll(() => t?.stop());

it('keeps feedback stored while SES is down and sends each email exactly once when it is back', async () => {
  await t.stack.stopSes();
  const ids: string[] = [];
  for (let i = 0; i < 3; i++) {
    const response = await t.post({
      siteId: 'demo',
      rating: 1,
      message: `Outage ${i}`,
      email: `o${i}@example.org`,
    });
    expect(response.status).toBe(202);
    ids.push(((await response.json()) as { id: string }).id);
  }
  // Let dispatch fail at least twice per email against the missing SES.
  const attempts = async () =>
    Math.min(
      ...(await Promise.all(
        ids.map(async (id) => (await t.stack.services.store.get(id))?.mail.ack?.attempts ?? 0),
      )),
    );
  const deadline = Date.now() + 10_000;
  while ((await attempts()) < 2 && Date.now() < deadline)
    await new Promise((resolve) => setTimeout(resolve, 100));
  for (const id of ids) {
    const stored = await t.stack.services.store.get(id);
    expect(stored?.mail.alert?.state).toBe('pending');
    expect(stored?.mail.ack?.attempts).toBeGreaterThanOrEqual(2);
    expect(stored?.mail.alert?.lastError).toMatch(/SES unavailable/);
  }

  await t.stack.startSes();
  const emails = await t.waitForEmails(() => true, 6, 15_000);
  await new Promise((resolve) => setTimeout(resolve, 1000));
  expect(emails).toHaveLength(6);
  expect(await t.inbox()).toHaveLength(6);
  for (const id of ids) {
    const stored = await t.stack.services.store.get(id);
    expect(stored?.mail.alert?.state).toBe('sent');
    expect(stored?.mail.ack?.state).toBe('sent');
  }
});
