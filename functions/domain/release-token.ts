import type { Signer } from './reply-address.ts';

/** Release links name a site and an expiry; signed so only the owner's email can carry one. */
export interface ReleaseClaims {
  siteId: string;
  /** Expiry, epoch seconds. */
  e: number;
}

const SIGNATURE_LENGTH = 32;
const PREFIX = 'held-release:';

export function signRelease(signer: Signer, claims: ReleaseClaims): string {
  const payload = `${claims.siteId}.${claims.e}`;
  return `${payload}.${signer.sign(`${PREFIX}${payload}`, SIGNATURE_LENGTH)}`;
}

export function verifyRelease(
  signer: Signer,
  token: string,
  now: Date,
): { ok: true; claims: ReleaseClaims } | { ok: false; reason: 'invalid' | 'expired' } {
  const match = /^([a-z0-9][a-z0-9-]{0,62})\.(\d{1,12})\.([a-f0-9]{32})$/.exec(token);
  if (!match) return { ok: false, reason: 'invalid' };
  const [, siteId = '', expiry = '', signature = ''] = match;
  if (!signer.verify(`${PREFIX}${siteId}.${expiry}`, signature)) return { ok: false, reason: 'invalid' };
  if (Number(expiry) * 1000 < now.getTime()) return { ok: false, reason: 'expired' };
  return { ok: true, claims: { siteId, e: Number(expiry) } };
}
