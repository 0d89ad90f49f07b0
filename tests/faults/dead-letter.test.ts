import { afterAll, beforeAll, expect, it } from 'vitest';
import { ManualClock } from '../../functions/adapters/clock.ts';
import { mutate } from '../../functions/domain/mutate.ts';
import { cliDataDir, stackCli } from '../helpers/cli.ts';
import { sendSmtp, to } from '../helpers/mail.ts';
import { eventually } from '../helpers/stack.ts';
import { startFaultStack, startInbox } from './support/fault-stack.ts';
import { startSesFaultProxy } from './support/ses-proxy.ts';

const clock = new ManualClock('2026-11-25T10:00:00Z');
let inbox: Awaited<ReturnType<typeof startInbox>>;
let proxy: Awaited<ReturnType<typeof startSesFaultProxy>>;
let t: Awaited<ReturnType<typeof startFaultStack>>;
let dataDir: ReturnType<typeof cliDataDir> | undefined;
beforeAll(async () => {
  inbox = await startInbox();
  proxy = await startSesFaultProxy(inbox.url);
  // The dispatcher runs only when the test says, on the test's clock.
  t = await startFaultStack({ sesEndpoint: proxy.url, clock, pollIntervalMs: 3_600_000 });
  dataDir = cliDataDir('earshot-dead-');
});
afterAll(async () => {
  await t?.stop();
  await proxy?.close();
  await inbox?.close();
  dataDir?.remove();
});
const cli = (...argv: string[]) => stackCli(t.stack, () => dataDir?.path, clock)(...argv);

async function submit(email?: string) {
  const response = await t.post({ siteId: 'demo', rating: 1, message: 'The espresso machine leaks.', email });
  return ((await response.json()) as { id: string }).id;
}

it('counts lease takeovers apart from send attempts: two throttles and one hung send do not kill the alert', async () => {
  const id = await submit();
  proxy.throttleNext(2);
  await t.stack.runDueWork();
  clock.advance(2_000);
  await t.stack.runDueWork();
  expect((await t.stack.services.store.get(id))?.mail.alert).toMatchObject({ state: 'pending', attempts: 2 });

  // A third claim whose sender hung: the lease is taken, nothing is ever recorded.
  clock.advance(5_000);
  await mutate(t.stack.services.store, id, (current) => ({
    ...current,
    mail: {
      ...current.mail,
      alert: {
        ...(current.mail.alert ?? { notBefore: current.createdAt, state: 'pending', attempts: 0 }),
        state: 'sending',
        attempts: 3,
        leaseUntil: new Date(clock.now().getTime() + 60_000).toISOString(),
      },
    },
  }));
  clock.advance(61_000);
  await t.stack.runDueWork();

  const alert = (await t.stack.services.store.get(id))?.mail.alert;
  expect(alert).toMatchObject({ state: 'sent', takeovers: 1 });
  expect(alert?.permanentFailures).toBeUndefined();
  expect((await inbox.emails()).filter(to('kari@example.com'))).toHaveLength(1);
});

it('a dead customer email shows in list --dead, and the owner is told once that it did not arrive', async () => {
  await inbox.clear();
  proxy.rejectRecipient('gone@example.org');
  const id = await submit('gone@example.org');
  for (let i = 0; i < 4; i++) {
    await t.stack.runDueWork();
    clock.advance(70_000);
  }
  const stored = await t.stack.services.store.get(id);
  expect(stored?.mail.ack).toMatchObject({ state: 'dead', permanentFailures: 3 });
  expect(
    t.logger.lines.some((line) => line.message === 'email dead-lettered' && line.attributes?.kind === 'ack'),
  ).toBe(true);

  const dead = await cli('list', '--site', 'demo', '--dead');
  expect(dead.stdout).toContain(id);
  expect(dead.stdout).toContain('ack: dead');

  const notices = (await inbox.emails()).filter(
    (email) => to('kari@example.com')(email) && email.subject.startsWith('Kom ikke fram til kunden'),
  );
  expect(notices).toHaveLength(1);
  expect(notices[0]?.body.text).toContain('kunne ikke leveres');
  expect(notices[0]?.body.text).toMatch(/\/a\/[\w-]+\.[a-f0-9]+/);
  await t.stack.runDueWork();
  expect((await inbox.emails()).filter((email) => email.subject.startsWith('Kom ikke fram'))).toHaveLength(1);
});

it('tells the staff member when their answer to a suppressed address was not delivered', async () => {
  await inbox.clear();
  const customer = 'complained@example.org';
  const id = await submit(customer);
  await t.stack.runDueWork();
  const [alert] = (await inbox.emails()).filter(to('kari@example.com'));
  const complaint = {
    notificationType: 'Complaint',
    complaint: { complainedRecipients: [{ emailAddress: customer }] },
  };
  await fetch(`${t.apiUrl}/local/ses-events`, { method: 'POST', body: JSON.stringify(complaint) });

  await sendSmtp(t.stack.smtpPort, {
    from: 'kari@example.com',
    to: alert?.replyTo[0] ?? '',
    text: 'So sorry! A new machine is on its way.',
  });
  const relayed = await eventually(async () => {
    await t.stack.runDueWork();
    const stored = await t.stack.services.store.get(id);
    return Object.entries(stored?.mail ?? {}).find(
      ([kind, mail]) => kind.startsWith('relay:') && mail?.state === 'skipped',
    );
  }, 10_000);
  expect(relayed?.[1]?.reason).toBe('suppressed: complaint');
  expect(
    (await inbox.emails()).filter(to(customer)).filter((email) => email.body.text?.includes('new machine')),
  ).toHaveLength(0);
  const notice = (await inbox.emails()).find(
    (email) => to('kari@example.com')(email) && email.subject.startsWith('Kom ikke fram til kunden'),
  );
  expect(notice?.body.text).toContain('Svaret ditt ble ikke sendt til kunden');
  expect(notice?.body.text).toContain('So sorry! A new machine is on its way.');
});
