import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../functions/adapters/clock.ts';
import { about, linkFor, sendSmtp, to } from '../helpers/mail.ts';
import { startTestStack, type TestStack } from '../helpers/stack.ts';

let t: TestStack;
const clock = new ManualClock();
beforeAll(async () => {
  t = await startTestStack({ clock, env: { EARSHOT_ESCALATE_AFTER: 'PT1H' } });
});
afterAll(() => t?.stop());
beforeEach(() => t.clearInbox());

let counter = 0;
async function submit(email = `nora${++counter}@example.org`) {
  const response = await t.post({
    siteId: 'demo',
    rating: 1,
    message: 'My order never arrived.',
    email,
    locale: 'en',
  });
  const { id } = (await response.json()) as { id: string };
  // This case's alert: a reminder about an earlier case (its clock was moved on) may come in between.
  const [alert] = await t.waitForEmails((sent) => about(id)(sent) && to('kari@example.com')(sent));
  const [ack] = await t.waitForEmails(to(email));
  if (!alert || !ack) throw new Error('alert or acknowledgement missing');
  await t.clearInbox();
  return { id, alert, ack };
}

describe('answering by email', () => {
  it("relays the owner's reply to the customer without the quoted part, from the site address", async () => {
    const { id, alert, ack } = await submit();
    const customer = ack.destination.to[0] ?? '';
    await sendSmtp(t.stack.smtpPort, {
      from: 'Kari Nordmann <kari@example.com>',
      to: alert.replyTo[0] ?? '',
      text: 'Hi Nora, so sorry! A new parcel goes out today.\n\nOn Tue, 24 Nov 2026 at 10:00, Fjordkaffe <feedback@example.com> wrote:\n> My order never arrived.\n',
    });
    const [relayed] = await t.waitForEmails(to(customer));
    expect(relayed?.body.text).toContain('A new parcel goes out today.');
    expect(relayed?.body.text).not.toContain('My order never arrived');
    expect(relayed?.from).toContain('feedback@example.com');
    expect(relayed?.from).not.toContain('kari@example.com');
    expect(relayed?.replyTo[0]).toMatch(/^reply\+c\./);
    const stored = await t.stack.services.store.get(id);
    expect(stored?.firstRespondedAt).toBeDefined();
    expect(stored?.escalation?.state).toBe('stopped');

    await sendSmtp(t.stack.smtpPort, {
      from: customer,
      to: relayed?.replyTo[0] ?? '',
      text: 'Thank you, received!',
    });
    const [forwarded] = await t.waitForEmails(to('kari@example.com'));
    expect(forwarded?.body.text).toContain('Thank you, received!');
    expect(forwarded?.replyTo[0]).toMatch(/^reply\+s\./);
  });

  it('stores but does not relay a reply from a forged sender, and notes attachments', async () => {
    const { id, alert } = await submit();
    await sendSmtp(t.stack.smtpPort, {
      from: 'mallory@evil.example',
      to: alert.replyTo[0] ?? '',
      text: 'Click here for a prize',
      attachments: [{ filename: 'x.txt', content: 'x' }],
    });
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await t.inbox()).toHaveLength(0);
    const entry = (await t.stack.services.store.get(id))?.thread[0];
    expect(entry).toMatchObject({
      kind: 'staff',
      rejected: 'sender is not staff of this site',
      attachments: 1,
    });
  });

  it('refuses mail to an unknown or tampered reply address at SMTP', async () => {
    const { alert } = await submit();
    const tampered = (alert.replyTo[0] ?? '').replace(/\.([a-f0-9]{4})/, '.0000');
    await expect(
      sendSmtp(t.stack.smtpPort, { from: 'kari@example.com', to: tampered, text: 'hi' }),
    ).rejects.toThrow(/550/);
  });
});

describe('hostile inbound mail', () => {
  it('refuses a message over the size cap at SMTP, and survives malformed MIME without relaying it', async () => {
    const { id, alert } = await submit();
    const address = alert.replyTo[0] ?? '';
    await expect(
      sendSmtp(t.stack.smtpPort, { from: 'kari@example.com', to: address, text: 'x'.repeat(1_200_000) }),
    ).rejects.toThrow(/552|size/i);

    const socket = await import('node:net').then((net) => net.connect(t.stack.smtpPort, '127.0.0.1'));
    const lines = [
      'EHLO test',
      'MAIL FROM:<kari@example.com>',
      `RCPT TO:<${address}>`,
      'DATA',
      // The body and its terminating dot in one write: the server answers only after the dot.
      'Content-Type: multipart/mixed; boundary="nope"\r\nFrom: kari@example.com\r\n\r\n--broken\r\n\u0000\u0001garbage\r\n.',
      'QUIT',
    ];
    const transcript = await new Promise<string>((resolve) => {
      let seen = '';
      socket.on('data', (chunk) => {
        seen += chunk.toString();
        const next = lines.shift();
        if (next !== undefined) socket.write(`${next}\r\n`);
      });
      socket.on('close', () => resolve(seen));
    });
    expect(transcript).toMatch(/^221/m);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await t.inbox()).toHaveLength(0);
    const thread = (await t.stack.services.store.get(id))?.thread ?? [];
    expect(thread).toEqual([expect.objectContaining({ kind: 'staff', rejected: 'no text in the message' })]);
    // The listener is still there for the next, well-formed reply.
    await sendSmtp(t.stack.smtpPort, { from: 'kari@example.com', to: address, text: 'Still here.' });
    expect(await t.waitForEmails(() => true, 1)).toHaveLength(1);
  });
});

describe('one-click actions', () => {
  it('GET shows the case and changes nothing; POST claims once, and the customer who knows Kari gets no repeat', async () => {
    const { id, alert, ack } = await submit();
    const claim = linkFor(alert, 'claim');
    const page = await fetch(claim);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('<form method="post"');
    expect(html).toContain('My order never arrived.');
    expect((await t.stack.services.store.get(id))?.status).toBe('open');

    const first = await fetch(claim, { method: 'POST' });
    expect(first.status).toBe(200);
    expect(await first.text()).toContain('Kunden får ingen ny e-post om det.');
    const afterFirst = await t.stack.services.store.get(id);
    expect(afterFirst?.status).toBe('claimed');
    expect(Object.keys(afterFirst?.mail ?? {}).some((kind) => kind.startsWith('claimed'))).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect((await t.inbox()).filter(to(ack.destination.to[0] ?? ''))).toHaveLength(0);

    const again = await fetch(claim, { method: 'POST' });
    expect(again.status).toBe(409);
    const afterAgain = await t.stack.services.store.get(id);
    expect(afterAgain?.thread).toEqual(afterFirst?.thread);
  });

  it('a late claim tells the customer, once, with an apology for the wait and a time still ahead', async () => {
    const { id, alert, ack } = await submit();
    clock.advance(5 * 3_600_000);
    const claimed = await fetch(linkFor(alert, 'claim'), { method: 'POST' });
    expect(await claimed.text()).toContain('Kunden får en kort e-post');
    const [told] = await t.waitForEmails(to(ack.destination.to[0] ?? ''));
    // Threaded under the acknowledgement; the apology is the first thing it says.
    expect(told?.subject).toBe(`Re: ${ack.subject}`);
    expect(told?.body.text).toContain("You should have heard from me by now, and I'm sorry");
    const stored = await t.stack.services.store.get(id);
    expect(Date.parse(stored?.respondBy ?? '')).toBeGreaterThan(clock.now().getTime());
    clock.set(new Date());
  });

  it('a colleague who takes over introduces herself by name', async () => {
    const { alert, ack } = await submit();
    await fetch(linkFor(alert, 'reassign'), {
      method: 'POST',
      body: new URLSearchParams({ to: 'ola@example.com' }),
    });
    const [handed] = await t.waitForEmails(to('ola@example.com'));
    await t.clearInbox();
    const claimed = await fetch(linkFor(handed, 'claim'), { method: 'POST' });
    expect(claimed.status).toBe(200);
    const [told] = await t.waitForEmails(to(ack.destination.to[0] ?? ''));
    // The reply marker comes first in every answerable email; the greeting right after it.
    expect(told?.body.text).toMatch(/^Write your reply above this line\n\n(?:Hi Nora\d*,|Hello,)/);
    expect(told?.body.text).toContain('My name is Ola');
    expect(told?.body.text).toMatch(/\nOla\nFjordkaffe$/);
  });

  it('refuses a tampered or expired link with a clear 4xx page', async () => {
    const { alert } = await submit();
    const claim = linkFor(alert, 'claim');
    const tampered = await fetch(`${claim.slice(0, -4)}0000`);
    expect(tampered.status).toBe(400);
    expect(await tampered.text()).toMatch(/this link doesn&#39;t work|this link doesn't work/i);

    clock.advance(61 * 86_400_000);
    const expired = await fetch(claim, { method: 'POST', headers: { 'Accept-Language': 'en' } });
    expect(expired.status).toBe(410);
    const page = await expired.text();
    expect(page).not.toMatch(/at .*\.ts/);
    // The case is known, so the page speaks the site's language, not the browser's, and says what to do.
    expect(page).toContain('lang="nb"');
    expect(page).toContain('Åpne saken fra det nyeste varselet');
    clock.set(new Date());
  });

  it('reassigns to a colleague who then gets the alert', async () => {
    const { id, alert } = await submit();
    // No colleague chosen: a 400 page in the site's language, not an English validation message.
    const none = await fetch(linkFor(alert, 'reassign'), { method: 'POST', body: new URLSearchParams({}) });
    expect(none.status).toBe(400);
    expect(await none.text()).toContain('Velg en kollega å gi saken til.');
    const response = await fetch(linkFor(alert, 'reassign'), {
      method: 'POST',
      body: new URLSearchParams({ to: 'ola@example.com' }),
    });
    expect(response.status).toBe(200);
    const [handed] = await t.waitForEmails(to('ola@example.com'));
    expect(handed?.body.text).toContain('My order never arrived.');
    expect((await t.stack.services.store.get(id))?.owner.email).toBe('ola@example.com');
  });
});

describe('escalation', () => {
  it('fires once after the SLA: one email to the backup, one reminder to the owner', async () => {
    const { id } = await submit(`late-${Date.now()}@example.org`);
    clock.advance(61 * 60_000);
    // Two sweeps at the same moment: the conditional write lets only one fire.
    await Promise.all([t.stack.runDueWork(), t.stack.runDueWork()]);
    await t.waitForEmails(about(id), 2);
    await t.stack.runDueWork();
    await new Promise((resolve) => setTimeout(resolve, 300));
    const inbox = (await t.inbox()).filter(about(id));
    expect(inbox.filter(to('ola@example.com'))).toHaveLength(1);
    expect(inbox.filter(to('kari@example.com'))).toHaveLength(1);
    expect((await t.stack.services.store.get(id))?.escalation?.state).toBe('fired');
    clock.set(new Date());
  });

  it('does not fire once the owner has answered', async () => {
    const { id, alert } = await submit(`answered-${Date.now()}@example.org`);
    await sendSmtp(t.stack.smtpPort, {
      from: 'kari@example.com',
      to: alert.replyTo[0] ?? '',
      text: 'On it!',
    });
    await t.waitForEmails(about(id), 1);
    clock.advance(2 * 3_600_000);
    await t.stack.runDueWork();
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect((await t.inbox()).filter(about(id)).filter(to('ola@example.com'))).toHaveLength(0);
    expect((await t.stack.services.store.get(id))?.escalation?.state).toBe('stopped');
    clock.set(new Date());
  });
});
