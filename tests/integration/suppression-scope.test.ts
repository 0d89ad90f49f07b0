import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { to } from '../helpers/mail.ts';
import { eventually, startTestStack, type TestStack } from '../helpers/stack.ts';

let t: TestStack;
beforeAll(async () => {
  t = await startTestStack({
    configure: (config) => {
      const demo = config.sites[0];
      if (!demo) throw new Error('the shipped config has the demo site');
      const fjell = {
        ...demo,
        id: 'fjell',
        displayName: 'Fjellsport',
        sender: 'hei@fjellsport.example',
        owner: { name: 'Per Fjell', email: 'per@fjellsport.example' },
        backup: { name: 'Pia Fjell', email: 'pia@fjellsport.example' },
        staff: [],
        routing: [],
      };
      return { ...config, sites: [demo, fjell] };
    },
  });
});
afterAll(() => t?.stop());

const ackState = async (siteId: string, email: string) => {
  const response = await t.post({ siteId, rating: 2, message: 'The zip broke.', email });
  const { id } = (await response.json()) as { id: string };
  return eventually(async () => {
    const ack = (await t.stack.services.store.get(id))?.mail.ack;
    return ack && !['pending', 'sending'].includes(ack.state) && ack;
  }, 10_000);
};
const sesEvent = (body: unknown) =>
  fetch(`${t.apiUrl}/local/ses-events`, { method: 'POST', body: JSON.stringify(body) });

it("a complaint about one site's mail stops that site's mail to the address, not another site's", async () => {
  const customer = `both-shops-${randomUUID()}@example.org`;
  await sesEvent({
    notificationType: 'Complaint',
    mail: { source: '"Fjordkaffe" <feedback@example.com>' },
    complaint: { complainedRecipients: [{ emailAddress: customer }] },
  });
  expect(await ackState('demo', customer)).toMatchObject({
    state: 'skipped',
    reason: 'suppressed: complaint',
  });
  expect(await ackState('fjell', customer)).toMatchObject({ state: 'sent' });
  expect((await t.inbox()).filter(to(customer))).toHaveLength(1);
});

it('a permanent bounce stops every site’s mail: the mailbox does not exist', async () => {
  const customer = `gone-${randomUUID()}@example.org`;
  await sesEvent({
    notificationType: 'Bounce',
    mail: { source: 'feedback@example.com' },
    bounce: { bounceType: 'Permanent', bouncedRecipients: [{ emailAddress: customer }] },
  });
  expect(await ackState('fjell', customer)).toMatchObject({ state: 'skipped', reason: 'suppressed: bounce' });
});
