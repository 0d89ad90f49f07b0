import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../functions/adapters/clock.ts';
import { createApp } from '../../functions/http/app.ts';
import { cliDataDir, stackCli } from '../helpers/cli.ts';
import { actionLinks, to } from '../helpers/mail.ts';
import { eventually, startTestStack, type TestStack } from '../helpers/stack.ts';

const clock = new ManualClock('2026-11-25T10:00:00Z');
let t: TestStack;
let dataDir: ReturnType<typeof cliDataDir> | undefined;
beforeAll(async () => {
  t = await startTestStack({ clock, env: { EARSHOT_ACK_BUDGET_PER_HOUR: '5' } });
  dataDir = cliDataDir('earshot-abuse-');
});
afterAll(async () => {
  await t?.stop();
  dataDir?.remove();
});

const cli = (...argv: string[]) => stackCli(t.stack, () => dataDir?.path, clock)(...argv);
const body = { siteId: 'demo', rating: 2, message: 'The order never arrived.' };
const idOf = async (response: Response) => ((await response.json()) as { id: string }).id;

/** Waits until the dispatcher has settled every email of these records (none pending or sending). */
async function settled(ids: string[]) {
  return eventually(async () => {
    const records = await Promise.all(ids.map((id) => t.stack.services.store.get(id)));
    return records.every((record) =>
      Object.values(record?.mail ?? {}).every((mail) => mail && !['pending', 'sending'].includes(mail.state)),
    );
  }, 45_000);
}

describe('rate limit by network', () => {
  it('counts an IPv6 /64 as one client and an IPv4 address as one client', async () => {
    const app = createApp({
      ...t.stack.services,
      config: {
        ...t.config,
        sites: t.config.sites.map((site) => ({ ...site, rateLimitPerMinute: 2 })),
      },
      clientIp: (c) => c.req.header('x-test-client-ip'),
    });
    const from = (ip: string) =>
      app.request('/v1/feedback', {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: t.origin, 'x-test-client-ip': ip },
        body: JSON.stringify(body),
      });
    // Three addresses of one /64: a fresh address per request must not be a fresh bucket.
    expect((await from('2001:db8:7:1::a')).status).toBe(202);
    expect((await from('2001:db8:7:1:ffff:1:2:3')).status).toBe(202);
    expect((await from('2001:0db8:0007:0001::c')).status).toBe(429);
    // The next /64 is someone else.
    expect((await from('2001:db8:7:2::a')).status).toBe(202);
    expect((await from('192.0.2.10')).status).toBe(202);
    expect((await from('::ffff:192.0.2.10')).status).toBe(202);
    expect((await from('192.0.2.10')).status).toBe(429);
    expect((await from('192.0.2.11')).status).toBe(202);
  });
});

describe('one canonical address', () => {
  it('gives 50 Gmail dot, +tag and googlemail spellings of one mailbox at most 3 acknowledgements a day, each to the address as typed', async () => {
    clock.set('2026-11-25T11:00:00Z');
    const local = 'fjordfan';
    const variants = Array.from({ length: 50 }, (_, i) => {
      const dotted = [...local]
        .map((char, at) => (at > 0 && (i >> (at - 1)) & 1 ? `.${char}` : char))
        .join('');
      const tagged = i % 3 === 0 ? `${dotted}+try${i}` : dotted;
      return `${i % 2 ? tagged.toUpperCase() : tagged}@${i % 5 === 0 ? 'googlemail.com' : 'gmail.com'}`;
    });
    expect(new Set(variants.map((v) => v.toLowerCase())).size).toBe(50);
    const ids = [];
    for (const email of variants) ids.push(await idOf(await t.post({ ...body, email })));
    expect(await settled(ids)).toBe(true);

    const acks = (await t.inbox()).filter((email) =>
      email.destination.to.some((address) => /@(gmail|googlemail)\.com$/i.test(address)),
    );
    expect(acks).toHaveLength(3);
    // Sent as typed, not as the canonical form used for counting.
    for (const ack of acks) expect(variants.map((v) => v.toLowerCase())).toContain(ack.destination.to[0]);
    const stored = await Promise.all(ids.map((id) => t.stack.services.store.get(id)));
    expect(stored.filter((record) => record?.mail.ack?.reason === 'daily-limit')).toHaveLength(47);
    expect(new Set(stored.map((record) => record?.emailHash)).size).toBe(1);
  }, 60_000);

  it('erasing one +tag spelling removes the counters and feedback of every spelling', async () => {
    const before = JSON.parse((await cli('export', 'FjordFan+whatever@googlemail.com')).stdout);
    expect(before.feedback).toHaveLength(50);
    expect(before.acknowledgementCounters).toHaveLength(1);
    expect((await cli('erase', 'f.j.o.r.d.f.a.n+x@gmail.com')).code).toBe(0);
    const after = JSON.parse((await cli('export', 'fjordfan@gmail.com')).stdout);
    expect(after.feedback).toHaveLength(0);
    expect(after.acknowledgementCounters).toHaveLength(0);
  });
});

describe('per-site acknowledgement budget', () => {
  it('past ackBudgetPerHour stores and alerts but holds the acknowledgement, tells the owner once an hour, and releases on a signed POST', async () => {
    clock.set('2026-11-25T13:00:00Z');
    await t.clearInbox();
    const emails = Array.from({ length: 8 }, () => `stranger-${randomUUID()}@example.org`);
    const ids = [];
    for (const email of emails) ids.push(await idOf(await t.post({ ...body, email })));
    expect(await settled(ids)).toBe(true);

    const inbox = await t.inbox();
    const acked = emails.filter((email) => inbox.some(to(email)));
    expect(acked).toHaveLength(5);
    expect(inbox.filter((email) => email.subject.includes('2/5'))).toHaveLength(8);
    const notices = inbox.filter(
      (email) => to('kari@example.com')(email) && /holder tilbake/.test(email.subject),
    );
    expect(notices).toHaveLength(1);
    const held = (await Promise.all(ids.map((id) => t.stack.services.store.get(id)))).filter(
      (record) => record?.mail.ack?.state === 'held',
    );
    expect(held).toHaveLength(3);
    const listed = await cli('list', '--site', 'demo', '--held');
    for (const record of held) expect(listed.stdout).toContain(record?.id);
    expect(listed.stdout).toContain('ack: held');

    // Two more in the same hour: held too, and no second notice.
    const more = [`late-${randomUUID()}@example.org`, `late-${randomUUID()}@example.org`];
    for (const email of more) ids.push(await idOf(await t.post({ ...body, email })));
    expect(await settled(ids)).toBe(true);
    expect((await t.inbox()).filter((email) => /holder tilbake/.test(email.subject))).toHaveLength(1);

    // The link: GET only shows the button (a mail scanner's prefetch releases nothing).
    const link = notices[0]?.body.text?.match(/https?:\/\/\S+\/held\/\S+/)?.[0] ?? '';
    expect(link).not.toBe('');
    const page = await fetch(link);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<form method="post"');
    expect((await cli('list', '--site', 'demo', '--held')).stdout).toContain(held[0]?.id);
    const tampered = await fetch(
      link.replace(/.$/, (c) => (c === '0' ? '1' : '0')),
      { method: 'POST' },
    );
    expect(tampered.status).toBe(400);

    const released = await fetch(link, { method: 'POST' });
    expect(released.status).toBe(200);
    expect(await released.text()).toContain('5 bekreftelser er på vei');
    expect(await settled(ids)).toBe(true);
    const after = await t.inbox();
    for (const email of [...emails, ...more]) expect(after.filter(to(email))).toHaveLength(1);
    expect((await cli('list', '--site', 'demo', '--held')).stdout).toContain('No feedback matches.');
    // Pressed again: nothing left to send, nothing sent twice.
    expect(await (await fetch(link, { method: 'POST' })).text()).toContain('ingen tilbakeholdte');
    expect(actionLinks(notices[0]?.body.text)).toHaveLength(0);
  });
});
