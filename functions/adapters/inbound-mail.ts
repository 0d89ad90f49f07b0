import EmailReplyParser from 'email-reply-parser';
import { type AddressObject, simpleParser } from 'mailparser';
import type { InboundReply } from '../domain/inbound-reply.ts';

/** Inbound messages larger than this are refused: replies are words, attachments are not relayed. */
export const MAX_INBOUND_BYTES = 1024 * 1024;

/**
 * Raw MIME to the reply Earshot stores: the sender, the reply addresses, and only the new text,
 * without the quoted history or the signature (mailparser + email-reply-parser).
 */
export async function parseInboundEmail(
  raw: Buffer | string,
  envelopeRecipients: string[] = [],
): Promise<InboundReply> {
  const parsed = await simpleParser(raw, { skipImageLinks: true, skipTextToHtml: true });
  const headerRecipients = [parsed.to, parsed.cc].flatMap((field) => addresses(field));
  const body = parsed.text ?? '';
  return {
    recipients: envelopeRecipients.length ? envelopeRecipients : headerRecipients,
    from: parsed.from?.value[0]?.address ?? '',
    messageId: parsed.messageId,
    text: new EmailReplyParser().parseReply(body.replace(/\r\n/g, '\n')).trim(),
    attachments: parsed.attachments.length,
  };
}

function addresses(field: AddressObject | AddressObject[] | undefined): string[] {
  const list = Array.isArray(field) ? field : field ? [field] : [];
  return list.flatMap((object) => object.value.flatMap((entry) => (entry.address ? [entry.address] : [])));
}
