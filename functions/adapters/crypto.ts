import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Signer } from '../domain/reply-address.ts';

const BASE32 = 'abcdefghijklmnopqrstuvwxyz234567';

function base32(bytes: Uint8Array, length: number): string {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5 && out.length < length) {
      out += BASE32[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  return out;
}

/** 20 base32 characters: 100 bits, lowercase, safe in URLs and in the local part of an address. */
export const ids = {
  random: () => base32(randomBytes(13), 20),
  /** The same client request always maps to the same id, which is what makes retries idempotent. */
  forRequest: (siteId: string, clientRequestId: string) =>
    base32(createHash('sha256').update(`${siteId}\n${clientRequestId.toLowerCase()}`).digest(), 20),
};

export function hmacSigner(secret: string): Signer {
  const mac = (data: string) => createHmac('sha256', secret).update(data).digest('hex');
  return {
    sign: (data, length = 64) => mac(data).slice(0, length),
    verify(data, signature) {
      const expected = Buffer.from(mac(data).slice(0, signature.length));
      const given = Buffer.from(signature);
      return signature.length >= 16 && expected.length === given.length && timingSafeEqual(expected, given);
    },
  };
}

/** Personal values (emails, IPs) are only ever stored as this keyed hash. */
export function keyedHash(secret: string): (value: string) => string {
  return (value) => createHmac('sha256', `hash:${secret}`).update(value).digest('hex').slice(0, 32);
}
