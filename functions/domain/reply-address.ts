/** Signs short strings; HMAC-SHA256 with the service secret in every adapter. */
export interface Signer {
  /** Lowercase hex signature of `data`, `length` characters long. */
  sign(data: string, length?: number): string;
  /** Constant-time check of a signature made by `sign`. */
  verify(data: string, signature: string): boolean;
}

export type ReplyParty = 'staff' | 'customer';

const PARTY_CODE: Record<ReplyParty, string> = { staff: 's', customer: 'c' };
const SIGNATURE_LENGTH = 20;

/**
 * The per-feedback Reply-To: `reply+<party>.<id>.<signature>@<inbound domain>`. Lowercase only,
 * because mail systems may fold the case of the local part; the signature stops guessing.
 */
export function replyAddress(signer: Signer, inboundDomain: string, feedbackId: string, party: ReplyParty) {
  const code = PARTY_CODE[party];
  const signature = signer.sign(`reply:${code}:${feedbackId}`, SIGNATURE_LENGTH);
  return `reply+${code}.${feedbackId}.${signature}@${inboundDomain}`;
}

/** The feedback and party a reply address belongs to, or undefined if it is not genuine. */
export function parseReplyAddress(
  signer: Signer,
  address: string,
): { feedbackId: string; party: ReplyParty } | undefined {
  const match = /^reply\+([sc])\.([a-z0-9]{1,40})\.([a-f0-9]{20})@/i.exec(address.trim());
  if (!match) return undefined;
  const [, code = '', feedbackId = '', signature = ''] = match.map((part) => part.toLowerCase());
  if (!signer.verify(`reply:${code}:${feedbackId}`, signature)) return undefined;
  return { feedbackId, party: code === 's' ? 'staff' : 'customer' };
}
