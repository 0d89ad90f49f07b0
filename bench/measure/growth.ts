import { createHash, randomUUID } from 'node:crypto';
import {
  type AttributeValue,
  BatchWriteItemCommand,
  DynamoDBClient,
  GetItemCommand,
  type WriteRequest,
} from '@aws-sdk/client-dynamodb';
import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';
import { systemClock } from '../../functions/adapters/clock.ts';
import { DynamoDbFeedbackStore } from '../../functions/adapters/dynamodb/feedback-store.ts';
import { feedbackBody } from '../lib/config.ts';
import { billedBytes, itemSize } from '../lib/item-size.ts';
import { loopback } from '../lib/net.ts';
import { startServer } from '../lib/processes.ts';
import { inParallel, percentile, round } from '../lib/stats.ts';
import { type LoadFigures, load } from './intake.ts';

export interface GrowthPoint {
  /** Feedback items in the table when measured (seeded, plus those the load runs added). */
  stored: number;
  intake: LoadFigures;
  history: { p50: number; p99: number };
  due: { p50: number };
  /** Billable bytes per feedback: the item in the table and its copies in the indexes it is in. */
  bytesPerFeedback: number;
  itemBytes: number;
}

export interface GrowthFigures {
  points: GrowthPoint[];
  /** Checkpoints that did not fit in the time given to seeding. */
  skipped: number[];
  seedItemsPerSecond: number;
}

interface ServerInfo {
  apiUrl: string;
  origin: string;
  dynamodbUrl: string;
}

const SITE = 'demo';
const ITEMS_PER_CUSTOMER = 3;
const LOCAL = { region: 'eu-north-1', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } };

/**
 * Fills the table to each checkpoint with settled feedback shaped exactly like a real record
 * (copied from one the API stored), then measures intake and the two queries whose cost could grow
 * with the table: the customer's history (every staff alert) and the due-work query.
 */
export async function measureGrowth(
  checkpoints: number[],
  seedBudgetMs: number,
  loadSeconds: number,
): Promise<GrowthFigures> {
  // Room for 100k items and their index copies in dynalite's in-memory LevelDB.
  const server = await startServer<ServerInfo>('bench/servers/earshot.ts', {}, ['--max-old-space-size=8192']);
  const client = new DynamoDBClient({ ...LOCAL, endpoint: loopback(server.info.dynamodbUrl) });
  const store = new DynamoDbFeedbackStore({ tableName: 'earshot', client, clock: systemClock });
  const points: GrowthPoint[] = [];
  const skipped: number[] = [];
  try {
    const template = await realRecord(server.info, client);
    // Warm the server up first, or the smallest table's figures would carry the JIT's first runs.
    const warmUp = await load(server.info, 20, 2);
    let seeded = 0;
    let added = 1 + warmUp.requests;
    let seedMs = 0;
    let sizeTotal = 0;
    let billedTotal = 0;
    for (const target of checkpoints) {
      const started = Date.now();
      // The warm-up alone can store more than the first checkpoint now that intake is faster;
      // seed some customers anyway, or there would be no history to time.
      const need = Math.max(target - seeded - added, seeded === 0 ? 60 * ITEMS_PER_CUSTOMER : 0);
      const batches: number[][] = [];
      for (let i = 0; i < need; i += 25) {
        batches.push(Array.from({ length: Math.min(25, need - i) }, (_, k) => seeded + i + k));
      }
      let stopped = false;
      await inParallel(batches, 4, async (batch) => {
        if (stopped || seedMs + (Date.now() - started) > seedBudgetMs) {
          stopped = true;
          return;
        }
        const items = batch.map((n) => seedItem(template, n));
        for (const item of items) {
          sizeTotal += itemSize(item);
          billedTotal += billedBytes(item);
        }
        await writeAll(
          client,
          items.map((Item) => ({ PutRequest: { Item } })),
        );
        seeded += items.length;
      });
      seedMs += Date.now() - started;
      if (stopped) {
        skipped.push(...checkpoints.slice(checkpoints.indexOf(target)));
        break;
      }
      const intake = await load(server.info, 20, loadSeconds);
      added += intake.requests;
      const averageItem = sizeTotal / seeded;
      points.push({
        stored: seeded + added,
        intake,
        history: await timeHistory(store, seeded),
        due: await timeDue(store),
        itemBytes: round(averageItem, 0),
        // Settled feedback with an address: the table, bySite and byCustomer (the fields each copies).
        bytesPerFeedback: round(billedTotal / seeded, 0),
      });
    }
    return { points, skipped, seedItemsPerSecond: round(seeded / (seedMs / 1000), 0) };
  } finally {
    client.destroy();
    await server.stop();
  }
}

/** One feedback stored through the API, read back raw: the template every seeded item copies. */
async function realRecord(server: ServerInfo, client: DynamoDBClient) {
  const response = await fetch(`${loopback(server.apiUrl)}/v1/feedback`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: server.origin },
    body: JSON.stringify(feedbackBody(randomUUID())),
  });
  const { id } = (await response.json()) as { id: string };
  const { Item } = await client.send(
    new GetItemCommand({ TableName: 'earshot', Key: marshall({ pk: `FB#${id}`, sk: 'FB' }) }),
  );
  if (!Item) throw new Error('the template record was not stored');
  return unmarshall(Item);
}

const hashOf = (customer: number) =>
  createHash('sha256').update(`seed-${customer}`).digest('hex').slice(0, 32);
const WORDS = 'the beans arrived stale and the bag was torn so we could not use them at all'.split(' ');

/** Feedback number `n`: settled (nothing due), three per customer, messages of varied length. */
function seedItem(template: Record<string, unknown>, n: number): Record<string, AttributeValue> {
  const id = createHash('sha256').update(`seed-item-${n}`).digest('hex').slice(0, 20);
  const customer = Math.floor(n / ITEMS_PER_CUSTOMER);
  const createdAt = new Date(Date.UTC(2026, 0, 1) + n * 60_000).toISOString();
  const length = 5 + ((n * 7919) % 90);
  const message = Array.from({ length }, (_, i) => WORDS[(n + i) % WORDS.length]).join(' ');
  const sent = { state: 'sent', attempts: 1, notBefore: createdAt, sentAt: createdAt, messageId: `ses-${n}` };
  const { duePk: _duePk, dueAt: _dueAt, ...rest } = template;
  return marshall(
    {
      ...rest,
      id,
      pk: `FB#${id}`,
      createdAt,
      siteSk: `${createdAt}#${id}`,
      customerPk: `CUST#${SITE}#${hashOf(customer)}`,
      customerSk: createdAt,
      emailHash: hashOf(customer),
      email: `seed-${customer}@example.org`,
      message,
      clientRequestId: randomUUID(),
      status: 'closed',
      mail: { alert: sent, ack: sent },
      escalation: { at: createdAt, state: 'stopped' },
    },
    { removeUndefinedValues: true },
  );
}

async function writeAll(client: DynamoDBClient, requests: WriteRequest[]) {
  let pending: WriteRequest[] | undefined = requests;
  for (let attempt = 0; pending?.length && attempt < 10; attempt++) {
    const { UnprocessedItems }: { UnprocessedItems?: Record<string, WriteRequest[]> } = await client.send(
      new BatchWriteItemCommand({ RequestItems: { earshot: pending } }),
    );
    pending = UnprocessedItems?.earshot;
  }
}

/** What every staff alert runs: a random seeded customer's earlier feedback, 200 times. */
async function timeHistory(store: DynamoDbFeedbackStore, seeded: number) {
  const times: number[] = [];
  const customers = Math.max(1, Math.floor(seeded / ITEMS_PER_CUSTOMER));
  for (let i = 0; i < 220; i++) {
    const customer = (i * 104_729) % customers;
    const started = performance.now();
    const history = await store.history(SITE, hashOf(customer), 'none', 3);
    if (i >= 20) times.push(performance.now() - started);
    if (history.count === 0) throw new Error('a seeded customer has no history');
  }
  return { p50: round(percentile(times, 50), 2), p99: round(percentile(times, 99), 2) };
}

/** The poller's and the sweep's query for due work. */
async function timeDue(store: DynamoDbFeedbackStore) {
  const times: number[] = [];
  for (let i = 0; i < 120; i++) {
    const started = performance.now();
    await store.due(new Date(), 50);
    if (i >= 20) times.push(performance.now() - started);
  }
  return { p50: round(percentile(times, 50), 2) };
}
