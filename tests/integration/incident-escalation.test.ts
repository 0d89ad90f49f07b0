import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ManualClock } from '../../functions/adapters/clock.ts';
import { cliDataDir, stackCli } from '../helpers/cli.ts';
import { about, linkFor, sendSmtp, to } from '../helpers/mail.ts';
import { type Receiver, startReceiver } from '../helpers/receiver.ts';
import { eventually, type SentEmail, startTestStack, type TestStack } from '../helpers/stack.ts';

/**
 * An incident nobody answers reaches the backup, as a case would: once, when its clock runs out,
 * as one email about the whole incident, never one per report. Through the real app, dispatcher,
 * SES stand-in and SMTP listener, on a clock the test moves.
 */
let t: TestStack;
let receiver: Receiver;
const clock = new ManualClock('2026-12-01T10:00:00Z');
const HOUR = 3_600_000;

beforeAll(async () => {
  receiver = await startReceiver();
  t = await startTestStack({
    clock,
    // A window longer than the test's two hours, so late reports still join.
    env: { EARSHOT_INCIDENT_THRESHOLD: '3', EARSHOT_ESCALATE_AFTER: 'PT1H', EARSHOT_INCIDENT_WINDOW: 'PT3H' },
    site: {
      notify: [
        {
          type: 'webhook',
          url: receiver.url('/hook'),
          secret: `whsec_${randomBytes(32).toString('base64')}`,
        },
        { type: 'slack', url: receiver.url('/slack') },
      ],
    },
  });
});
afterAll(async () => {
  await t?.stop();
  await receiver?.close();
});
const hooks = () => receiver.at('/hook').map((request) => JSON.parse(request.body));

let n = 0;
async function report(message: string, page: string): Promise<string> {
  n += 1;
  const response = await t.post({
    siteId: 'demo',
    rating: 1,
    locale: 'en',
    message,
    pageUrl: `${t.origin}${page}`,
    email: `waiting${n}@example.org`,
  });
  expect(response.status).toBe(202);
  return ((await response.json()) as { id: string }).id;
}

/** Three similar reports, until they are one incident and every customer has their acknowledgement. */
async function incidentOf(page: string, messages: string[]) {
  const ids: string[] = [];
  for (const message of messages) ids.push(await report(message, page));
  const cases = await eventually(async () => {
    const stored = await Promise.all(ids.map((id) => t.stack.services.store.get(id)));
    return stored.every((feedback) => feedback?.incident && feedback.mail.ack?.state === 'sent') && stored;
  }, 20_000);
  const incidentId = cases?.[0]?.incident?.id ?? '';
  const [alert] = await t.waitForEmails(
    (email) =>
      to('kari@example.com')(email) && email.replyTo.some((a) => a.startsWith(`reply+i.${incidentId}.`)),
  );
  return { ids, incidentId, alert };
}

const toBackup = (email: SentEmail) => to('ola@example.com')(email);
const aboutIncident = (id: string) => (email: SentEmail) =>
  email.replyTo.some((address) => address.startsWith(`reply+i.${id}.`));

it('tells the backup once when nobody answers an incident, and not about each report', async () => {
  // Prepare: one incident nobody answers, one the owner answers at once, one report taken out
  const silent = await incidentOf('/basket', [
    'The basket empties itself when I add a second bag.',
    'My basket lost everything I put in it.',
    'Items vanish from the basket before I can pay.',
    'The basket forgot my order again.',
  ]);
  const answered = await incidentOf('/gift-cards', [
    'The gift card code says it is invalid.',
    'My gift card was refused at checkout.',
    'Gift card will not apply to my order.',
  ]);
  const page = linkFor(answered.alert, 'incident');
  const posted = await fetch(page, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ answer: 'Sorry, all: gift cards work again.' }),
  });
  expect(posted.status).toBe(200);
  await t.waitForEmails((email) => (email.body.text ?? '').includes('gift cards work again'), 3, 20_000);
  // "A different problem" from the alert's own link: that report gets its case clock back.
  const ownAlerts = async () =>
    (await t.inbox()).filter(
      (email) => to('kari@example.com')(email) && silent.ids.some((id) => about(id)(email)),
    );
  const before = (await ownAlerts()).length;
  const separate = linkFor(silent.alert, 'separate');
  expect((await fetch(separate, { method: 'POST' })).status).toBe(200);
  const separated = (
    await eventually(async () => {
      const stored = await Promise.all(silent.ids.map((id) => t.stack.services.store.get(id)));
      return stored.find((feedback) => feedback && !feedback.incident);
    }, 10_000)
  )?.id as string;
  expect(await eventually(async () => (await ownAlerts()).length > before, 10_000)).toBe(true);
  const stillIn = silent.ids.filter((id) => id !== separated);

  // Act: just before the hour nothing; just after, two dispatchers at once, then a third round
  clock.advance(HOUR - 60_000);
  await t.stack.runDueWork();
  await new Promise((resolve) => setTimeout(resolve, 300));
  expect((await t.inbox()).filter(toBackup)).toHaveLength(0);
  clock.advance(2 * 60_000);
  await Promise.all([t.stack.runDueWork(), t.stack.runDueWork()]);
  const [escalation] = await t.waitForEmails(
    (email) => toBackup(email) && aboutIncident(silent.incidentId)(email),
  );
  await t.waitForEmails((email) => toBackup(email) && about(separated)(email));
  await t.stack.runDueWork();
  await new Promise((resolve) => setTimeout(resolve, 300));

  // Assess: one incident escalation, the separated report's own, nothing for the answered one
  const backup = (await t.inbox()).filter(toBackup);
  expect(backup.filter(aboutIncident(silent.incidentId))).toHaveLength(1);
  expect(backup.filter(about(separated))).toHaveLength(1);
  expect(backup).toHaveLength(2);
  expect(backup.filter(aboutIncident(answered.incidentId))).toHaveLength(0);
  // Nor is the owner reminded report by report: only the separated case's own reminder comes.
  const reminders = (await t.inbox()).filter(
    (email) => to('kari@example.com')(email) && (email.body.text ?? '').includes('Ola har fått beskjed'),
  );
  expect(reminders.map((email) => about(separated)(email))).toEqual([true]);
  for (const id of stillIn) expect((await t.stack.services.store.get(id))?.escalation?.state).toBe('stopped');
  expect(escalation?.subject).toMatch(
    /^Trenger svar: 3 kunder med samme problem venter fortsatt · Fjordkaffe$/,
  );
  expect(escalation?.body.text).toContain('Hei Ola,');
  expect(escalation?.body.text).toContain('Det er Kari som har hendelsen');
  expect(escalation?.body.text).toContain('/basket');
  // What the customers wrote, but not the report taken out.
  expect(escalation?.body.text).toMatch(/^> .*basket/im);
  const takenOut = (await t.stack.services.store.get(separated))?.message ?? '';
  expect(escalation?.body.text).not.toContain(takenOut);
  expect((await t.stack.services.incidents.get(silent.incidentId))?.escalation?.state).toBe('fired');
  expect((await t.stack.services.incidents.get(answered.incidentId))?.escalation?.state).toBe('stopped');

  // Chat and webhooks hear it once, from the incident; only the separated case escalates alone
  const heard = await eventually(async () => {
    const escalated = hooks().filter((body) => body.data?.event?.escalated);
    return escalated.length > 0 && escalated;
  }, 10_000);
  expect(heard).toHaveLength(1);
  expect(heard?.[0]).toMatchObject({
    type: 'incident.updated',
    data: { event: { count: 3, status: 'open', escalated: true }, incident: { id: silent.incidentId } },
  });
  await eventually(async () => hooks().some((body) => body.type === 'case.escalated'), 10_000);
  expect(
    hooks()
      .filter((body) => body.type === 'case.escalated')
      .map((body) => body.data.case.id),
  ).toEqual([separated]);
  const slack = receiver.at('/slack').map((request) => request.body);
  expect(slack.filter((body) => body.includes('Ingen har svart kundene ennå – Ola Nordmann'))).toHaveLength(
    1,
  );

  // An answer after the escalation is normal: the backup's reply reaches everyone still in it
  await sendSmtp(t.stack.smtpPort, {
    from: 'Ola Nordmann <ola@example.com>',
    to: escalation?.replyTo[0] ?? '',
    subject: `Re: ${escalation?.subject}`,
    text: 'So sorry, everyone: the basket keeps your items again.',
  });
  const relayed = await t.waitForEmails(
    (email) => (email.body.text ?? '').includes('keeps your items again'),
    3,
    20_000,
  );
  const customers = await Promise.all(stillIn.map((id) => t.stack.services.store.get(id)));
  expect(relayed.map((email) => email.destination.to[0]).sort()).toEqual(
    customers.map((feedback) => feedback?.email).sort(),
  );
  await t.stack.runDueWork();
  expect((await t.inbox()).filter(toBackup)).toHaveLength(2);

  // Two customers write after that answer, which they never got: the clock starts again for them
  clock.advance(1_000);
  const late = [
    await report('The basket is empty again after I logged in.', '/basket'),
    await report('My basket still loses what I add.', '/basket'),
  ];
  const joinedLate = await eventually(async () => {
    const stored = await Promise.all(late.map((id) => t.stack.services.store.get(id)));
    return stored.every((feedback) => feedback?.incident?.id === silent.incidentId);
  }, 20_000);
  expect(joinedLate, 'the late reports joined the incident').toBe(true);
  clock.advance(HOUR + 60_000);
  await Promise.all([t.stack.runDueWork(), t.stack.runDueWork()]);
  const later = await t.waitForEmails(
    (email) => toBackup(email) && aboutIncident(silent.incidentId)(email),
    2,
  );
  await t.stack.runDueWork();
  expect(later).toHaveLength(2);
  expect(later[1]?.subject).toMatch(/^Trenger svar: 2 kunder med samme problem/);
  expect(later[1]?.body.text).toContain('De som skrev før, har fått svar.');
  expect((await t.inbox()).filter(toBackup)).toHaveLength(3);

  // The operator sees both times the backup was told
  const dataDir = cliDataDir('earshot-escalation-');
  try {
    const shown = await stackCli(t.stack, () => dataDir.path)('incidents', 'show', silent.incidentId);
    expect(shown.stdout).toMatch(/Backup told: \S+ \S+ UTC \(3 waiting\), \S+ \S+ UTC \(2 waiting\)/);
    expect(shown.stdout).toMatch(/escalation sent, .*escalation:2 sent/);
  } finally {
    dataDir.remove();
  }
}, 120_000);
