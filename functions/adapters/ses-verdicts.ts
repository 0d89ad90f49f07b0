import type { SESMessage } from 'aws-lambda';
import type { InboundReply } from '../domain/inbound-reply.ts';

/** Mail SES judged as spam or a virus, or that failed both SPF and DKIM, is never read at all. */
export function refusedByVerdict({ receipt }: SESMessage): boolean {
  const spamOrVirus = [receipt.spamVerdict, receipt.virusVerdict].some(
    (verdict) => verdict?.status === 'FAIL',
  );
  return spamOrVirus || (receipt.spfVerdict?.status === 'FAIL' && receipt.dkimVerdict?.status === 'FAIL');
}

/**
 * Whether the From address is the sender's own, by SES's receipt verdicts: DMARC pass, or an SPF
 * pass for an envelope sender in the From domain, or a DKIM pass with a signature by the From
 * domain. Only such staff replies may speak for the business.
 */
export function senderAuthentication(
  { mail, receipt }: SESMessage,
  from: string,
): NonNullable<InboundReply['authentication']> {
  if (receipt.dmarcVerdict?.status === 'PASS') return { passed: true, reason: 'DMARC pass' };
  const fromDomain = domainOf(from);
  if (receipt.spfVerdict?.status === 'PASS' && fromDomain && domainOf(mail.source) === fromDomain) {
    return { passed: true, reason: 'SPF pass' };
  }
  const signedBy = mail.headers
    .filter((header) => header.name.toLowerCase() === 'dkim-signature')
    .map((header) => /(?:^|;)\s*d=([^;\s]+)/i.exec(header.value.slice(0, 2000))?.[1]?.toLowerCase());
  if (receipt.dkimVerdict?.status === 'PASS' && fromDomain && signedBy.includes(fromDomain)) {
    return { passed: true, reason: 'DKIM pass' };
  }
  const verdicts = `DMARC ${receipt.dmarcVerdict?.status ?? 'none'}, SPF ${receipt.spfVerdict?.status ?? 'none'}, DKIM ${receipt.dkimVerdict?.status ?? 'none'}`;
  return { passed: false, reason: `${verdicts} for ${fromDomain || 'the sender'}` };
}

function domainOf(address: string): string {
  const at = address.lastIndexOf('@');
  return at < 0
    ? ''
    : address
        .slice(at + 1)
        .replace(/>.*$/, '')
        .trim()
        .toLowerCase();
}
