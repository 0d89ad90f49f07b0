import { describe, expect, it } from 'vitest';
import { claimDelivery, settleDelivery } from '../../functions/domain/delivery-lease.ts';

const pending: { state: string; attempts: number; notBefore: string; takeovers?: number } = {
  state: 'pending',
  attempts: 0,
  notBefore: '2026-11-25T09:00:00.000Z',
};

describe('the delivery lease, shared by emails and notifications', () => {
  it('claims under a lease and settles only while the lease is ours', () => {
    const { delivery: claimed, abandoned } = claimDelivery(pending, 'L1');
    expect(abandoned).toBe(false);
    expect(claimed).toMatchObject({ state: 'sending', attempts: 1, leaseUntil: 'L1' });
    expect(claimed.takeovers).toBeUndefined();
    expect(settleDelivery(claimed, 'L1', { state: 'sent' })).toEqual({
      ...pending,
      state: 'sent',
      attempts: 1,
    });
    expect(settleDelivery(claimed, 'L0', { state: 'sent' })).toBeUndefined();
    expect(settleDelivery({ ...claimed, state: 'sent' }, 'L1', { state: 'dead' })).toBeUndefined();
  });

  it('counts takeovers apart from failures, and gives up after the third', () => {
    // Many failed sends before: they do not count against the takeovers.
    let delivery: Record<string, unknown> & { state: string; attempts: number } = { ...pending, attempts: 7 };
    for (let takeover = 0; takeover <= 3; takeover++) {
      const claim = claimDelivery(delivery, `L${takeover}`);
      expect(claim.abandoned).toBe(false);
      delivery = claim.delivery;
    }
    expect(delivery).toMatchObject({ state: 'sending', attempts: 11, takeovers: 3 });
    const last = claimDelivery(delivery, 'L9');
    expect(last.abandoned).toBe(true);
    expect(last.delivery).toMatchObject({
      state: 'dead',
      lastError: 'claim expired repeatedly; outcome unknown',
    });
    expect(last.delivery.leaseUntil).toBeUndefined();
  });
});
