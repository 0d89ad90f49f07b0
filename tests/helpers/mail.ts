import nodemailer from 'nodemailer';
import type { SentEmail } from './stack.ts';

/** Sends a real email over SMTP to the local reply listener, as a mail client would. */
export async function sendSmtp(
  port: number,
  message: {
    from: string;
    to: string;
    subject?: string;
    text: string;
    html?: string;
    messageId?: string;
    headers?: Record<string, string>;
    /** The SMTP envelope sender; `''` sends with the null return path `<>` of a bounce. */
    envelopeFrom?: string;
    attachments?: { filename: string; content: string }[];
  },
): Promise<void> {
  const { envelopeFrom, ...mail } = message;
  const envelope = envelopeFrom === undefined ? undefined : { from: envelopeFrom, to: [message.to] };
  const transport = nodemailer.createTransport({ host: '127.0.0.1', port, secure: false, ignoreTLS: true });
  try {
    await transport.sendMail({ subject: 'Re: your feedback', ...mail, ...(envelope ? { envelope } : {}) });
  } finally {
    transport.close();
  }
}

/** Sends a raw RFC 5322 message (a fixture file) over SMTP, exactly as stored. */
export async function sendRawSmtp(
  port: number,
  message: { from: string; to: string; raw: string | Buffer },
): Promise<void> {
  const transport = nodemailer.createTransport({ host: '127.0.0.1', port, secure: false, ignoreTLS: true });
  try {
    await transport.sendMail({ envelope: { from: message.from, to: [message.to] }, raw: message.raw });
  } finally {
    transport.close();
  }
}

/** Emails to one address. */
export const to = (address: string) => (email: SentEmail) => email.destination.to.includes(address);

/** Emails about one feedback: its id is in every reply address. */
export const about = (id: string) => (email: SentEmail) =>
  email.replyTo.some((address) => address.includes(`.${id}.`));

/** The one-click link for `action` (claim, resolve, checkin-no…) in an email, or '' if it has none. */
export function linkFor(email: SentEmail | undefined, action: string): string {
  const actionOf = (url: string) =>
    JSON.parse(Buffer.from(url.split('/a/')[1]?.split('.')[0] ?? '', 'base64url').toString()).a as string;
  return actionLinks(email?.body.text).find((url) => actionOf(url) === action) ?? '';
}

/** The action links in an email's text part, by their label-independent path. */
export function actionLinks(text: string | undefined): string[] {
  return [...(text ?? '').matchAll(/https?:\/\/\S+\/a\/[\w-]+\.[a-f0-9]+/g)].map((match) => match[0]);
}
