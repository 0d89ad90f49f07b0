import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { NotifyTarget } from '../../functions/config/notify-schema.ts';
import { targetId } from '../../functions/domain/notify/targets.ts';
import { checkoutPhrasings } from '../fixtures/incident.ts';
import { to } from '../helpers/mail.ts';
import { type Receiver, startReceiver } from '../helpers/receiver.ts';
import { eventually, startTestStack, type TestStack } from '../helpers/stack.ts';

/**
 * A 410 met by an incident's notification turns the target off for the site and tells the owner,
 * exactly as one met by a case's does; and when a case and an incident meet the same 410 at once,
 * the owner is still told once. Local receivers stand in for the gone webhooks.
 */
const secret = `whsec_${randomBytes(32).toString('base64')}`;
let t: TestStack;
let receiver: Receiver;
let onlyIncidents: NotifyTarget;
let everything: NotifyTarget;

beforeAll(async () => {
  receiver = await startReceiver();
  receiver.answer('/incidents', { status: 410 });
  receiver.answer('/all', { status: 410 });
  onlyIncidents = { type: 'webhook', url: receiver.url('/incidents'), secret, events: ['incident.opened'] };
  everything = {
    type: 'webhook',
    url: receiver.url('/all'),
    secret,
    events: ['feedback.received', 'incident.opened'],
  };
  t = await startTestStack({
    env: { EARSHOT_INCIDENT_THRESHOLD: '3' },
    site: { notify: [onlyIncidents, everything] },
  });
});
afterAll(async () => {
  await t?.stop();
  await receiver?.close();
});

const phrasings = checkoutPhrasings;
const isOffNotice = (email: { subject: string }) => / er slått av · Fjordkaffe$/.test(email.subject);

it('turns a target off at an incident event’s 410 and tells the owner once, also when a case met it too', async () => {
  // Act: three similar complaints become one incident; both webhooks answer 410 Gone
  const ids: string[] = [];
  for (const message of phrasings) {
    const response = await t.post({ siteId: 'demo', rating: 1, locale: 'en', message, pageUrl: '/checkout' });
    expect(response.status).toBe(202);
    ids.push(((await response.json()) as { id: string }).id);
  }
  const switches = t.stack.services.notify.switches;
  const off = await eventually(
    async () =>
      (await switches.isOff('demo', targetId(onlyIncidents))) &&
      (await switches.isOff('demo', targetId(everything))),
    15_000,
  );
  expect(off, 'both targets turned off').toBe(true);
  const notices = await t.waitForEmails((email) => to('kari@example.com')(email) && isOffNotice(email), 2);
  // Later rounds find the targets off: no more calls, no more notices.
  const calls = receiver.at('/incidents').length + receiver.at('/all').length;
  await t.stack.runDueWork();
  await t.stack.runDueWork();
  await new Promise((resolve) => setTimeout(resolve, 300));

  // Assess: the incident's own 410 told the owner, from the incident record
  const cases = await Promise.all(ids.map((id) => t.stack.services.store.get(id)));
  const incidentId = cases[0]?.incident?.id ?? '';
  const incident = await t.stack.services.incidents.get(incidentId);
  expect(receiver.at('/incidents')).toHaveLength(1);
  expect(receiver.at('/incidents')[0]?.body).toContain('"incident.opened"');
  expect(incident?.mail[`notify-off:${targetId(onlyIncidents)}`]?.state).toBe('sent');
  expect(incident?.notify?.deliveries[`${targetId(onlyIncidents)}/opened`]?.state).toBe('off');
  // The target both the cases and the incident met: told once, by whichever record turned it off
  const kind = `notify-off:${targetId(everything)}`;
  const owing = [...cases, incident].filter((record) => record?.mail[kind as never]);
  expect(owing).toHaveLength(1);
  expect(notices).toHaveLength(2);
  expect(notices[0]?.body.text).toContain('410 Gone');
  expect((await t.inbox()).filter(isOffNotice)).toHaveLength(2);
  expect(receiver.at('/incidents').length + receiver.at('/all').length).toBe(calls);
});
