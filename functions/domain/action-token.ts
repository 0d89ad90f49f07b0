import type { Signer } from './reply-address.ts';

export type StaffAction = 'view' | 'claim' | 'resolve' | 'reassign';
export type CustomerAction = 'checkin-yes' | 'checkin-no' | 'unsubscribe';
/** On an incident (`f` is its id), or taking one report out of it (`f` is the case). */
export type IncidentAction = 'incident' | 'incident-resolve' | 'separate';
export type Action = StaffAction | CustomerAction | IncidentAction;

/** What a one-click link may do: one action, on one feedback, for one party, until it expires. */
export interface ActionClaims {
  /** Feedback id. */
  f: string;
  a: Action;
  /** The party: a staff member's address, or `customer`. */
  p: string;
  /** Expiry, epoch seconds. */
  e: number;
  /** Which email carried the link: a used link is remembered as `<n>/<a>`. */
  n: string;
}

/** An expired link is still genuine: its claims say whose case it was, so its page can help. */
export type TokenCheck =
  | { ok: true; claims: ActionClaims }
  | { ok: false; reason: 'invalid' }
  | { ok: false; reason: 'expired'; claims: ActionClaims };

const SIGNATURE_LENGTH = 32;

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}

function fromBase64Url(text: string): string {
  const bytes = Uint8Array.from(atob(text.replace(/-/g, '+').replace(/_/g, '/')), (char) =>
    char.charCodeAt(0),
  );
  return new TextDecoder().decode(bytes);
}

/** `<payload>.<HMAC-SHA256>`: deterministic, so an email retried after a failure carries the same links. */
export function signAction(signer: Signer, claims: ActionClaims): string {
  const payload = toBase64Url(JSON.stringify(claims));
  return `${payload}.${signer.sign(`action:${payload}`, SIGNATURE_LENGTH)}`;
}

export function verifyAction(signer: Signer, token: string, now: Date): TokenCheck {
  const [payload = '', signature = '', extra] = token.split('.');
  if (extra !== undefined || !/^[\w-]+$/.test(payload) || signature.length !== SIGNATURE_LENGTH) {
    return { ok: false, reason: 'invalid' };
  }
  if (!signer.verify(`action:${payload}`, signature)) return { ok: false, reason: 'invalid' };
  let claims: ActionClaims;
  try {
    claims = JSON.parse(fromBase64Url(payload)) as ActionClaims;
  } catch {
    return { ok: false, reason: 'invalid' };
  }
  if (typeof claims.e !== 'number' || claims.e * 1000 < now.getTime())
    return { ok: false, reason: 'expired', claims };
  return { ok: true, claims };
}

export const usedKey = (claims: ActionClaims) => `${claims.n}/${claims.a}`;
