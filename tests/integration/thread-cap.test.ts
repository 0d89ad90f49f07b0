import { afterAll, beforeAll, expect, it } from 'vitest';
import type { ThreadEntry } from '../../functions/domain/feedback.ts';
import { mutate } from '../../functions/domain/mutate.ts';
import { THREAD_CAP } from '../../functions/emails/thread-full-notice.ts';
import { about, sendSmtp, to } from '../helpers/mail.ts';
import { startTestStack, type TestStack } from '../helpers/stack.ts';

let t: TestStack;
beforeAll(async () => {
  t = await startTestStack();
});
afterAll(() => t?.stop());

it('answers a reply past the thread cap with a polite notice in the writer’s language, once, not silence', async () => {
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
  // A case that already holds as many messages as one case can.
  await mutate(t.stack.services.store, id, (current) => ({
    ...current,
    thread: Array.from(
      { length: THREAD_CAP },
      (_, i): ThreadEntry => ({
        id: String(i + 1),
        at: current.createdAt,
        kind: 'customer',
        text: `message ${i}`,
      }),
    ),
  }));

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
