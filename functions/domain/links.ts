import { type Action, type ActionClaims, signAction } from './action-token.ts';
import type { Feedback } from './feedback.ts';
import type { Signer } from './reply-address.ts';

export interface LinkContext {
  publicUrl: string;
  signer: Signer;
}

const DAY_SECONDS = 86_400;
/** Staff links live as long as a case reasonably stays open. */
const STAFF_LINK_DAYS = 60;

export function actionUrl(
  context: LinkContext,
  feedbackId: string,
  action: Action,
  party: string,
  carrier: string,
  expiresAt: number,
): string {
  const token = signAction(context.signer, { f: feedbackId, a: action, p: party, e: expiresAt, n: carrier });
  return `${context.publicUrl.replace(/\/$/, '')}/a/${token}`;
}

/**
 * The one-click links in an email to a staff member: see the case, claim, resolve, hand over.
 * They live from `issuedAt` (when the carrying email was owed), so a late email has fresh links.
 */
export function staffLinks(
  context: LinkContext,
  feedback: Feedback,
  staffEmail: string,
  carrier: string,
  issuedAt: string = feedback.createdAt,
) {
  const expiresAt = Math.floor(Date.parse(issuedAt) / 1000) + STAFF_LINK_DAYS * DAY_SECONDS;
  const url = (action: Action) => actionUrl(context, feedback.id, action, staffEmail, carrier, expiresAt);
  return { thread: url('view'), claim: url('claim'), resolve: url('resolve'), reassign: url('reassign') };
}

/** The same check-in's other answer, for a customer who pressed the wrong one in the email. */
export function otherAnswerUrl(context: LinkContext, claims: ActionClaims): string | undefined {
  const other =
    claims.a === 'checkin-yes' ? 'checkin-no' : claims.a === 'checkin-no' ? 'checkin-yes' : undefined;
  return other && actionUrl(context, claims.f, other, claims.p, claims.n, claims.e);
}
