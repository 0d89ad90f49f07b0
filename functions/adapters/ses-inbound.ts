import type { SESEventRecord } from 'aws-lambda';
import {
  type InboundDeps,
  type InboundOutcome,
  isReplyAddress,
  receiveReply,
} from '../domain/inbound-reply.ts';
import type { Logger } from '../domain/ports.ts';
import { MAX_INBOUND_BYTES, parseInboundEmail } from './inbound-mail.ts';
import { refusedByVerdict, senderAuthentication } from './ses-verdicts.ts';

export interface SesInboundDeps extends InboundDeps {
  logger: Logger;
  /** The raw message SES stored for this message id (S3 in AWS); only called for mail worth reading. */
  fetchRaw(messageId: string): Promise<{ size: number; read(): Promise<Uint8Array> }>;
}

/**
 * One SES receipt: the recipient is checked first, then SES's verdicts, and only then is the
 * message fetched and parsed; so hostile mail to the inbound domain costs next to nothing.
 */
export async function receiveSesRecord(
  record: SESEventRecord,
  deps: SesInboundDeps,
): Promise<InboundOutcome | 'refused'> {
  const { mail, receipt } = record.ses;
  const domain = `@${deps.config.inboundDomain.toLowerCase()}`;
  const recipients = receipt.recipients.filter(
    (address) => address.toLowerCase().endsWith(domain) && isReplyAddress(deps.signer, address),
  );
  if (!recipients.length) {
    deps.logger.warn('inbound email refused: no reply address', { messageId: mail.messageId });
    return 'refused';
  }
  if (refusedByVerdict(record.ses)) {
    deps.logger.warn('inbound email refused by verdict', { messageId: mail.messageId });
    return 'refused';
  }
  const object = await deps.fetchRaw(mail.messageId);
  if (object.size > MAX_INBOUND_BYTES) {
    deps.logger.warn('inbound email refused: too large', { size: object.size });
    return 'refused';
  }
  const reply = await parseInboundEmail(Buffer.from(await object.read()), { recipients, from: mail.source });
  reply.authentication = senderAuthentication(record.ses, reply.from);
  // A retried invocation must not relay twice, also for mail that came without a Message-ID.
  reply.messageId ??= mail.messageId;
  const outcome = await receiveReply(reply, deps);
  deps.logger.info('inbound email', { outcome, attachments: reply.attachments });
  return outcome;
}
