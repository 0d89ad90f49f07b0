import { GetObjectCommand, S3Client } from '@aws-sdk/client-s3';
import type { SESEvent } from 'aws-lambda';
import { MAX_INBOUND_BYTES, parseInboundEmail } from '../adapters/inbound-mail.ts';
import { refusedByVerdict, senderAuthentication } from '../adapters/ses-verdicts.ts';
import { createCoreServices } from '../core-services.ts';
import { isReplyAddress, receiveReply } from '../domain/inbound-reply.ts';
import { awsRuntime } from './aws-runtime.ts';

const services = createCoreServices(await awsRuntime());
const s3 = new S3Client({});
const bucket = process.env.INBOUND_BUCKET ?? '';

/**
 * SES receiving: the receipt rule stores the raw message under `inbound/<messageId>` and then
 * invokes this. The recipient is checked first: mail to anything but a genuine reply address is
 * never fetched or parsed, so hostile mail to the inbound domain costs next to nothing.
 */
export async function handler(event: SESEvent): Promise<void> {
  for (const record of event.Records) {
    const { mail, receipt } = record.ses;
    const domain = `@${services.config.inboundDomain.toLowerCase()}`;
    const recipients = receipt.recipients.filter(
      (address) => address.toLowerCase().endsWith(domain) && isReplyAddress(services.signer, address),
    );
    if (!recipients.length) {
      services.logger.warn('inbound email refused: no reply address', { messageId: mail.messageId });
      continue;
    }
    if (refusedByVerdict(record.ses)) {
      services.logger.warn('inbound email refused by verdict', { messageId: mail.messageId });
      continue;
    }
    const object = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: `inbound/${mail.messageId}` }));
    if ((object.ContentLength ?? 0) > MAX_INBOUND_BYTES) {
      services.logger.warn('inbound email refused: too large', { size: object.ContentLength });
      continue;
    }
    const raw = Buffer.from((await object.Body?.transformToByteArray()) ?? []);
    const reply = await parseInboundEmail(raw, { recipients, from: mail.source });
    reply.authentication = senderAuthentication(record.ses, reply.from);
    // A retried invocation must not relay twice, also for mail that came without a Message-ID.
    reply.messageId ??= mail.messageId;
    const outcome = await receiveReply(reply, services);
    services.logger.info('inbound email', { outcome, attachments: reply.attachments });
  }
}
