import { afterAll, beforeAll, expect, it } from 'vitest';
import { silentLogger } from '../../functions/adapters/logger.ts';
import { createServices, type Services } from '../../functions/composition.ts';
import { processFeedback, runDueWork } from '../../functions/domain/dispatch.ts';
import type { Mailer } from '../../functions/domain/ports.ts';
import { startTestStack, TEST_SECRET, type TestStack } from '../helpers/stack.ts';

let t: TestStack;
beforeAll(async () => {
  // The stack's own poller is parked: this test is the only dispatcher.
  t = await startTestStack({ pollIntervalMs: 600_000 });
});
afterAll(() => t?.stop());

/** One more "Lambda": its own clients and connection pool, the same table and SES. */
function anotherFunction(): Services {
  const services = createServices({
    config: t.config,
    tableName: t.stack.services.store.tableName,
    tokenSecret: TEST_SECRET,
    endpoints: { dynamodb: t.stack.dynamodbUrl, ses: t.sesUrl },
    logger: silentLogger,
  });
  // A send that takes a while widens the window in which a second dispatcher could slip in.
  const slow: Mailer = {
    send: async (email) => {
      await new Promise((resolve) => setTimeout(resolve, 15));
      return services.mailer.send(email);
    },
  };
  return { ...services, mailer: slow };
}

it('sends one email per delivery when stream dispatch and the sweep race twice over the same items', async () => {
  const dispatchers = [anotherFunction(), anotherFunction(), anotherFunction(), anotherFunction()];
  for (let round = 0; round < 3; round++) {
    // Prepare
    await t.clearInbox();
    const ids: string[] = [];
    for (let i = 0; i < 8; i++) {
      const response = await t.post({
        siteId: 'demo',
        rating: 1,
        message: `Race ${round}-${i}`,
        email: `race${round}x${i}@example.org`,
      });
      ids.push(((await response.json()) as { id: string }).id);
    }
    const [streamA, streamB, sweepA, sweepB] = dispatchers as [Services, Services, Services, Services];

    // Act: two stream invocations per record and two sweeps, all at once.
    await Promise.all([
      ...ids.map((id) => processFeedback(id, streamA)),
      ...ids.map((id) => processFeedback(id, streamB)),
      runDueWork(sweepA),
      runDueWork(sweepB),
    ]);

    // Assess
    const emails = await t.inbox();
    expect(emails).toHaveLength(ids.length * 2);
    expect(new Set(emails.map((email) => `${email.destination.to.join()}|${email.subject}`)).size).toBe(
      emails.length,
    );
    for (const id of ids) {
      const stored = await t.stack.services.store.get(id);
      expect(stored?.mail.alert).toMatchObject({ state: 'sent', attempts: 1 });
      expect(stored?.mail.ack).toMatchObject({ state: 'sent', attempts: 1 });
    }
  }
});
