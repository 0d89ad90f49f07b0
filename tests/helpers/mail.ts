import nodemailer from 'nodemailer';

/** Sends a real email over SMTP to the local reply listener, as a mail client would. */
export async function sendSmtp(
  port: number,
  message: {
    from: string;
    to: string;
    subject?: string;
    text: string;
    messageId?: string;
    attachments?: { filename: string; content: string }[];
  },
): Promise<void> {
  const transport = nodemailer.createTransport({ host: '127.0.0.1', port, secure: false, ignoreTLS: true });
  try {
    await transport.sendMail({ subject: 'Re: your feedback', ...message });
  } finally {
    transport.close();
  }
}

/** The action links in an email's text part, by their label-independent path. */
export function actionLinks(text: string | undefined): string[] {
  return [...(text ?? '').matchAll(/https?:\/\/\S+\/a\/[\w-]+\.[a-f0-9]+/g)].map((match) => match[0]);
}
