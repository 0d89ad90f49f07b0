import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sendSmtp, to } from '../helpers/mail.ts';
import { type SentEmail, startTestStack, type TestStack } from '../helpers/stack.ts';

let t: TestStack;
beforeAll(async () => {
  t = await startTestStack();
});
afterAll(() => t?.stop());

const header = (email: SentEmail | undefined, name: string) =>
  email?.headers?.find((candidate) => candidate.name === name)?.value;
/** How SES (and so the stand-in's id, the same way) writes the Message-ID of a sent email. */
const sesId = (email: SentEmail | undefined) => `<${email?.messageId}@eu-north-1.amazonses.com>`;

describe('threading', () => {
  it("keeps the customer's and the staff's emails each in one conversation", async () => {
    const email = `thread-${Date.now()}@example.org`;
    await t.post({ siteId: 'demo', rating: 2, message: 'Kaffen kom knust.', email, locale: 'nb' });
    const [ack] = await t.waitForEmails(to(email));
    const [alert] = await t.waitForEmails(to('kari@example.com'));
    expect(header(ack, 'In-Reply-To')).toBeUndefined();
    expect(header(alert, 'References')).toBeUndefined();

    const staffReply = alert?.replyTo[0] ?? '';
    await sendSmtp(t.stack.smtpPort, { from: 'kari@example.com', to: staffReply, text: 'Ny pose i dag.' });
    const [, first] = await t.waitForEmails(to(email), 2);
    expect(header(first, 'In-Reply-To')).toBe(sesId(ack));
    expect(header(first, 'References')).toBe(sesId(ack));
    expect(first?.subject).toBe(`Re: ${ack?.subject}`);

    await sendSmtp(t.stack.smtpPort, { from: 'kari@example.com', to: staffReply, text: 'Den er sendt nå.' });
    const [, , relayed] = await t.waitForEmails(to(email), 3);
    expect(header(relayed, 'In-Reply-To')).toBe(sesId(first));
    expect(header(relayed, 'References')).toBe(`${sesId(ack)} ${sesId(first)}`);
    expect(relayed?.subject).toBe(`Re: ${ack?.subject}`);
    // A relayed answer is a person's words: it says nothing about being automatic.
    expect(header(relayed, 'Auto-Submitted')).toBeUndefined();

    await sendSmtp(t.stack.smtpPort, { from: email, to: relayed?.replyTo[0] ?? '', text: 'Takk!' });
    const [, answer] = await t.waitForEmails(to('kari@example.com'), 2);
    expect(header(answer, 'In-Reply-To')).toBe(sesId(alert));
    expect(header(answer, 'References')).toBe(sesId(alert));
    expect(answer?.subject).toBe(`Re: ${alert?.subject}`);
  });
});
