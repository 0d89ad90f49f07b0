import { afterAll, beforeAll, expect, it } from 'vitest';
import type { ThreadEntry } from '../../functions/domain/feedback.ts';
import { mutate } from '../../functions/domain/mutate.ts';
import { THREAD_CAP } from '../../functions/emails/thread-full-notice.ts';
import { cliDataDir, stackCli } from '../helpers/cli.ts';
import { about, linkFor, sendSmtp, to } from '../helpers/mail.ts';
import { startTestStack, type TestStack } from '../helpers/stack.ts';

let t: TestStack;
const dataDir = cliDataDir('earshot-long-thread-');
beforeAll(async () => {
  t = await startTestStack();
});
afterAll(async () => {
  await t?.stop();
  dataDir.remove();
});

it('relays a reply on a thread of 2,000 entries and far past 400 KB, and past the abuse cap answers with a polite notice, once', async () => {
  const customer = 'long-talk@example.org';
  const response = await t.post({
    siteId: 'demo',
    rating: 2,
    message: 'Still no refund.',
    email: customer,
    locale: 'sv',
  });
  const { id } = (await response.json()) as { id: string };
  const [ack] = await t.waitForEmails(to(customer));
  const [alert] = await t.waitForEmails((email) => about(id)(email) && to('kari@example.com')(email));
  // A case one message short of the cap, ≈ 560 KB of text: more than one DynamoDB item can hold,
  // written through the store a few hundred entries at a time, as a long life of the case would.
  const words = 'Återbetalningen har fortfarande inte kommit, och jag har väntat länge nu. '.repeat(4);
  for (let start = 0; start < THREAD_CAP - 1; start += 250) {
    await mutate(t.stack.services.store, id, (current) => ({
      ...current,
      thread: [
        ...current.thread,
        ...Array.from(
          { length: Math.min(250, THREAD_CAP - 1 - start) },
          (_, i): ThreadEntry => ({
            id: String(start + i + 1),
            at: current.createdAt,
            kind: 'customer',
            text: `message ${start + i + 1}: ${words}`,
            rejected: 'relay limit reached: kept, not relayed',
          }),
        ),
      ],
    }));
  }

  // Still room for one: relayed as ever, through the SMTP listener and the dispatcher.
  await sendSmtp(t.stack.smtpPort, { from: customer, to: ack?.replyTo[0] ?? '', text: 'The last word.' });
  const [relayed] = await t.waitForEmails(
    (email) => to('kari@example.com')(email) && (email.body.text ?? '').includes('The last word.'),
  );
  expect(relayed).toBeDefined();
  const full = await t.stack.services.store.get(id);
  expect(full?.thread).toHaveLength(THREAD_CAP);
  expect(full?.thread.at(-1)).toMatchObject({ id: String(THREAD_CAP), text: 'The last word.' });
  expect(new TextEncoder().encode(JSON.stringify(full?.thread)).length).toBeGreaterThan(500_000);
  const page = await (await fetch(linkFor(alert, 'view'))).text();
  expect(page).toContain('message 1:');
  expect(page).toContain('The last word.');
  const shown = await stackCli(t.stack, () => dataDir.path)('show', id, '--json');
  expect(JSON.parse(shown.stdout).thread).toHaveLength(THREAD_CAP);

  for (const text of ['One more thing!', 'And another.']) {
    await sendSmtp(t.stack.smtpPort, { from: customer, to: ack?.replyTo[0] ?? '', text });
  }
  await sendSmtp(t.stack.smtpPort, {
    from: 'kari@example.com',
    to: alert?.replyTo[0] ?? '',
    text: 'Refund sent.',
  });

  const [notice] = await t.waitForEmails(
    (email) => to(customer)(email) && email.subject.includes('Ditt senaste meddelande kom inte fram'),
  );
  expect(notice?.body.text).toContain('ny återkoppling på webbplatsen hos Fjordkaffe');
  expect(notice?.body.text).toContain('Hälsningar Kari, Fjordkaffe');
  const [staffNotice] = await t.waitForEmails(
    (email) =>
      to('kari@example.com')(email) && email.subject.startsWith('Svaret ditt ble ikke sendt: saken er full'),
  );
  expect(staffNotice?.body.text).toContain(customer);

  await new Promise((resolve) => setTimeout(resolve, 500));
  const inbox = await t.inbox();
  expect(inbox.filter((email) => email.subject.includes('kom inte fram'))).toHaveLength(1);
  expect(inbox.filter((email) => (email.body.text ?? '').includes('Refund sent.'))).toHaveLength(0);
  expect((await t.stack.services.store.get(id))?.thread).toHaveLength(THREAD_CAP);
});
