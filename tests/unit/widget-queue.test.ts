import { describe, expect, it } from 'vitest';
import { type FeedbackBody, type SendResult, Sent } from '../../web-widget/src/api.ts';
import { backoff, createQueue } from '../../web-widget/src/queue.ts';

const KEY = 'earshot:demo:outbox';

/** localStorage, a clock and timers under the test's control. */
function harness(results: SendResult[], storage = new Map<string, string>()) {
  let now = 1_000_000;
  const timers: { at: number; run: () => void }[] = [];
  const sent: FeedbackBody[] = [];
  const delivered: string[] = [];
  const store = {
    getItem: (key: string) => storage.get(key) ?? null,
    setItem: (key: string, value: string) => void storage.set(key, value),
  };
  const queue = createQueue({
    storage: store,
    key: KEY,
    now: () => now,
    send: async (body) => {
      sent.push(body);
      return results.shift() ?? { kind: Sent.retry };
    },
    later: (run, ms) => timers.push({ at: now + ms, run }),
    onSent: (body, id) => delivered.push(`${body.clientRequestId}=${id}`),
  });
  const stored = () =>
    JSON.parse(storage.get(KEY) ?? '[]') as { body: FeedbackBody; tries: number; due: number }[];
  /** Moves the clock on and runs the timers that fall due, as the browser would. */
  const advance = async (ms: number) => {
    now += ms;
    const due = timers.filter((timer) => timer.at <= now);
    timers.splice(0, timers.length, ...timers.filter((timer) => timer.at > now));
    for (const timer of due) timer.run();
    await new Promise((resolve) => setTimeout(resolve, 0));
  };
  return { queue, storage, sent, delivered, stored, timers, advance, now: () => now };
}

const body = (clientRequestId = '0b8a6a8e-5f53-4c8e-9d3e-6f1f1b7c2a10'): FeedbackBody => ({
  siteId: 'demo',
  rating: 2,
  message: 'Posen var revnet.',
  clientRequestId,
});

describe('widget outbox', () => {
  it('writes the feedback to storage before the request goes out', async () => {
    const { queue, stored } = harness([{ kind: Sent.stored, id: 'fb_1' }]);
    const sending = queue.send(body());
    expect(stored().map((pending) => pending.body.message)).toEqual(['Posen var revnet.']);
    await sending;
  });

  it('forgets it once the API has stored it, and reports that once', async () => {
    const h = harness([{ kind: Sent.stored, id: 'fb_1' }]);
    expect(await h.queue.send(body())).toEqual({ kind: Sent.stored, id: 'fb_1' });
    expect(h.stored()).toEqual([]);
    expect(h.delivered).toEqual(['0b8a6a8e-5f53-4c8e-9d3e-6f1f1b7c2a10=fb_1']);
  });

  it('keeps it on a network error and sends it again after the backoff, same clientRequestId', async () => {
    const h = harness([{ kind: Sent.retry }, { kind: Sent.stored, id: 'fb_1' }]);
    expect((await h.queue.send(body())).kind).toBe(Sent.retry);
    expect(h.stored()).toMatchObject([{ tries: 1, due: h.now() + 2000 }]);
    await h.advance(1999);
    expect(h.sent).toHaveLength(1);
    await h.advance(1);
    expect(h.sent.map((sent) => sent.clientRequestId)).toEqual([
      body().clientRequestId,
      body().clientRequestId,
    ]);
    expect(h.stored()).toEqual([]);
    expect(h.delivered).toHaveLength(1);
  });

  it("waits as long as a 429's Retry-After asks when that is longer than the backoff", async () => {
    const h = harness([{ kind: Sent.retry, afterMs: 30_000 }]);
    await h.queue.send(body());
    expect(h.stored()[0]?.due).toBe(h.now() + 30_000);
  });

  it('drops what the API refused for good, without reporting it as sent', async () => {
    const h = harness([{ kind: Sent.rejected, status: 400, fields: { email: 'one valid email address' } }]);
    await h.queue.send(body());
    expect(h.stored()).toEqual([]);
    expect(h.delivered).toEqual([]);
  });

  it('sends what an earlier page left behind as soon as the next page starts', async () => {
    const first = harness([{ kind: Sent.retry }]);
    await first.queue.send(body());
    const reloaded = harness([{ kind: Sent.stored, id: 'fb_1' }], first.storage);
    await reloaded.advance(60_000);
    await reloaded.queue.flush();
    expect(reloaded.sent.map((sent) => sent.clientRequestId)).toEqual([body().clientRequestId]);
    expect(reloaded.stored()).toEqual([]);
  });

  it('does not send the same feedback twice while a request for it is still open', async () => {
    let finish: (result: SendResult) => void = () => {};
    const calls: FeedbackBody[] = [];
    const queue = createQueue({
      storage: null,
      key: KEY,
      now: () => 0,
      send: (sent) => {
        calls.push(sent);
        return new Promise((resolve) => {
          finish = resolve;
        });
      },
      later: () => {},
    });
    const sending = queue.send(body());
    await queue.flush();
    finish({ kind: Sent.stored, id: 'fb_1' });
    await sending;
    expect(calls).toHaveLength(1);
  });

  it('keeps working in memory when storage throws (privacy mode, quota)', async () => {
    let now = 0;
    const attempts: FeedbackBody[] = [];
    const queue = createQueue({
      storage: {
        getItem: () => {
          throw new Error('SecurityError');
        },
        setItem: () => {
          throw new Error('QuotaExceededError');
        },
      },
      key: KEY,
      now: () => now,
      send: async (sent) => {
        attempts.push(sent);
        return { kind: Sent.retry };
      },
      later: () => {},
    });
    await queue.send(body());
    // Still held in memory: once it falls due, the next flush sends it again.
    now = 60_000;
    await queue.flush();
    expect(attempts).toHaveLength(2);
  });

  it.each([
    [1, 2_000],
    [2, 4_000],
    [5, 32_000],
    [9, 300_000],
    [30, 300_000],
  ])('backs off after %i failed tries to %i ms', (tries, ms) => {
    expect(backoff(tries, 0)).toBe(ms);
  });
});
