import type { SESEventRecord } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../functions/adapters/logger.ts';
import { receiveSesRecord } from '../../functions/adapters/ses-inbound.ts';
import { to } from '../helpers/mail.ts';
import { startTestStack, type TestStack } from '../helpers/stack.ts';

let t: TestStack;
beforeAll(async () => {
  t = await startTestStack();
});
afterAll(() => t?.stop());

/** An SES receipt event as the receipt rule delivers it (S3 action first, then this Lambda). */
function record(
  recipient: string,
  verdicts: Record<string, string>,
  source = 'kari@example.com',
): SESEventRecord {
  const status = (name: string) => ({ status: verdicts[name] ?? 'GRAY' });
  return {
    eventSource: 'aws:ses',
    eventVersion: '1.0',
    ses: {
      mail: {
        timestamp: '2026-12-01T14:20:00.000Z',
        source,
        messageId: `ses-${Math.random().toString(36).slice(2)}`,
        destination: [recipient],
        headersTruncated: false,
        headers: [{ name: 'DKIM-Signature', value: 'v=1; d=example.com; s=k1' }],
        commonHeaders: { returnPath: source, date: '', messageId: '' },
      },
      receipt: {
        timestamp: '2026-12-01T14:20:00.000Z',
        processingTimeMillis: 10,
        recipients: [recipient],
        spamVerdict: status('spam'),
        virusVerdict: status('virus'),
        spfVerdict: status('spf'),
        dkimVerdict: status('dkim'),
        dmarcVerdict: status('dmarc'),
        action: { type: 'Lambda', functionArn: 'arn', invocationType: 'Event' },
      },
    },
  } as SESEventRecord;
}

async function alertFor(email: string) {
  const response = await t.post({
    siteId: 'demo',
    rating: 1,
    message: 'Kaffen kom knust.',
    email,
    locale: 'nb',
  });
  const { id } = (await response.json()) as { id: string };
  const [alert] = await t.waitForEmails(to('kari@example.com'));
  await t.waitForEmails(to(email));
  await t.clearInbox();
  return { id, staffReply: alert?.replyTo[0] ?? '' };
}

const RAW = 'From: Kari Nordmann <kari@example.com>\r\nTo: x\r\nSubject: Re\r\n\r\nNy pose i dag!\r\n';

describe('the inbound Lambda', () => {
  it('never fetches or parses mail to anything but a genuine reply address', async () => {
    const { staffReply } = await alertFor(`ses-a-${Date.now()}@example.org`);
    const fetched: string[] = [];
    const deps = {
      ...t.stack.services,
      config: t.config,
      logger: silentLogger,
      fetchRaw: async (messageId: string) => {
        fetched.push(messageId);
        return { size: RAW.length, read: async () => Buffer.from(RAW) };
      },
    };
    const tampered = staffReply.replace(/\.([a-f0-9]{4})/, '.0000');
    for (const address of [
      'anyone@reply.localhost',
      tampered,
      staffReply.replace('reply.localhost', 'evil.example'),
    ]) {
      expect(await receiveSesRecord(record(address, { dmarc: 'PASS' }), deps)).toBe('refused');
    }
    expect(fetched).toEqual([]);
    expect(await receiveSesRecord(record(staffReply, { dmarc: 'PASS' }), deps)).toBe('relayed');
    expect(fetched).toHaveLength(1);
  });

  it('stores a staff reply without a passing verdict as rejected, with the reason, and relays nothing', async () => {
    const email = `ses-b-${Date.now()}@example.org`;
    const { id, staffReply } = await alertFor(email);
    const deps = {
      ...t.stack.services,
      config: t.config,
      logger: silentLogger,
      fetchRaw: async () => ({ size: RAW.length, read: async () => Buffer.from(RAW) }),
    };
    const spoofed = record(staffReply, { spf: 'PASS', dmarc: 'FAIL' }, 'bounce@evil.example');
    expect(await receiveSesRecord(spoofed, deps)).toBe('rejected');
    const entry = (await t.stack.services.store.get(id))?.thread.at(-1);
    expect(entry?.rejected).toBe('sender not authenticated: DMARC FAIL, SPF PASS, DKIM GRAY for example.com');
    await t.stack.runDueWork();
    const [told] = await t.waitForEmails(to('kari@example.com'));
    expect(told?.body.text).toContain('DMARC FAIL');
    expect((await t.inbox()).filter(to(email))).toHaveLength(0);
  });
});
