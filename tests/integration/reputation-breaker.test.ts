import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type FaultStack, startFaultStack } from '../faults/support/fault-stack.ts';
import { cliDataDir, stackCli } from '../helpers/cli.ts';
import { about, sendSmtp, to } from '../helpers/mail.ts';
import { eventually } from '../helpers/stack.ts';

let t: FaultStack;
let dataDir: ReturnType<typeof cliDataDir> | undefined;
beforeAll(async () => {
  t = await startFaultStack({
    configure: (config) => ({
      ...config,
      reputationBreaker: { bounceRate: 0.05, complaintRate: 0.001, windowHours: 24, minimumSends: 10 },
    }),
  });
  dataDir = cliDataDir('earshot-breaker-');
});
afterAll(async () => {
  await t?.stop();
  dataDir?.remove();
});
const cli = (...argv: string[]) => stackCli(t.stack, () => dataDir?.path)(...argv);

const submit = async (email: string) => {
  const response = await t.post({ siteId: 'demo', rating: 2, message: 'Wrong beans in the bag.', email });
  return ((await response.json()) as { id: string }).id;
};
const stored = (id: string) => t.stack.services.store.get(id);
const sesEvent = (body: unknown) =>
  fetch(`${t.apiUrl}/local/ses-events`, { method: 'POST', body: JSON.stringify(body) });

it("pauses a site's automated customer mail past 5 % bounces, keeps staff mail flowing, tells the owner and the operator once, and resumes from the CLI", async () => {
  const customers = Array.from({ length: 10 }, () => `customer-${randomUUID()}@example.org`);
  for (const email of customers) await submit(email);
  for (const email of customers) await t.waitForEmails(to(email));
  // A bounce from a staff address is not the customers' mail: it does not count.
  const bounce = (address: string) => ({
    notificationType: 'Bounce',
    mail: { source: '"Fjordkaffe" <feedback@example.com>' },
    bounce: { bounceType: 'Permanent', bouncedRecipients: [{ emailAddress: address }] },
  });
  await sesEvent(bounce('ola@example.com'));
  expect((await cli('breaker', '--site', 'demo')).stdout).toContain('closed: customer mail flows');
  await sesEvent(bounce(customers[0] ?? ''));
  expect((await cli('breaker', '--site', 'demo')).stdout).toMatch(
    /10 customer emails, 1 bounced \(10\.0 %\)/,
  );

  const paused = [`after-${randomUUID()}@example.org`, `after-${randomUUID()}@example.org`];
  const ids: string[] = [];
  for (const email of paused) ids.push(await submit(email));
  const held = await eventually(async () => {
    const records = await Promise.all(ids.map(stored));
    return records.every((record) => record?.mail.ack?.state === 'held') && records;
  }, 10_000);
  expect(held ? held.map((record) => record?.mail.ack?.reason) : held).toEqual([
    'reputation-breaker',
    'reputation-breaker',
  ]);
  // Staff mail keeps flowing: both alerts arrive, and a staff answer still reaches a customer.
  for (const id of ids) expect(await t.waitForEmails(about(id))).not.toHaveLength(0);
  const [alert] = (await t.inbox()).filter(
    (email) => about(ids[0] ?? '')(email) && email.destination.to.includes('kari@example.com'),
  );
  await sendSmtp(t.stack.smtpPort, {
    from: 'kari@example.com',
    to: alert?.replyTo[0] ?? '',
    text: 'So sorry, new beans today.',
  });
  const answer = await t.waitForEmails(
    (email) => to(paused[0] ?? '')(email) && (email.body.text ?? '').includes('new beans today'),
  );
  expect(answer).toHaveLength(1);

  const notices = (await t.inbox()).filter((email) => email.subject.startsWith('Vi har satt de automatiske'));
  expect(notices).toHaveLength(1);
  expect(notices[0]?.destination.to).toEqual(['kari@example.com']);
  expect(notices[0]?.body.text).toMatch(/10\s%/);
  expect(t.logger.lines.filter((line) => line.message === 'reputation breaker tripped')).toHaveLength(1);
  expect((await t.inbox()).filter((email) => paused.some((address) => to(address)(email)))).toHaveLength(1);

  const status = await cli('breaker', '--site', 'demo');
  expect(status.stdout).toContain('TRIPPED');
  const resumed = await cli('breaker', '--site', 'demo', '--resume');
  expect(resumed.stdout).toContain('2 feedback with paused customer mail released');
  for (const email of paused) {
    const acks = await t.waitForEmails(
      (sent) => to(email)(sent) && !(sent.body.text ?? '').includes('new beans'),
    );
    expect(acks).toHaveLength(1);
  }
  expect((await cli('breaker', '--site', 'demo')).stdout).toContain('closed: customer mail flows');
});
