import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Feedback, MailKind } from '../../functions/domain/feedback.ts';
import { aFeedback } from '../fixtures/feedback.ts';
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

const REJECTED_OWNER = 'left-the-company@example.com';

/** A record written straight into the store, older than everything else, so it is first in line. */
async function plantPoison(id: string, change: Partial<Feedback>, kind: MailKind): Promise<string> {
  const past = new Date(Date.now() - 60_000).toISOString();
  const feedback = aFeedback({
    id,
    createdAt: past,
    respondBy: past,
    email: undefined,
    emailHash: undefined,
    mail: { [kind]: { state: 'pending', attempts: 0, notBefore: past } } as Feedback['mail'],
    ...change,
  });
  await t.stack.services.store.create(feedback);
  return id;
}

async function submitHealthy(count: number): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const response = await t.post({ siteId: 'demo', rating: 2, message: `Healthy case ${i}` });
    ids.push(((await response.json()) as { id: string }).id);
  }
  return ids;
}

it('dead-letters an email SES rejects and one that cannot render, without holding up the rest', async () => {
  // Prepare: an owner address SES refuses for good, and a relay of a thread entry with no text.
  proxy.rejectRecipient(REJECTED_OWNER);
  const rejected = await plantPoison(
    'poisonrejectedowner1',
    { owner: { name: 'Gone Person', email: REJECTED_OWNER } },
    'alert',
  );
  const unrenderable = await plantPoison(
    'poisonmissingtext002',
    { thread: [{ id: '1', at: new Date().toISOString(), kind: 'customer' }] },
    'relay:1',
  );

  // Act
  const healthy = await submitHealthy(3);

  // Assess: the healthy alerts go out at once, whatever sits ahead of them in the queue.
  const healthySent = await eventually(async () => {
    const stored = await Promise.all(healthy.map((id) => t.stack.services.store.get(id)));
    return stored.every((feedback) => feedback?.mail.alert?.state === 'sent');
  }, 5_000);
  expect(healthySent).toBe(true);

  // The poison is tried three times (1 s, then 2 s apart), then dead with its error kept.
  const dead = await eventually(async () => {
    const poisons = await Promise.all([
      t.stack.services.store.get(rejected),
      t.stack.services.store.get(unrenderable),
    ]);
    return poisons[0]?.mail.alert?.state === 'dead' && poisons[1]?.mail['relay:1']?.state === 'dead'
      ? poisons
      : undefined;
  }, 10_000);
  expect(dead?.[0]?.mail.alert).toMatchObject({
    attempts: 3,
    lastError: expect.stringMatching(/MessageRejected/),
  });
  expect(dead?.[1]?.mail['relay:1']).toMatchObject({
    attempts: 3,
    lastError: expect.stringMatching(/no thread entry/),
  });
  const deadLines = t.logger.lines.filter((line) => line.message === 'email dead-lettered');
  expect(deadLines.map((line) => line.attributes.feedbackId).sort()).toEqual([unrenderable, rejected].sort());
  expect(deadLines.every((line) => line.level === 'error')).toBe(true);

  // Not retried forever: out of the due index, and no further attempt after more rounds.
  await new Promise((resolve) => setTimeout(resolve, 1_500));
  expect(await t.stack.services.store.due(new Date(Date.now() + 3_600_000), 50)).not.toContain(rejected);
  expect(proxy.sends.filter((send) => send.to.includes(REJECTED_OWNER))).toHaveLength(3);
  expect((await t.stack.services.store.get(unrenderable))?.mail['relay:1']?.attempts).toBe(3);
  expect((await inbox.emails()).filter((email) => email.subject.includes('Healthy case'))).toHaveLength(3);
});

it('does not let a record of a site that is no longer configured block the queue', async () => {
  // Prepare: a stored feedback whose site an operator has since removed from the config.
  const orphan = await plantPoison('poisonsiteremoved003', { siteId: 'closed-shop' }, 'alert');

  // Act
  const healthy = await submitHealthy(2);

  // Assess: the records behind it go out, and the failure is logged with the record's id.
  const healthySent = await eventually(async () => {
    const stored = await Promise.all(healthy.map((id) => t.stack.services.store.get(id)));
    return stored.every((feedback) => feedback?.mail.alert?.state === 'sent');
  }, 5_000);
  expect(healthySent).toBe(true);
  expect(
    t.logger.lines.some((line) => line.level === 'error' && JSON.stringify(line.attributes).includes(orphan)),
  ).toBe(true);
});

// A record whose site is gone can never be answered: its emails end dead, like any other email
// that can never be sent, instead of being deferred and retried for as long as it is kept.
it('dead-letters the emails of a record whose site is no longer configured', async () => {
  const orphan = await plantPoison('poisonsiteremoved004', { siteId: 'closed-shop' }, 'alert');
  const settled = await eventually(async () => {
    const stored = await t.stack.services.store.get(orphan);
    return stored?.mail.alert?.state === 'dead' ? stored : undefined;
  }, 8_000);
  expect(settled?.mail.alert?.lastError).toMatch(/closed-shop/);
});
