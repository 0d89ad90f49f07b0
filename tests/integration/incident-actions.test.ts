import { afterAll, beforeAll, expect, it } from 'vitest';
import { ManualClock } from '../../functions/adapters/clock.ts';
import { cliDataDir, stackCli } from '../helpers/cli.ts';
import { about, linkFor, to } from '../helpers/mail.ts';
import { eventually, type SentEmail, startTestStack, type TestStack } from '../helpers/stack.ts';

/**
 * An incident's life after its alert, through the real app: a paced update that names the report
 * threatening to go public and says how many acknowledgements the hourly budget holds, "a
 * different problem" taking one report out into its own alert, one answer from the incident's
 * page to everyone still in it, and `earshot incidents` showing it all.
 */
let t: TestStack;
// The incident's own time, moved by the test: when its update is due is then not a race.
const clock = new ManualClock('2026-12-01T10:00:00Z');
let cli: ReturnType<typeof stackCli>;
const dataDir = cliDataDir('earshot-incidents-');

beforeAll(async () => {
  t = await startTestStack({
    clock,
    env: {
      EARSHOT_INCIDENT_THRESHOLD: '3',
      EARSHOT_INCIDENT_UPDATE_EVERY: 'PT1S',
      EARSHOT_ACK_BUDGET_PER_HOUR: '4',
    },
  });
  cli = stackCli(t.stack, () => dataDir.path);
});
afterAll(async () => {
  await t?.stop();
  dataDir.remove();
});

let n = 0;
async function report(message: string): Promise<string> {
  n += 1;
  const response = await t.post({
    siteId: 'demo',
    rating: 1,
    locale: 'en',
    message,
    pageUrl: `${t.origin}/basket`,
    email: `basket${n}@example.org`,
  });
  return ((await response.json()) as { id: string }).id;
}

const isIncidentMail = (email: SentEmail) => email.replyTo.some((address) => address.startsWith('reply+i.'));

it('updates at a pace, takes a different problem out, and answers everyone from its page', async () => {
  const first = [
    await report('The basket empties itself when I add a second bag.'),
    await report('My basket lost everything I put in it.'),
    await report('Items vanish from the basket before I can pay.'),
  ];
  const [alert] = await t.waitForEmails((email) => to('kari@example.com')(email) && isIncidentMail(email));
  expect(alert?.subject).toMatch(/3 /);
  clock.advance(100);

  const later = [
    await report('The basket is broken again and I will post this on Trustpilot today.'),
    await report('The basket forgot my order again.'),
    await report('Nothing stays in the basket.'),
  ];
  // All six looked at (four acknowledged, two held by the budget of four), then the update is due.
  const settled = await eventually(async () => {
    const cases = await Promise.all([...first, ...later].map((id) => t.stack.services.store.get(id)));
    return cases.every((feedback) => ['sent', 'held'].includes(feedback?.mail.ack?.state ?? '')) && cases;
  }, 20_000);
  expect(settled, 'every acknowledgement sent or held').toBeTruthy();
  clock.advance(1_000);
  const [update] = await t.waitForEmails(
    (email) => isIncidentMail(email) && /^(Update|Oppdatering)/.test(email.subject),
    1,
    20_000,
  );
  expect(update?.subject).toMatch(/6/);
  // The report that may go public is named, with its own way out of the incident.
  expect(update?.body.text).toMatch(/(Urgent|Haster)[^\n]*\n[^\n]*Trustpilot today/);
  // Six acknowledgements, a budget of four: the update says so and carries the release.
  expect(update?.body.text).toMatch(/2 (of the acknowledgements|av bekreftelsene)/);
  expect(update?.body.text).toMatch(/\/held\/[\w-]+\.[a-f0-9]+/);

  // "A different problem": the page only shows; the POST takes it out, and it gets its own alert.
  const separate = linkFor(update, 'separate');
  const page = await fetch(separate);
  expect(page.status).toBe(200);
  expect(await page.text()).toContain('Trustpilot today');
  expect(
    (await t.inbox()).filter((email) => about(later[0] ?? '')(email) && to('kari@example.com')(email)),
  ).toHaveLength(0);
  expect((await fetch(separate, { method: 'POST' })).status).toBe(200);
  const [ownAlert] = await t.waitForEmails(
    (email) => to('kari@example.com')(email) && about(later[0] ?? '')(email),
  );
  expect(ownAlert?.subject).toContain('1');
  expect((await t.stack.services.store.get(later[0] ?? ''))?.incident).toBeUndefined();

  // The operator sees it: five reports left in it.
  const listed = await cli('incidents');
  expect(listed.code).toBe(0);
  expect(listed.stdout).toMatch(/open\s+5\s/);
  const incidentId = /^\S+ \S+ UTC\s+(\S+)/m.exec(listed.stdout.split('\n')[1] ?? '')?.[1] ?? '';
  const shown = await cli('incidents', 'show', incidentId);
  expect(shown.stdout).toContain('/basket');
  for (const id of [...first, ...later.slice(1)]) expect(shown.stdout).toContain(id);
  expect(shown.stdout).not.toContain(later[0]);

  // One answer written on the incident's page reaches everyone still in it, and only them.
  const incidentPage = linkFor(alert, 'incident');
  expect(await (await fetch(incidentPage)).text()).toContain('<textarea');
  const answered = await fetch(incidentPage, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ answer: 'Sorry, everyone: the basket is fixed now.' }),
  });
  expect(answered.status).toBe(200);
  const everyone = [...first, ...later.slice(1)];
  const relayed = await t.waitForEmails(
    (email) =>
      everyone.some((id) => about(id)(email)) && (email.body.text ?? '').includes('the basket is fixed now'),
    everyone.length,
    20_000,
  );
  expect(relayed).toHaveLength(everyone.length);
  expect(
    (await t.inbox()).filter(
      (email) => (email.body.text ?? '').includes('fixed now') && about(later[0] ?? '')(email),
    ),
  ).toHaveLength(0);
  const again = await cli('incidents');
  expect(again.stdout).toMatch(/open\s+5\s+\d+ min/);

  // The weekly digest counts it, with its time to first answer.
  const digest = await cli('digest', '--site', 'demo', '--dry-run');
  expect(digest.stdout).toMatch(/MANGE KUNDER, SAMME PROBLEM\n1 hendelse denne uka/);
  expect(digest.stdout).toMatch(/1 av dem fikk ett svar til alle, typisk etter/);
}, 120_000);

it('erasing a customer also erases the excerpt the incident keeps of their report', async () => {
  const post = async (message: string, email: string) => {
    const response = await t.post({
      siteId: 'demo',
      rating: 2,
      locale: 'en',
      message,
      pageUrl: `${t.origin}/gift-cards`,
      email,
    });
    return ((await response.json()) as { id: string }).id;
  };
  const ids = [
    await post('The gift card code says it is invalid.', 'gift1@example.org'),
    await post('My gift card was refused at checkout.', 'gift2@example.org'),
    await post('Gift card will not apply to my order.', 'gift3@example.org'),
  ];
  const joined = await eventually(async () => {
    const cases = await Promise.all(ids.map((id) => t.stack.services.store.get(id)));
    // Acknowledged: each report's own round is over, so nothing writes its member item any more.
    const done = (feedback: (typeof cases)[number]) =>
      ['sent', 'held'].includes(feedback?.mail.ack?.state ?? '');
    return cases.every((feedback) => feedback?.incident && done(feedback)) && cases;
  }, 20_000);
  const incidentId = joined?.[0]?.incident?.id as string;
  const excerpts = async () =>
    (await t.stack.services.incidents.members(incidentId)).map((member) => member.excerpt).join('\n');
  expect(await excerpts()).toContain('refused at checkout');

  expect((await cli('erase', 'gift2@example.org')).code).toBe(0);
  expect(await t.stack.services.store.get(ids[1] as string)).toBeUndefined();
  expect(await excerpts()).not.toContain('refused at checkout');
  expect(await excerpts()).toContain('says it is invalid');
});

it('keeps a report as first written into an incident, and still takes it out on request', async () => {
  // Prepare: the same report written twice, as an opening and the report's own round both do
  const incidents = t.stack.services.incidents;
  const member = {
    incidentId: 'inc-twice',
    feedbackId: 'report-1',
    joinedAt: '2026-12-01T10:00:00.000Z',
    createdAt: '2026-12-01T09:59:00.000Z',
    level: 'normal' as const,
    excerpt: 'The first words.',
    expiresAt: 4_000_000_000,
  };
  await incidents.addMember(member);
  await incidents.addMember({ ...member, joinedAt: '2026-12-01T10:00:05.000Z', excerpt: 'Again.' });

  // Act
  const [kept] = await incidents.members('inc-twice');
  await incidents.separate('inc-twice', 'report-1', '2026-12-01T11:00:00.000Z');

  // Assess
  expect(kept).toMatchObject({ joinedAt: '2026-12-01T10:00:00.000Z', excerpt: 'The first words.' });
  expect((await incidents.members('inc-twice'))[0]?.separatedAt).toBe('2026-12-01T11:00:00.000Z');
});
