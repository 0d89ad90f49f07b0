import { actionUrl, type LinkContext } from './links.ts';
import type { Signer } from './reply-address.ts';

const REPLY_SIGNATURE = 20;
const LINK_DAYS = 60;

/** The incident's own Reply-To: an answer sent there goes to every customer in it. */
export function incidentReplyAddress(signer: Signer, inboundDomain: string, incidentId: string): string {
  return `reply+i.${incidentId}.${signer.sign(`reply:i:${incidentId}`, REPLY_SIGNATURE)}@${inboundDomain}`;
}

export function parseIncidentReplyAddress(signer: Signer, address: string): string | undefined {
  const match = /^reply\+i\.([a-z0-9]{1,40})\.([a-f0-9]{20})@/i.exec(address.trim());
  const id = match?.[1]?.toLowerCase();
  const signature = match?.[2]?.toLowerCase();
  return id && signature && signer.verify(`reply:i:${id}`, signature) ? id : undefined;
}

/**
 * The owner's links in incident emails: the incident page (see it, answer everyone), resolve all,
 * and per report "this is a different problem". `issuedAt` is when the carrying email was owed.
 */
export function incidentLinks(
  context: LinkContext,
  incidentId: string,
  staffEmail: string,
  carrier: string,
  issuedAt: string,
) {
  const expiresAt = Math.floor(Date.parse(issuedAt) / 1000) + LINK_DAYS * 86_400;
  const n = `inc:${incidentId}:${carrier}`;
  return {
    page: actionUrl(context, incidentId, 'incident', staffEmail, n, expiresAt),
    resolve: actionUrl(context, incidentId, 'incident-resolve', staffEmail, n, expiresAt),
    separate: (feedbackId: string) => actionUrl(context, feedbackId, 'separate', staffEmail, n, expiresAt),
  };
}
