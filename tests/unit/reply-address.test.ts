import { describe, expect, it } from 'vitest';
import { hmacSigner, ids } from '../../functions/adapters/crypto.ts';
import { parseReplyAddress, replyAddress } from '../../functions/domain/reply-address.ts';

const signer = hmacSigner('s'.repeat(40));

describe('per-feedback reply addresses', () => {
  it('round-trips the feedback id and party', () => {
    const id = ids.random();
    const address = replyAddress(signer, 'reply.example.com', id, 'customer');
    expect(address.split('@')[0]?.length).toBeLessThanOrEqual(64);
    expect(parseReplyAddress(signer, address)).toEqual({ feedbackId: id, party: 'customer' });
    expect(parseReplyAddress(signer, address.toUpperCase())).toEqual({ feedbackId: id, party: 'customer' });
  });

  it('refuses a changed party, id or signature, and another secret', () => {
    const address = replyAddress(signer, 'reply.example.com', 'abc', 'customer');
    expect(parseReplyAddress(signer, address.replace('reply+c.', 'reply+s.'))).toBeUndefined();
    expect(parseReplyAddress(signer, address.replace('.abc.', '.abd.'))).toBeUndefined();
    expect(parseReplyAddress(signer, address.replace(/\.([a-f0-9])/, '.0'))).toBeUndefined();
    expect(parseReplyAddress(hmacSigner('t'.repeat(40)), address)).toBeUndefined();
  });

  it('derives the same id from the same client request, a different one otherwise', () => {
    const request = '2f6c1d1e-8f0a-4a43-9a3c-1a2b3c4d5e6f';
    expect(ids.forRequest('demo', request)).toBe(ids.forRequest('demo', request.toUpperCase()));
    expect(ids.forRequest('demo', request)).not.toBe(ids.forRequest('other', request));
    expect(ids.random()).toMatch(/^[a-z2-7]{20}$/);
  });
});
