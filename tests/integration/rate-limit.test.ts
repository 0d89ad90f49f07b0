import { afterAll, beforeAll, expect, it } from 'vitest';
import { ManualClock } from '../../functions/adapters/clock.ts';
import { startTestStack, type TestStack } from '../helpers/stack.ts';

let t: TestStack;
const clock = new ManualClock('2026-11-25T10:00:10Z');
beforeAll(async () => {
  t = await startTestStack({ env: { EARSHOT_RATE_LIMIT_PER_MINUTE: '2' }, clock });
});
afterAll(() => t?.stop());

it('answers 429 with Retry-After once an address exceeds the per-minute limit, and lets it in next minute', async () => {
  const body = { siteId: 'demo', rating: 3, message: 'Slow checkout.' };
  const statuses = [];
  for (let i = 0; i < 2; i++) statuses.push((await t.post(body)).status);
  const limited = await t.post(body);

  expect(statuses).toEqual([202, 202]);
  expect(limited.status).toBe(429);
  expect(limited.headers.get('retry-after')).toBe('50');
  expect(((await limited.json()) as { error: { code: string } }).error.code).toBe('rate_limited');

  clock.advance(60_000);
  expect((await t.post(body)).status).toBe(202);
});
