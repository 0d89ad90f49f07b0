import { SESv2Client, SendEmailCommand } from '@aws-sdk/client-sesv2';
import { PermanentSendError, TransientSendError } from '../domain/errors.ts';
import type { Mailer, OutgoingEmail } from '../domain/ports.ts';

const TRANSIENT_NAMES = new Set([
  'ThrottlingException',
  'TooManyRequestsException',
  'LimitExceededException',
]);

/**
 * Sends through SES v2 (`Simple` content, so custom headers such as List-Unsubscribe ride along).
 * Failures are sorted into "try again later" and "will never work", which drives the retry policy.
 */
export class SesMailer implements Mailer {
  readonly #client: SESv2Client;
  readonly #configurationSet: string | undefined;

  constructor(options: { client?: SESv2Client; configurationSet?: string } = {}) {
    this.#client = options.client ?? new SESv2Client({});
    this.#configurationSet = options.configurationSet;
  }

  async #threading(references: string[] | undefined): Promise<{ name: string; value: string }[]> {
    if (!references?.length) return [];
    const region = await this.#client.config.region();
    const ids = references.map((id) => sesMessageId(id, region));
    return [
      { name: 'In-Reply-To', value: ids.at(-1) as string },
      { name: 'References', value: ids.join(' ') },
    ];
  }

  async send(email: OutgoingEmail): Promise<{ messageId: string }> {
    try {
      const result = await this.#client.send(
        new SendEmailCommand({
          FromEmailAddress: formatAddress(email.from.name, email.from.address),
          Destination: { ToAddresses: email.to },
          ReplyToAddresses: email.replyTo,
          ConfigurationSetName: this.#configurationSet,
          Content: {
            Simple: {
              Subject: { Data: email.subject, Charset: 'UTF-8' },
              Body: {
                Text: { Data: email.text, Charset: 'UTF-8' },
                Html: { Data: email.html, Charset: 'UTF-8' },
              },
              Headers: [...(email.headers ?? []), ...(await this.#threading(email.references))].map(
                ({ name, value }) => ({ Name: name, Value: value }),
              ),
            },
          },
        }),
      );
      return { messageId: result.MessageId ?? '' };
    } catch (error) {
      throw classify(error);
    }
  }
}

/**
 * SES replaces any Message-ID we set and returns its own id; the header it writes is
 * `<id@<region>.amazonses.com>`, so that is how later emails of a conversation name it.
 */
export function sesMessageId(id: string, region: string): string {
  return `<${id}@${region}.amazonses.com>`;
}

function classify(error: unknown): Error {
  const status = (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
  const name = (error as Error).name;
  const message = (error as Error).message ?? String(error);
  // No HTTP status at all means SES was never reached (refused, reset, timed out): try again.
  if (status === undefined || status >= 500 || status === 429 || TRANSIENT_NAMES.has(name)) {
    return new TransientSendError(`SES unavailable: ${name}: ${message}`, { cause: error });
  }
  return new PermanentSendError(`SES rejected the email: ${name}: ${message}`, { cause: error });
}

/** `Name <address>`, with the display name MIME-encoded so that æøå and quotes travel safely. */
export function formatAddress(name: string, address: string): string {
  const encoded = /^[\w .-]*$/.test(name)
    ? `"${name}"`
    : `=?UTF-8?B?${Buffer.from(name, 'utf8').toString('base64')}?=`;
  return `${encoded} <${address}>`;
}
