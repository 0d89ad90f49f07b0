import { type AddressObject, simpleParser } from 'mailparser';
import { automaticReason } from '../domain/automatic-mail.ts';
import type { InboundReply } from '../domain/inbound-reply.ts';
import { cutReply } from '../domain/mail-cut/index.ts';

/** Inbound messages larger than this are refused: replies are words, attachments are not relayed. */
export const MAX_INBOUND_BYTES = 1024 * 1024;
/**
 * Only this much of a message is parsed. The headers, the new words and the start of the quote
 * come first; what lies beyond is attachments or old history, and mailparser's cost grows with
 * it (with the number of lines most). Enough for long Exchange headers plus the 32 000 characters
 * of text the cutting reads, even quoted-printable.
 */
export const MAX_PARSED_BYTES = 96 * 1024;
/** The raw original kept on the thread for staff: enough to read, never enough to fill the record. */
const MAX_ORIGINAL = 20_000;

/**
 * Raw MIME to the reply Earshot stores: the sender, the reply addresses, whether a person wrote
 * it, and only the new text (the pure mail-cutting module) beside the original.
 */
export async function parseInboundEmail(
  raw: Buffer | string,
  envelope: { recipients?: string[]; from?: string } = {},
): Promise<InboundReply> {
  const bytes = typeof raw === 'string' ? Buffer.from(raw) : raw;
  const parsed = await simpleParser(bytes.subarray(0, MAX_PARSED_BYTES), {
    skipImageLinks: true,
    skipTextToHtml: true,
    skipHtmlToText: true,
    skipTextLinks: true,
  });
  const headerRecipients = [parsed.to, parsed.cc].flatMap((field) => addresses(field));
  const html = typeof parsed.html === 'string' ? parsed.html : undefined;
  const cut = cutReply({ text: parsed.text, html });
  const contentType = parsed.headers.get('content-type') as { value?: string } | string | undefined;
  const automatic = automaticReason({
    headers: headerMap(parsed.headerLines),
    subject: parsed.subject ?? '',
    envelopeFrom: envelope.from,
    contentType: typeof contentType === 'string' ? contentType : contentType?.value,
  });
  const original = (parsed.text ?? html ?? '').slice(0, MAX_ORIGINAL);
  return {
    recipients: envelope.recipients?.length ? envelope.recipients : headerRecipients,
    from: parsed.from?.value[0]?.address ?? '',
    messageId: parsed.messageId,
    text: cut.text,
    ...(original.trim() !== cut.text ? { original } : {}),
    ...(cut.removed.length ? { cut: cut.removed.map((removal) => removal.reason) } : {}),
    attachments: parsed.attachments.length,
    ...(automatic ? { automatic } : {}),
  };
}

/** Header lines by lower-case name, unfolded; the first of a repeated header wins. */
function headerMap(lines: readonly { key: string; line: string }[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const { key, line } of lines) {
    if (map.has(key)) continue;
    const colon = line.indexOf(':');
    map.set(
      key.toLowerCase(),
      line
        .slice(colon + 1)
        .replace(/\r?\n[ \t]+/g, ' ')
        .trim(),
    );
  }
  return map;
}

function addresses(field: AddressObject | AddressObject[] | undefined): string[] {
  const list = Array.isArray(field) ? field : field ? [field] : [];
  return list.flatMap((object) => object.value.flatMap((entry) => (entry.address ? [entry.address] : [])));
}
