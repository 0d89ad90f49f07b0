import { randomBytes } from 'node:crypto';
import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { checkoutPhrasings } from '../fixtures/incident.ts';
import { type Receiver, startReceiver } from '../helpers/receiver.ts';
import { eventually, startTestStack, type TestStack } from '../helpers/stack.ts';

const secret = `whsec_${randomBytes(32).toString('base64')}`;
let t: TestStack;
let receiver: Receiver;

beforeAll(async () => {
  receiver = await startReceiver();
  t = await startTestStack({
    env: { EARSHOT_INCIDENT_THRESHOLD: '3' },
    site: {
      notify: [
        { type: 'slack', url: receiver.url('/slack') },
        { type: 'webhook', url: receiver.url('/hook'), secret },
      ],
    },
  });
});
afterAll(async () => {
  await t?.stop();
  await receiver?.close();
});

const phrasings = checkoutPhrasings;
const bodies = (path: string) => receiver.at(path).map((request) => JSON.parse(request.body));
const types = (path: string) => bodies(path).map((body) => body.type ?? body.text);

it('announces a complaint storm once, as an incident, instead of case by case in chat', async () => {
  // Act: three similar complaints; the third makes an incident of all three
  for (const [index, message] of phrasings.entries()) {
    const response = await t.post({ siteId: 'demo', rating: 1, locale: 'en', message, pageUrl: '/checkout' });
    expect(response.status).toBe(202);
    await eventually(
      async () => types('/hook').filter((type) => type === 'feedback.received').length > index,
      8_000,
    );
  }
  const opened = await eventually(
    async () => bodies('/hook').find((body) => body.type === 'incident.opened'),
    8_000,
  );

  // Assess: the webhook hears of every case and of the incident, signed like any other event
  expect(opened).toMatchObject({
    type: 'incident.opened',
    data: { event: { count: 3, status: 'open' }, incident: { siteId: 'demo', status: 'open' } },
  });
  expect(opened.data.incidentUrl).toMatch(new RegExp(`^${t.apiUrl}/a/`));
  const hook = receiver.at('/hook').find((request) => request.body.includes('"incident.opened"'));
  new Webhook(secret).verify(hook?.body ?? '', hook?.headers as Record<string, string>);
  expect(hook?.headers['webhook-id']).toBe(`evt_${opened.data.incident.id}_opened`);

  // Slack: the first two cases as they came, then the incident, not the third case on its own
  const slack = await eventually(async () => receiver.at('/slack').length >= 3 && bodies('/slack'), 8_000);
  expect(slack).toHaveLength(3);
  const last = (
    slack as { blocks: { type: string; text?: { text: string }; elements?: { url: string }[] }[] }[]
  )[2];
  expect(last?.blocks[0]?.text?.text).toBe('Mange like klager til Fjordkaffe');
  expect(JSON.stringify(last)).not.toContain('card was declined');
  const actions = last?.blocks.find((block) => block.type === 'actions');
  expect((await fetch(actions?.elements?.[0]?.url ?? '')).status).toBe(200);
  await t.stack.runDueWork();
  expect(receiver.at('/slack')).toHaveLength(3);
});
