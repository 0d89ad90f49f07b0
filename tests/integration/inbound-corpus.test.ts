import { readdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hmacSigner } from '../../functions/adapters/crypto.ts';
import { replyAddress } from '../../functions/domain/reply-address.ts';
import { about, sendRawSmtp, to } from '../helpers/mail.ts';
import { eventually, startTestStack, TEST_SECRET, type TestStack } from '../helpers/stack.ts';

/**
 * Every message of the corpus (tests/fixtures/inbound/, written by scripts/inbound-corpus.ts)
 * through the real SMTP listener and the relay: the stored and relayed words are exactly the
 * expected file beside it, and none of Earshot's secrets or the quoted original comes along.
 */
const dir = new URL('../fixtures/inbound/', import.meta.url);
const corpus = readdirSync(dir)
  .filter((file) => file.endsWith('.eml'))
  .map((file) => {
    const [name = '', party = ''] = file.split('.');
    const raw = readFileSync(new URL(file, dir));
    const expected = readFileSync(new URL(file.replace(/\.eml$/, '.expected.txt'), dir), 'utf8').trimEnd();
    const from = /^From: .*<([^>]+)>/m.exec(raw.toString('latin1'))?.[1] ?? '';
    return { name, party: party as 'staff' | 'customer', raw, expected, from };
  });

let t: TestStack;
const cases = new Map<string, { id: string; customer: string }>();
beforeAll(async () => {
  t = await startTestStack();
  const signer = hmacSigner(TEST_SECRET);
  // Four at a time: each message gets its own case, created and answered over the real listener.
  const queue = corpus.map((message, n) => ({ message, n }));
  const worker = async () => {
    for (let next = queue.shift(); next; next = queue.shift()) {
      const { message, n } = next;
      const customer = message.party === 'customer' ? message.from : `corpus-${n}-${Date.now()}@example.org`;
      const response = await t.post({
        siteId: 'demo',
        rating: 1,
        message: 'Kaffen kom knust.',
        email: customer,
        locale: message.name.slice(0, 2),
      });
      const { id } = (await response.json()) as { id: string };
      cases.set(message.name, { id, customer });
      const address = replyAddress(signer, t.config.inboundDomain, id, message.party);
      await sendRawSmtp(t.stack.smtpPort, { from: message.from, to: address, raw: message.raw });
    }
  };
  await Promise.all([worker(), worker(), worker(), worker()]);
}, 60_000);
afterAll(() => t?.stop());

describe('the inbound corpus', () => {
  it('holds at least 40 messages from every client family in all four languages', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(40);
    for (const lang of ['nb', 'da', 'sv', 'en']) {
      for (const client of [
        'outlook-desktop',
        'outlook-web',
        'gmail',
        'apple-mail',
        'iphone',
        'outlook-mobile',
      ]) {
        expect(corpus.some((message) => message.name.startsWith(`${lang}-${client}`))).toBe(true);
      }
    }
  });

  it.each(corpus.map((message) => [message.name, message] as const))('%s', async (_name, message) => {
    const { id, customer } = cases.get(message.name) ?? { id: '', customer: '' };
    const entry = await eventually(async () => {
      const stored = await t.stack.services.store.get(id);
      return stored?.thread.find((candidate) => candidate.kind === message.party);
    }, 10_000);
    expect(entry?.rejected).toBeUndefined();
    expect(entry?.text).toBe(message.expected);
    expect(entry?.text).not.toMatch(/\/a\/|reply\+|\[Haster\]|\[Brådskande\]|\[Urgent\]/);

    const recipient = message.party === 'staff' ? customer : 'kari@example.com';
    // The relay answers the first email of the recipient's conversation (alert or acknowledgement).
    const [relayed] = await t.waitForEmails(
      (email) => to(recipient)(email) && about(id)(email) && email.subject.startsWith('Re: '),
    );
    const body = relayed?.body.text ?? '';
    for (const line of message.expected.split('\n').filter((line) => line.trim())) {
      expect(body).toContain(line.replace(/^> /, ''));
    }
    if (message.party === 'staff') expect(body).not.toContain('/a/');
  });
});
