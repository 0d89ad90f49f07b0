import { afterAll, beforeAll, expect, it } from 'vitest';
import type { MailKind } from '../../functions/domain/feedback.ts';
import { eventually } from '../helpers/stack.ts';
import { startProxiedFaultStack } from './support/fault-stack.ts';

let setup: Awaited<ReturnType<typeof startProxiedFaultStack>> | undefined;
let inbox: NonNullable<typeof setup>['inbox'];
let proxy: NonNullable<typeof setup>['proxy'];
let t: NonNullable<typeof setup>['t'];

beforeAll(async () => {
  setup = await startProxiedFaultStack();
  ({ inbox, proxy, t } = setup);
});
afterAll(() => setup?.stop());

const KINDS: MailKind[] = ['alert', 'ack'];

it('stores every feedback while SES is down, then throttling, and sends each email exactly once after, with backoff', async () => {
  // Prepare: SES unreachable.
  proxy.setDown(true);
  const ids: string[] = [];
  for (let i = 0; i < 4; i++) {
    const response = await t.post({
      siteId: 'demo',
      rating: 1,
      message: `Outage case ${i}`,
      email: `outage${i}@example.org`,
    });
    expect(response.status).toBe(202);
    ids.push(((await response.json()) as { id: string }).id);
  }
  const deliveries = async () =>
    (await Promise.all(ids.map((id) => t.stack.services.store.get(id)))).flatMap((stored) =>
      KINDS.map((kind) => stored?.mail[kind]),
    );
  // Every email has failed at least twice against the missing SES, and waits to be retried.
  const failedTwice = await eventually(
    async () => (await deliveries()).every((delivery) => (delivery?.attempts ?? 0) >= 2),
    15_000,
  );
  expect(failedTwice).toBe(true);
  for (const delivery of await deliveries()) {
    // Waiting for its retry, or in the middle of one: never given up, never sent.
    expect(['pending', 'sending']).toContain(delivery?.state);
    expect(delivery?.lastError).toMatch(/SES unavailable/);
  }

  // Act: SES answers again, but throttles the next six sends; then all goes through.
  proxy.throttleNext(6);
  proxy.setDown(false);
  const allSent = await eventually(
    async () => (await deliveries()).every((delivery) => delivery?.state === 'sent'),
    25_000,
    100,
  );

  // Assess: each email once in the inbox, and never sooner than the backoff allowed.
  expect(allSent).toBe(true);
  await new Promise((resolve) => setTimeout(resolve, 500));
  const emails = await inbox.emails();
  expect(emails).toHaveLength(ids.length * KINDS.length);
  const distinct = new Set(emails.map((email) => `${email.destination.to.join()}|${email.subject}`));
  expect(distinct.size).toBe(emails.length);
  expect(proxy.sends.filter((send) => send.outcome === 'throttled')).toHaveLength(6);

  const attemptsOf = new Map<string, number[]>();
  for (const send of proxy.sends) {
    const key = `${send.to.join()}|${send.subject}`;
    attemptsOf.set(key, [...(attemptsOf.get(key) ?? []), send.at]);
  }
  for (const times of attemptsOf.values()) {
    // The nth retry waits at least 1 s × 2^(n-1) (minus the proxy's and timers' slack).
    for (let n = 1; n < times.length; n++) {
      expect((times[n] as number) - (times[n - 1] as number)).toBeGreaterThanOrEqual(
        1000 * 2 ** (n - 1) - 50,
      );
    }
  }
  const stored = await Promise.all(ids.map((id) => t.stack.services.store.get(id)));
  for (const feedback of stored) {
    for (const kind of KINDS) expect(feedback?.mail[kind]?.attempts).toBeGreaterThanOrEqual(2);
  }
}, 60_000);
