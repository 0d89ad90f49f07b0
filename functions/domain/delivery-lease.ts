/**
 * The exactly-once protocol of every delivery on a record, emails and chat or webhook
 * notifications alike: claim under a lease with a conditional write, send, then record the
 * outcome only while the claim is still ours. These are its pure steps and its one retry rule.
 */
export interface Leased {
  state: string;
  attempts: number;
  /** While `sending`: the claim is someone else's until this time, then it may be taken over. */
  leaseUntil?: string;
  /** Claims taken over after their lease ran out (the outcome unknown), counted apart from failures. */
  takeovers?: number;
  lastError?: string;
}

/** A claim older than this is presumed dead (crashed sender) and may be taken over. */
export const LEASE_MS = 60_000;
/** Claims taken over before the delivery is given up on. */
export const MAX_TAKEOVERS = 3;
const SETTLE_ATTEMPTS = 3;

export function leaseFrom(now: Date): string {
  return new Date(now.getTime() + LEASE_MS).toISOString();
}

/**
 * Claims a due delivery for this sender. A claim that kept expiring means sends whose outcome
 * nobody recorded: it is dead-lettered rather than risk sending the same thing again and again.
 */
export function claimDelivery<T extends Leased>(
  delivery: T,
  leaseUntil: string,
): { delivery: T; abandoned: boolean } {
  const takeover = delivery.state === 'sending';
  if (takeover && (delivery.takeovers ?? 0) >= MAX_TAKEOVERS) {
    const { leaseUntil: _expired, ...rest } = delivery;
    const dead = { ...rest, state: 'dead', lastError: 'claim expired repeatedly; outcome unknown' };
    return { delivery: dead as T, abandoned: true };
  }
  return {
    delivery: {
      ...delivery,
      state: 'sending',
      attempts: delivery.attempts + 1,
      ...(takeover ? { takeovers: (delivery.takeovers ?? 0) + 1 } : {}),
      leaseUntil,
    },
    abandoned: false,
  };
}

/** The delivery with its outcome, or undefined when the claim is no longer ours. */
export function settleDelivery<T extends Leased>(
  delivery: T | undefined,
  leaseUntil: string,
  outcome: Partial<T>,
): T | undefined {
  if (delivery?.state !== 'sending' || delivery.leaseUntil !== leaseUntil) return undefined;
  const { leaseUntil: _released, ...rest } = delivery;
  return { ...rest, ...outcome } as T;
}

/**
 * Writes an outcome, trying a failed write again a few times: after a send, a failing write must
 * never look like a failed send. If it never lands, the lease runs out and the takeover cap ends
 * it. `write(first)` may start from a known copy on the first attempt only.
 */
export async function writeOutcome<R>(
  write: (first: boolean) => Promise<R>,
  onGiveUp: (error: unknown) => void,
): Promise<R | undefined> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await write(attempt === 1);
    } catch (error) {
      if (attempt >= SETTLE_ATTEMPTS) {
        onGiveUp(error);
        return undefined;
      }
      await new Promise((resolve) => setTimeout(resolve, 200 * attempt));
    }
  }
}
