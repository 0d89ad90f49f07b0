import { afterAll, beforeAll, expect, it } from 'vitest';
import { checkoutPhrasings } from '../fixtures/incident.ts';
import { about, linkFor, sendSmtp, to } from '../helpers/mail.ts';
import { eventually, type SentEmail, startTestStack, type TestStack } from '../helpers/stack.ts';

/**
 * The storm of issue 15: 300 customers hit one broken checkout, 5 others write about other
 * things. Through the real app, dispatcher, SES stand-in and SMTP listener. The send rate is
 * lifted so the test stays short; pacing itself is measured by the bench.
 */
const STORM = 300;
const THRESHOLD = 5;
let t: TestStack;

beforeAll(async () => {
  t = await startTestStack({
    env: {
      EARSHOT_INCIDENT_THRESHOLD: String(THRESHOLD),
      EARSHOT_MAX_SEND_RATE: '400',
      EARSHOT_ACK_BUDGET_PER_HOUR: '1000',
    },
  });
});
afterAll(() => t?.stop());

const phrasings = checkoutPhrasings;
const unrelated = [
  { message: 'The coffee beans tasted stale and bitter.', pageUrl: '/products/espresso' },
  { message: 'The courier left my parcel in the rain.', pageUrl: '/orders' },
  { message: 'Your newsletter arrives three times a week, far too often.', pageUrl: '/account' },
  { message: 'The grinder I bought makes a horrible rattling noise.', pageUrl: '/products/grinder' },
  { message: 'I was charged shipping although the shop promised it free.', pageUrl: '/shipping' },
];

async function submit(body: Record<string, unknown>): Promise<string> {
  const response = await t.post({ siteId: 'demo', rating: 1, locale: 'en', ...body });
  expect(response.status).toBe(202);
  return ((await response.json()) as { id: string }).id;
}

it('turns 300 similar complaints into one incident, one answer to all and one resolution', async () => {
  const stormIds: string[] = [];
  for (let batch = 0; batch < STORM; batch += 25) {
    const ids = await Promise.all(
      Array.from({ length: Math.min(25, STORM - batch) }, (_, index) => {
        const n = batch + index;
        return submit({
          message: phrasings[n % phrasings.length],
          pageUrl: `${t.origin}/checkout?step=${n % 3}`,
          email: `storm${n}@example.org`,
        });
      }),
    );
    stormIds.push(...ids);
  }
  const otherIds = await Promise.all(
    unrelated.map((other, n) =>
      submit({
        message: other.message,
        pageUrl: `${t.origin}${other.pageUrl}`,
        email: `other${n}@example.org`,
      }),
    ),
  );

  // Every customer is heard: one acknowledgement each, no more.
  const customers = [
    ...stormIds.map((_, n) => `storm${n}@example.org`),
    ...unrelated.map((_, n) => `other${n}@example.org`),
  ];
  const inbox = await eventually(async () => {
    const emails = await t.inbox();
    return customers.every((address) => emails.some(to(address))) && emails;
  }, 120_000);
  expect(inbox, 'every customer acknowledged').toBeTruthy();
  const emails = inbox as SentEmail[];
  for (const address of customers) expect(emails.filter(to(address)), address).toHaveLength(1);

  // The owner: one incident alert, the alerts sent before it formed, one alert per unrelated one.
  const owner = emails.filter(to('kari@example.com'));
  const incidentAlerts = owner.filter((email) =>
    email.replyTo.some((address) => address.startsWith('reply+i.')),
  );
  const stormAlerts = owner.filter((email) => stormIds.some((id) => about(id)(email)));
  expect(incidentAlerts).toHaveLength(1);
  expect(stormAlerts.length).toBeLessThanOrEqual(THRESHOLD - 1);
  expect(incidentAlerts.length + stormAlerts.length).toBeLessThanOrEqual(7);
  for (const id of otherIds) expect(owner.filter(about(id)), `alert for ${id}`).toHaveLength(1);
  const [incidentAlert] = incidentAlerts;
  expect(incidentAlert?.subject).toMatch(/customers report the same problem|kunder melder om det samme/);
  expect(incidentAlert?.body.text).toContain('/checkout');
  // Storm members joining after it formed were told the business already knows.
  const knowing = customers
    .slice(0, STORM)
    .filter((address) => /already|allerede/.test(emails.find(to(address))?.subject ?? ''));
  expect(knowing.length).toBeGreaterThanOrEqual(STORM - THRESHOLD);

  // One reply to the incident alert reaches every customer, alone in To, in their own case.
  await t.clearInbox();
  await sendSmtp(t.stack.smtpPort, {
    from: 'Kari Nordmann <kari@example.com>',
    to: incidentAlert?.replyTo[0] ?? '',
    // Pasted by mistake: the incident's own signed link must not reach 300 customers.
    text: `We are so sorry: the payment provider had an outage. It is fixed now, and nobody was charged.\n\n${linkFor(incidentAlert, 'incident-resolve')}`,
  });
  const answered = await eventually(async () => {
    const sent = await t.inbox();
    return stormIds.every((id) => sent.some(about(id))) && sent;
  }, 120_000);
  expect(answered, 'the answer reached all 300').toBeTruthy();
  for (const [n, id] of stormIds.entries()) {
    const mine = (answered as SentEmail[]).filter(about(id));
    expect(mine).toHaveLength(1);
    expect(mine[0]?.destination).toEqual({ to: [`storm${n}@example.org`], cc: [], bcc: [] });
    expect(mine[0]?.replyTo[0]).toMatch(new RegExp(`^reply\\+c\\.${id}\\.`));
    expect(mine[0]?.body.text).toContain('payment provider had an outage');
    expect(mine[0]?.body.text).not.toContain('/a/');
  }
  for (const n of unrelated.keys())
    expect((answered as SentEmail[]).filter(to(`other${n}@example.org`))).toHaveLength(0);
  const first = await t.stack.services.store.get(stormIds[100] ?? '');
  expect(first?.firstRespondedAt).toBeDefined();

  // Resolving the incident once resolves every case in it, and none of the others.
  const resolveUrl = linkFor(incidentAlert, 'incident-resolve');
  expect((await fetch(resolveUrl)).status).toBe(200);
  expect((await fetch(resolveUrl, { method: 'POST' })).status).toBe(200);
  const resolved = await eventually(async () => {
    const cases = await Promise.all(stormIds.map((id) => t.stack.services.store.get(id)));
    return cases.every((feedback) => feedback?.status === 'resolved') && cases;
  }, 120_000);
  expect(resolved, 'all 300 resolved').toBeTruthy();
  for (const id of otherIds) expect((await t.stack.services.store.get(id))?.status).toBe('open');
}, 420_000);
