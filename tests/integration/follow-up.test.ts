import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../functions/adapters/clock.ts';
import type { Feedback } from '../../functions/domain/feedback.ts';
import { about, linkFor as link, to } from '../helpers/mail.ts';
import { startTestStack, type TestStack } from '../helpers/stack.ts';

let t: TestStack;
const clock = new ManualClock();
beforeAll(async () => {
  t = await startTestStack({
    clock,
    env: { EARSHOT_FOLLOW_UP_AFTER: 'P3D', EARSHOT_ESCALATE_AFTER: 'PT4H' },
  });
});
afterAll(() => t?.stop());
beforeEach(async () => {
  clock.set(new Date());
  await t.clearInbox();
});

const checkInDelivery = (feedback: Feedback | undefined) =>
  Object.entries(feedback?.mail ?? {}).find(([kind]) => kind.startsWith('checkin'))?.[1];

let counter = 0;
/** A complaint that staff resolved through the alert's link; returns its id and the customer. */
async function resolved() {
  const customer = `fu${++counter}-${Date.now()}@example.org`;
  const response = await t.post({
    siteId: 'demo',
    rating: 2,
    message: 'Wrong beans.',
    email: customer,
    locale: 'sv',
  });
  const { id } = (await response.json()) as { id: string };
  const [alert] = await t.waitForEmails(to('kari@example.com'));
  await t.waitForEmails(to(customer));
  const resolve = await fetch(link(alert, 'resolve'), {
    method: 'POST',
    body: new URLSearchParams({ note: 'Sent new beans' }),
  });
  expect(resolve.status).toBe(200);
  await t.clearInbox();
  return { id, customer };
}

async function sweepAt(advanceMs: number) {
  clock.advance(advanceMs);
  await Promise.all([t.stack.runDueWork(), t.stack.runDueWork()]);
  await new Promise((resolve) => setTimeout(resolve, 300));
}

describe('"Did we make it right?"', () => {
  it('sends exactly one check-in after the delay, in the customer language, with one-click unsubscribe', async () => {
    const { id, customer } = await resolved();
    await sweepAt(2 * 86_400_000);
    expect((await t.inbox()).filter(about(id))).toHaveLength(0);

    await sweepAt(86_400_000 + 60_000);
    await sweepAt(60_000);
    const checkIns = (await t.inbox()).filter(about(id));
    expect(checkIns).toHaveLength(1);
    const [checkIn] = checkIns;
    expect(checkIn?.destination.to).toEqual([customer]);
    // In the customer's conversation: under the acknowledgement's subject, asking in its words.
    expect(checkIn?.subject).toMatch(/^Re: /);
    expect(checkIn?.body.text).toMatch(/Blev det löst/);
    expect(checkIn?.headers).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          name: 'List-Unsubscribe',
          value: expect.stringMatching(/^<http.*\/a\/.+>$/),
        }),
        { name: 'List-Unsubscribe-Post', value: 'List-Unsubscribe=One-Click' },
      ]),
    );
    expect(link(checkIn, 'unsubscribe')).not.toBe('');
  });

  it('closes as recovered on "yes", and the other answer link is then spent', async () => {
    const { id } = await resolved();
    await sweepAt(3 * 86_400_000 + 60_000);
    const [checkIn] = (await t.inbox()).filter(about(id));
    // The email says a click opens a page whose one button sends the answer; GET alone changes nothing.
    expect(checkIn?.body.text).toContain('trycker du på ”Skicka svaret”');
    const page = await fetch(link(checkIn, 'checkin-yes'), { headers: { 'Accept-Language': 'en' } });
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('<html lang="sv">');
    expect(html).toContain('<h1>Ja, det är löst</h1>');
    expect(html.match(/<button/g)).toHaveLength(1);
    expect(html).toContain('Skicka svaret</button>');
    // A wrong press in the email costs nothing: the page links the other answer of the same email.
    expect(html).toContain(`Tryckte du fel? <a href="${link(checkIn, 'checkin-no')}">Nej, inte riktigt</a>`);
    expect((await t.stack.services.store.get(id))?.status).toBe('resolved');

    const yes = await fetch(link(checkIn, 'checkin-yes'), {
      method: 'POST',
      body: new URLSearchParams({ comment: 'Tack!' }),
    });
    expect(yes.status).toBe(200);
    expect(await t.stack.services.store.get(id)).toMatchObject({ status: 'closed', outcome: 'recovered' });
    const other = await fetch(link(checkIn, 'checkin-no'), {
      method: 'POST',
      headers: { 'Accept-Language': 'en' },
    });
    expect(other.status).toBe(409);
    // Already answered: said in the customer's language, with thanks and the way back to the owner.
    const spent = await other.text();
    expect(spent).toContain('Du har redan svarat');
    expect(spent).toContain('svara på mejlet från Kari');
  });

  it('reopens on "no" and alerts the owner at once with the comment, restarting the escalation clock', async () => {
    const { id } = await resolved();
    await sweepAt(3 * 86_400_000 + 60_000);
    const [checkIn] = (await t.inbox()).filter(about(id));
    await t.clearInbox();
    const no = await fetch(link(checkIn, 'checkin-no'), {
      method: 'POST',
      body: new URLSearchParams({ comment: 'The new beans never came either.' }),
    });
    expect(no.status).toBe(200);
    const [reopened] = await t.waitForEmails(to('kari@example.com'));
    expect(reopened?.body.text).toContain('The new beans never came either.');
    expect(reopened?.body.text).toContain('Wrong beans.');
    const stored = await t.stack.services.store.get(id);
    expect(stored).toMatchObject({ status: 'open', outcome: 'not-recovered' });
    expect(stored?.escalation?.state).toBe('waiting');
  });

  it('closes as "no reply" a week after an unanswered check-in', async () => {
    const { id } = await resolved();
    await sweepAt(3 * 86_400_000 + 60_000);
    await sweepAt(7 * 86_400_000 + 60_000);
    expect(await t.stack.services.store.get(id)).toMatchObject({ status: 'closed', outcome: 'no-reply' });
  });

  it('sends nothing to an address that bounced', async () => {
    const { id, customer } = await resolved();
    const bounce = {
      notificationType: 'Bounce',
      bounce: { bounceType: 'Permanent', bouncedRecipients: [{ emailAddress: customer.toUpperCase() }] },
    };
    const posted = await fetch(`${t.apiUrl}/local/ses-events`, {
      method: 'POST',
      body: JSON.stringify(bounce),
    });
    expect(await posted.json()).toEqual({ suppressed: 1 });
    await sweepAt(3 * 86_400_000 + 60_000);
    expect((await t.inbox()).filter(about(id))).toHaveLength(0);
    expect(checkInDelivery(await t.stack.services.store.get(id))).toMatchObject({
      state: 'skipped',
      reason: 'suppressed: bounce',
    });
  });

  it('sends no check-in to someone who unsubscribed with the one-click POST', async () => {
    const happy = `glad${Date.now()}@example.org`;
    await t.post({ siteId: 'demo', rating: 5, message: 'Great!', email: happy });
    const [thanks] = await t.waitForEmails(to(happy));
    const unsubscribe =
      thanks?.headers?.find((header) => header.name === 'List-Unsubscribe')?.value.slice(1, -1) ?? '';
    const oneClick = await fetch(unsubscribe, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    });
    expect(oneClick.status).toBe(200);

    const response = await t.post({ siteId: 'demo', rating: 2, message: 'Now it broke.', email: happy });
    const { id } = (await response.json()) as { id: string };
    const [alert] = await t.waitForEmails(about(id));
    await fetch(link(alert, 'resolve'), { method: 'POST' });
    await sweepAt(3 * 86_400_000 + 60_000);
    const sent = (await t.inbox()).filter(about(id)).filter(to(happy));
    // The acknowledgement is transactional and still goes; the optional check-in does not.
    expect(sent.map((email) => email.body.text).join('\n')).not.toMatch(/ordnet\?|make it right/i);
    expect(checkInDelivery(await t.stack.services.store.get(id))).toMatchObject({
      state: 'skipped',
      reason: 'unsubscribed',
    });
  });
});
