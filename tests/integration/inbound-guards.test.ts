import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../functions/adapters/clock.ts';
import { receiveReply } from '../../functions/domain/inbound-reply.ts';
import { about, actionLinks, linkFor, sendSmtp, to } from '../helpers/mail.ts';
import { startTestStack, type TestStack } from '../helpers/stack.ts';

let t: TestStack;
const clock = new ManualClock();
beforeAll(async () => {
  t = await startTestStack({
    clock,
    env: { EARSHOT_ESCALATE_AFTER: 'PT1H', EARSHOT_FOLLOW_UP_AFTER: 'PT1H' },
  });
});
afterAll(() => t?.stop());
beforeEach(async () => {
  clock.set(new Date());
  await t.clearInbox();
});

let counter = 0;
async function submit(message = 'My order never arrived.') {
  const email = `guard${++counter}-${Date.now()}@example.org`;
  const response = await t.post({ siteId: 'demo', rating: 1, message, email, locale: 'nb' });
  const { id } = (await response.json()) as { id: string };
  const [alert] = await t.waitForEmails(to('kari@example.com'));
  const [ack] = await t.waitForEmails(to(email));
  if (!alert || !ack) throw new Error('alert or acknowledgement missing');
  await t.clearInbox();
  return { id, email, alert, ack, staffReply: alert.replyTo[0] ?? '', customerReply: ack.replyTo[0] ?? '' };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 400));

describe('automatic replies', () => {
  it("keeps the owner's out-of-office, relays nothing, and the escalation still fires on time", async () => {
    const { id, email, staffReply } = await submit();
    await sendSmtp(t.stack.smtpPort, {
      from: 'Kari Nordmann <kari@example.com>',
      to: staffReply,
      subject: 'Automatisk svar: Ny tilbakemelding',
      headers: { 'Auto-Submitted': 'auto-replied' },
      text: 'Jeg er på ferie til 5. januar.',
    });
    await settle();
    expect((await t.inbox()).filter(to(email))).toHaveLength(0);
    const stored = await t.stack.services.store.get(id);
    expect(stored?.thread.at(-1)?.rejected).toMatch(/^automatic reply, not forwarded/);
    expect(stored?.firstRespondedAt).toBeUndefined();
    expect(stored?.escalation?.state).toBe('waiting');

    clock.advance(61 * 60_000);
    await t.stack.runDueWork();
    expect(await t.waitForEmails(to('ola@example.com'))).toHaveLength(1);
  });

  it.each([
    ['X-Autoreply', { 'X-Autoreply': 'yes' }, 'Re: Takk'],
    ['Precedence: bulk', { Precedence: 'bulk' }, 'Re: Takk'],
    ['an out-of-office subject', {}, 'Frånvaro: Tack för din återkoppling'],
  ])("keeps the customer's automatic reply (%s) from the owner's inbox", async (_name, headers, subject) => {
    const { id, email, customerReply } = await submit();
    await sendSmtp(t.stack.smtpPort, { from: email, to: customerReply, subject, headers, text: 'Away.' });
    await settle();
    expect(await t.inbox()).toHaveLength(0);
    expect((await t.stack.services.store.get(id))?.thread.at(-1)?.rejected).toMatch(/^automatic reply/);
  });

  it("does not let the customer's out-of-office answer the check-in or reopen the case", async () => {
    const { id, email, alert, customerReply } = await submit();
    await fetch(linkFor(alert, 'resolve'), { method: 'POST', body: new URLSearchParams({}) });
    clock.advance(61 * 60_000);
    await t.stack.runDueWork();
    await t.waitForEmails((mail) => to(email)(mail) && linkFor(mail, 'checkin-no') !== '');
    await t.clearInbox();
    await sendSmtp(t.stack.smtpPort, {
      from: email,
      to: customerReply,
      subject: 'Fraværende: Ble det ordnet?',
      headers: { 'Auto-Submitted': 'auto-replied' },
      text: 'Jeg er ikke på kontoret.',
    });
    await settle();
    expect(await t.inbox()).toHaveLength(0);
    const stored = await t.stack.services.store.get(id);
    expect(stored?.status).toBe('resolved');
    expect(stored?.followUp?.answer).toBeUndefined();
  });

  it('treats a bounce with an empty return path as automatic', async () => {
    const { id, email, customerReply } = await submit();
    await sendSmtp(t.stack.smtpPort, {
      from: email,
      to: customerReply,
      envelopeFrom: '',
      text: 'Undeliverable',
    });
    await settle();
    expect(await t.inbox()).toHaveLength(0);
    expect((await t.stack.services.store.get(id))?.thread.at(-1)?.rejected).toMatch(/empty return path/);
  });
});

describe('never starting a loop', () => {
  it('marks automated mail as automatic and leaves relayed answers unmarked', async () => {
    const { alert, ack, staffReply, email } = await submit();
    for (const automated of [alert, ack]) {
      const names = (automated.headers ?? []).map((header) => `${header.name}: ${header.value}`);
      expect(names).toContain('X-Auto-Response-Suppress: All');
    }
    expect(ack.headers).toContainEqual({ name: 'Auto-Submitted', value: 'auto-replied' });
    expect(alert.headers).toContainEqual({ name: 'Auto-Submitted', value: 'auto-generated' });
    await sendSmtp(t.stack.smtpPort, { from: 'kari@example.com', to: staffReply, text: 'Ny pose i dag!' });
    const [relayed] = await t.waitForEmails(to(email));
    const names = (relayed?.headers ?? []).map((header) => header.name);
    expect(names).not.toContain('Auto-Submitted');
    expect(names).not.toContain('X-Auto-Response-Suppress');
  });

  it('relays ten customer messages an hour, keeps the rest, and tells the owner once', async () => {
    const { id, email, alert, customerReply } = await submit();
    // Claimed, so that no escalation (which quotes the thread) joins the owner's inbox.
    await fetch(linkFor(alert, 'claim'), { method: 'POST' });
    for (let n = 1; n <= 12; n++) {
      await sendSmtp(t.stack.smtpPort, { from: email, to: customerReply, text: `Melding ${n}` });
    }
    await t.stack.runDueWork();
    await settle();
    const toOwner = (await t.inbox()).filter(to('kari@example.com'));
    expect(toOwner.filter((mail) => /Melding \d+/.test(mail.body.text ?? ''))).toHaveLength(10);
    expect(toOwner.filter((mail) => mail.subject.includes('holdt tilbake'))).toHaveLength(1);
    const thread = (await t.stack.services.store.get(id))?.thread ?? [];
    expect(thread.filter((entry) => entry.rejected?.startsWith('relay limit'))).toHaveLength(2);
    // An hour later the case relays again.
    clock.advance(61 * 60_000);
    await sendSmtp(t.stack.smtpPort, { from: email, to: customerReply, text: 'Melding 13' });
    expect(await t.waitForEmails((mail) => (mail.body.text ?? '').includes('Melding 13'))).toHaveLength(1);
  });
});

describe('Earshot secrets', () => {
  it('relays only the new text of a Nordic Outlook reply: no action link, no staff-only line', async () => {
    const { id, email, alert, staffReply } = await submit(
      'Kaffen kom knust. Jeg legger det ut på Facebook i kveld hvis ingen svarer!',
    );
    expect(actionLinks(alert.body.text).length).toBeGreaterThan(0);
    const quoted = (alert.body.text ?? '').replace(/\n/g, '\r\n');
    await sendSmtp(t.stack.smtpPort, {
      from: 'Kari Nordmann <kari@example.com>',
      to: staffReply,
      subject: `SV: ${alert.subject}`,
      text: `Hei! Så leit. Ny pose er på vei i dag.\r\n\r\nKari\r\n\r\nFra: Fjordkaffe <feedback@example.com>\r\nSendt: tirsdag 1. desember 2026 14:05\r\nTil: Kari Nordmann <kari@example.com>\r\nEmne: ${alert.subject}\r\n\r\n${quoted}`,
    });
    const [relayed] = await t.waitForEmails(to(email));
    const text = relayed?.body.text ?? '';
    expect(text).toContain('Hei! Så leit. Ny pose er på vei i dag.');
    expect(text).not.toContain('/a/');
    expect(relayed?.body.html ?? '').not.toContain('/a/');
    const stored = await t.stack.services.store.get(id);
    expect(text).not.toContain(alert.body.text?.split('\n')[2] ?? 'never');
    const entry = stored?.thread.find((candidate) => candidate.kind === 'staff');
    expect(entry?.text).toBe('Hei! Så leit. Ny pose er på vei i dag.\n\nKari');
    expect(entry?.original).toContain('Sendt: tirsdag');
    expect(entry?.removed).toContain('header-block');
  });

  it('removes action links and the spread-risk line that an unknown client left in, and notes it', async () => {
    const { id, email, alert, staffReply } = await submit(
      'Kaffen kom knust. Jeg legger det ut på Facebook i kveld hvis ingen svarer!',
    );
    const risk = (alert.body.text ?? '').split('\n')[2] ?? '';
    expect(risk).toMatch(/offentlig|Haster|Viktig/);
    await sendSmtp(t.stack.smtpPort, {
      from: 'kari@example.com',
      to: staffReply,
      text: `Ny pose i dag.\n${risk}\nSe saken: ${linkFor(alert, 'view')}\nSvar til ${staffReply}`,
    });
    const [relayed] = await t.waitForEmails(to(email));
    expect(relayed?.body.text).toContain('Ny pose i dag.');
    expect(relayed?.body.text).not.toContain(risk);
    expect(relayed?.body.text).not.toContain('/a/');
    expect(relayed?.body.text).not.toContain('reply+s.');
    const entry = (await t.stack.services.store.get(id))?.thread.find(
      (candidate) => candidate.kind === 'staff',
    );
    expect(entry?.removed).toEqual(expect.arrayContaining(['action-link', 'reply-address', 'staff-only']));
    // Staff see on the case what was taken out, and the whole email as it came.
    const page = await (await fetch(linkFor(alert, 'view'))).text();
    expect(page).toContain('fjernet før videresending: handlingslenke, svaradresse, intern linje');
    expect(page).toContain('Hele e-posten slik den kom');
  });
});

describe('authenticated staff', () => {
  it('keeps an unauthenticated staff reply, relays nothing, and tells the staff member once why', async () => {
    const { id, email, staffReply } = await submit();
    const services = { ...t.stack.services, config: t.config };
    for (const n of [1, 2]) {
      const outcome = await receiveReply(
        {
          recipients: [staffReply],
          from: 'kari@example.com',
          messageId: `<forged-${n}-${id}@evil.example>`,
          text: 'Send your card number to get a refund',
          attachments: 0,
          authentication: { passed: false, reason: 'DMARC FAIL, SPF FAIL, DKIM GRAY for example.com' },
        },
        services,
      );
      expect(outcome).toBe('rejected');
    }
    await t.stack.runDueWork();
    const [told] = await t.waitForEmails(to('kari@example.com'));
    expect(told?.body.text).toContain('DMARC FAIL');
    await settle();
    expect((await t.inbox()).filter(to(email))).toHaveLength(0);
    expect((await t.inbox()).filter(to('kari@example.com'))).toHaveLength(1);
    const stored = await t.stack.services.store.get(id);
    expect(stored?.thread.at(-1)?.rejected).toBe(
      'sender not authenticated: DMARC FAIL, SPF FAIL, DKIM GRAY for example.com',
    );
    expect(stored?.firstRespondedAt).toBeUndefined();
  });
});

describe('answering the check-in by email', () => {
  it('"Ja, takk!" closes the case as made right, and the words still reach the owner', async () => {
    const { id, email, alert, customerReply } = await submit();
    await fetch(linkFor(alert, 'resolve'), { method: 'POST', body: new URLSearchParams({}) });
    clock.advance(61 * 60_000);
    await t.stack.runDueWork();
    await t.waitForEmails((mail) => to(email)(mail) && linkFor(mail, 'checkin-yes') !== '');
    await t.clearInbox();
    await sendSmtp(t.stack.smtpPort, { from: email, to: customerReply, text: 'Ja, takk! Alt i orden.' });
    const [relayed] = await t.waitForEmails(to('kari@example.com'));
    expect(relayed?.body.text).toContain('Ja, takk! Alt i orden.');
    const stored = await t.stack.services.store.get(id);
    expect(stored).toMatchObject({ status: 'closed', outcome: 'recovered' });
  });

  it('"nei, ikke ennå" reopens the case and alerts the owner with the words', async () => {
    const { id, email, alert, customerReply } = await submit();
    await fetch(linkFor(alert, 'resolve'), { method: 'POST', body: new URLSearchParams({}) });
    clock.advance(61 * 60_000);
    await t.stack.runDueWork();
    await t.waitForEmails(
      (mail) => to(email)(mail) && (mail.headers ?? []).some((h) => h.name === 'List-Unsubscribe'),
    );
    await t.clearInbox();
    await sendSmtp(t.stack.smtpPort, {
      from: email,
      to: customerReply,
      text: 'Nei, ikke ennå. Posen kom aldri.',
    });
    const [reopened] = await t.waitForEmails(to('kari@example.com'));
    expect(reopened?.body.text).toContain('Nei, ikke ennå. Posen kom aldri.');
    const stored = await t.stack.services.store.get(id);
    expect(stored?.status).toBe('open');
    expect(stored?.followUp?.answer).toBe('no');
    await settle();
    expect((await t.inbox()).filter(about(id))).toHaveLength(1);
  });
});
