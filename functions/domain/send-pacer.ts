import type { Counters } from './ports.ts';
import { PRIORITY, type Priority } from './send-priority.ts';

/** Waits until one more email may go out without passing the deployment's send rate. */
export interface SendPacer {
  take(priority: Priority): Promise<void>;
}

/**
 * At most `rate` sends in any calendar second, counted in one shared counter per second, so the
 * stream, the sweep and any number of their instances together stay inside the SES quota. Staff
 * alerts may use every slot; everything less pressing leaves one slot a second free for them, so
 * an urgent complaint is not stuck behind a thousand acknowledgements another instance is sending.
 */
export function sharedRatePacer(counters: Counters, rate: number): SendPacer {
  const reserved = rate >= 2 ? 1 : 0;
  return {
    async take(priority) {
      const limit = priority <= PRIORITY.staff ? rate : rate - reserved;
      for (;;) {
        const now = Date.now();
        const second = Math.floor(now / 1000);
        const expiresAt = new Date((second + 120) * 1000);
        if (await counters.hit(`send#${second}`, { limit, expiresAt })) return;
        await new Promise((resolve) => setTimeout(resolve, (second + 1) * 1000 - now + 1));
      }
    },
  };
}

/** For tools that send a handful of emails by hand (the CLI's digest): no pacing at all. */
export const unpaced: SendPacer = { take: async () => {} };
